package se.finsam.sus.forsorjning.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.function.ValueProvider;
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
import se.finsam.sus.base.ui.Tabell;
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
    private final Grid<ImportFel> fel = Tabell.ny();
    private final Grid<ImportPost> historik = Tabell.ny();

    public ImportView(ForsorjningImportService importer) {
        this.importer = importer;
        filtyp.setLabel(getTranslation("import.filtyp"));
        filtyp.setItems(Filtyp.values());
        filtyp.setItemLabelGenerator(
                t -> getTranslation("import.filtyp." + t.name()) + " (" + String.join(";", t.rubriker()) + ")");
        filtyp.setValue(Filtyp.UTBETALNINGAR);

        Upload upload = new Upload(UploadHandler.toTempFile(
                (metadata, fil) -> mottag(metadata.fileName(), metadata.contentLength(), fil.toPath())));
        upload.setId("import-upload");
        upload.setAcceptedFileTypes(".csv", "text/csv", "text/plain");
        upload.setMaxFiles(1);
        // In the browser too, so a too-large file is not sent; the server checks again (and the service reads no
        // further than the limit).
        upload.setMaxFileSize((int) Math.min(importer.maxStorlek(), Integer.MAX_VALUE));

        pagar.setIndeterminate(true);
        pagar.setVisible(false);
        status.setId("import-status");

        fel.setId("import-fel");
        kolumn(fel, ImportFel::rad, "import.fel.rad").setAutoWidth(true);
        kolumn(fel, ImportFel::kolumn, "import.fel.kolumn").setAutoWidth(true);
        kolumn(fel, ImportFel::varde, "import.fel.varde");
        kolumn(fel, f -> getTranslation(f.nyckel(), f.argument().toArray()), "import.fel.meddelande")
                .setFlexGrow(3);
        fel.setAllRowsVisible(true);
        fel.setVisible(false);

        historik.setId("import-historik");
        kolumn(historik, p -> TimeConfig.TIDPUNKT.format(p.tidpunkt()), "import.historik.tidpunkt")
                .setAutoWidth(true);
        kolumn(historik, ImportPost::anvandare, "import.historik.anvandare");
        kolumn(historik, p -> getTranslation("import.filtyp." + p.filtyp().name()), "import.filtyp");
        kolumn(historik, ImportPost::filnamn, "import.historik.filnamn");
        kolumn(
                historik,
                p -> getTranslation(p.lyckad() ? "import.historik.lyckad" : "import.historik.avvisad"),
                "import.historik.status");
        kolumn(historik, ImportPost::antalRader, "import.historik.rader");
        kolumn(historik, ImportPost::nya, "import.historik.nya");
        kolumn(historik, ImportPost::ersatta, "import.historik.ersatta");
        kolumn(historik, ImportPost::oforandrade, "import.historik.oforandrade");
        kolumn(historik, ImportPost::antalFel, "import.historik.fel");
        kolumn(historik, p -> p.checksumma().substring(0, 12) + "…", "import.historik.checksumma");
        historik.setItems(DataProvider.fromCallbacks(
                q -> importer.historik(q.getOffset(), q.getLimit()).stream(), q -> (int) importer.antalImporter()));

        add(
                new H1(getTranslation("import.rubrik")),
                new Paragraph(getTranslation("import.ingress")),
                filtyp,
                upload,
                pagar,
                status,
                fel,
                new H2(getTranslation("import.historik")),
                historik);
    }

    /** An uploaded file: refused when larger than the limit, else imported from a copy. */
    void mottag(String filnamn, long storlek, Path fil) throws IOException {
        if (storlek > importer.maxStorlek() || Files.size(fil) > importer.maxStorlek()) {
            Files.deleteIfExists(fil);
            fel.setVisible(false);
            status.setText(getTranslation("import.avvisad-for-stor", filnamn, importer.maxStorlek() / (1024 * 1024)));
            return;
        }
        Path kopia = Files.createTempFile("sus-import-", ".csv");
        Files.move(fil, kopia, StandardCopyOption.REPLACE_EXISTING);
        starta(filtyp.getValue(), filnamn, kopia);
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

    /** A column with its translated header. */
    private <T> Grid.Column<T> kolumn(Grid<T> grid, ValueProvider<T, ?> varde, String rubrik) {
        return grid.addColumn(varde).setHeader(getTranslation(rubrik));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("import.rubrik");
    }
}
