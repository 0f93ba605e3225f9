package se.finsam.sus.forsorjning.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.CompletableFuture;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import se.finsam.sus.base.Roller;
import se.finsam.sus.base.TimeConfig;
import se.finsam.sus.forsorjning.Filtyp;
import se.finsam.sus.forsorjning.ForsorjningImportService;
import se.finsam.sus.forsorjning.ImportFel;
import se.finsam.sus.forsorjning.ImportPost;
import se.finsam.sus.forsorjning.ImportResultat;

/**
 * Import of försörjningsmått files for the system administrator: choose the file type, upload, and get either a
 * summary (new, replaced, unchanged rows) or the list of errors. The import runs in the background; the page polls
 * for the result. Below: the import history, newest first.
 */
@Route("admin/import")
@RolesAllowed(Roller.SYSTEMADMINISTRATOR)
@Menu(title = "meny.import", order = 80, icon = "vaadin:upload")
public class ImportView extends VerticalLayout implements HasDynamicTitle {

    private final ForsorjningImportService importer;
    private final RadioButtonGroup<Filtyp> filtyp = new RadioButtonGroup<>();
    private final ProgressBar pagar = new ProgressBar();
    private final Paragraph status = new Paragraph();
    private final Grid<ImportFel> fel = new Grid<>();
    private final Grid<ImportPost> historik = new Grid<>();

    public ImportView(ForsorjningImportService importer) {
        this.importer = importer;
        filtyp.setLabel(getTranslation("import.filtyp"));
        filtyp.setItems(Filtyp.values());
        filtyp.setItemLabelGenerator(
                t -> getTranslation("import.filtyp." + t.name()) + " (" + String.join(";", t.rubriker()) + ")");
        filtyp.setValue(Filtyp.UTBETALNINGAR);

        Upload upload = new Upload(UploadHandler.toTempFile((metadata, fil) -> {
            Path kopia = Files.createTempFile("sus-import-", ".csv");
            Files.move(fil.toPath(), kopia, StandardCopyOption.REPLACE_EXISTING);
            starta(filtyp.getValue(), metadata.fileName(), kopia);
        }));
        upload.setId("import-upload");
        upload.setAcceptedFileTypes(".csv", "text/csv", "text/plain");
        upload.setMaxFiles(1);

        pagar.setIndeterminate(true);
        pagar.setVisible(false);
        status.setId("import-status");

        fel.setId("import-fel");
        fel.addColumn(ImportFel::rad)
                .setHeader(getTranslation("import.fel.rad"))
                .setAutoWidth(true);
        fel.addColumn(ImportFel::kolumn)
                .setHeader(getTranslation("import.fel.kolumn"))
                .setAutoWidth(true);
        fel.addColumn(ImportFel::varde).setHeader(getTranslation("import.fel.varde"));
        fel.addColumn(f -> getTranslation(f.nyckel(), f.argument().toArray()))
                .setHeader(getTranslation("import.fel.meddelande"))
                .setFlexGrow(3);
        fel.setAllRowsVisible(true);
        fel.setVisible(false);

        historik.setId("import-historik");
        historik.addColumn(p -> TimeConfig.TIDPUNKT.format(p.tidpunkt()))
                .setHeader(getTranslation("import.historik.tidpunkt"))
                .setAutoWidth(true);
        historik.addColumn(ImportPost::anvandare).setHeader(getTranslation("import.historik.anvandare"));
        historik.addColumn(p -> getTranslation("import.filtyp." + p.filtyp().name()))
                .setHeader(getTranslation("import.filtyp"));
        historik.addColumn(ImportPost::filnamn).setHeader(getTranslation("import.historik.filnamn"));
        historik.addColumn(p -> getTranslation(p.lyckad() ? "import.historik.lyckad" : "import.historik.avvisad"))
                .setHeader(getTranslation("import.historik.status"));
        historik.addColumn(ImportPost::antalRader).setHeader(getTranslation("import.historik.rader"));
        historik.addColumn(ImportPost::nya).setHeader(getTranslation("import.historik.nya"));
        historik.addColumn(ImportPost::ersatta).setHeader(getTranslation("import.historik.ersatta"));
        historik.addColumn(ImportPost::oforandrade).setHeader(getTranslation("import.historik.oforandrade"));
        historik.addColumn(ImportPost::antalFel).setHeader(getTranslation("import.historik.fel"));
        historik.addColumn(p -> p.checksumma().substring(0, 12) + "…")
                .setHeader(getTranslation("import.historik.checksumma"));
        historik.setItems(DataProvider.fromCallbacks(
                q -> importer.historik(q.getOffset(), q.getLimit()).stream(), q -> (int) importer.antalImporter()));

        add(
                new H2(getTranslation("import.rubrik")),
                new Paragraph(getTranslation("import.ingress")),
                filtyp,
                upload,
                pagar,
                status,
                fel,
                new H3(getTranslation("import.historik")),
                historik);
    }

    /** Runs the import in the background with the user's authentication, then shows the outcome. */
    private void starta(Filtyp typ, String filnamn, Path fil) {
        UI ui = UI.getCurrent();
        pagar.setVisible(true);
        fel.setVisible(false);
        status.setText(getTranslation("import.pagar", filnamn));
        ui.setPollInterval(1000);
        CompletableFuture.runAsync(new DelegatingSecurityContextRunnable(() -> {
            ImportResultat resultat = null;
            RuntimeException problem = null;
            try (InputStream in = Files.newInputStream(fil)) {
                resultat = importer.importera(typ, filnamn, in);
            } catch (IOException e) {
                problem = new IllegalStateException(e);
            } catch (RuntimeException e) {
                problem = e;
            } finally {
                try {
                    Files.deleteIfExists(fil);
                } catch (IOException ignored) {
                    // a temporary file; the operating system cleans up
                }
            }
            ImportResultat r = resultat;
            RuntimeException p = problem;
            ui.access(() -> visa(r, p));
        }));
    }

    void visa(ImportResultat r, RuntimeException problem) {
        pagar.setVisible(false);
        UI.getCurrent().setPollInterval(-1);
        if (problem != null) {
            status.setText(getTranslation("import.ovantat-fel"));
        } else if (r.lyckad()) {
            fel.setVisible(false);
            status.setText(
                    getTranslation("import.klar", r.filnamn(), r.antalRader(), r.nya(), r.ersatta(), r.oforandrade()));
        } else {
            status.setText(getTranslation(
                    "import.avvisad", r.filnamn(), r.antalFel(), r.fel().size()));
            fel.setItems(r.fel());
            fel.setVisible(true);
        }
        historik.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("import.rubrik");
    }
}
