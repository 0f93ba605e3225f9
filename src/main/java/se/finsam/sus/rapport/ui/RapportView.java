package se.finsam.sus.rapport.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import se.finsam.sus.base.Roll;
import se.finsam.sus.base.Roller;
import se.finsam.sus.behorighet.BehorighetService;
import se.finsam.sus.rapport.Enhetsval;
import se.finsam.sus.rapport.Rapport;
import se.finsam.sus.rapport.RapportService;
import se.finsam.sus.rapport.Rapportexport;
import se.finsam.sus.rapport.Rapportfamilj;
import se.finsam.sus.rapport.Rapporturval;
import se.finsam.sus.rapport.Urvalsfel;

/**
 * A report page, {@code rapporter/<family>?period=…&enhet=…}: the selection panel, then the report's tables with
 * their charts, and the downloads. The selection lives in the URL, so a report is a link that can be bookmarked
 * and shared; the reader's scope is checked again on every open (by {@link RapportService}). The report is computed
 * in the background while a progress bar shows, so a large report does not freeze the page.
 */
@Route("rapporter/:familj")
@RolesAllowed({Roller.SYSTEMADMINISTRATOR, Roller.SAMVERKANSADMINISTRATOR, Roller.INSATSANSVARIG, Roller.RAPPORTLASARE})
public class RapportView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String FAMILJ = "familj";

    /** How often the page asks whether the background report is ready. */
    private static final int POLL_MS = 150;

    private final RapportService rapporter;
    private final Rapportexport export;
    private final BehorighetService behorighet;
    /** Spring's bounded application executor, not the JVM's common pool (one thread on a two-core machine). */
    private final Executor bakgrund;

    private final H1 rubrik = new H1();
    private final Div fel = new Div();
    private final ProgressBar pagar = new ProgressBar();
    private final VerticalLayout resultat = new VerticalLayout();
    private Rapportfamilj familj;
    private Urvalspanel panel;

    public RapportView(
            RapportService rapporter,
            Rapportexport export,
            BehorighetService behorighet,
            @Qualifier("applicationTaskExecutor") Executor bakgrund) {
        this.rapporter = rapporter;
        this.bakgrund = bakgrund;
        this.export = export;
        this.behorighet = behorighet;
        setId("rapport");
        fel.setId("rapport-fel");
        fel.addClassName("sus-fel");
        fel.getElement().setAttribute("role", "alert");
        pagar.setIndeterminate(true);
        pagar.setVisible(false);
        pagar.setId("rapport-pagar");
        pagar.getElement().setAttribute("aria-label", getTranslation("rapport.pagar"));
        resultat.setPadding(false);
        resultat.setId("rapport-resultat");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        familj = event.getRouteParameters()
                .get(FAMILJ)
                .flatMap(Rapportfamilj::medRoute)
                .filter(rapporter.familjer()::contains)
                .orElse(null);
        if (familj == null) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        removeAll();
        rubrik.setText(getTranslation(familj.titelNyckel()));
        add(rubrik, new Paragraph(getTranslation(familj.beskrivningNyckel())));
        // One look-up of the units the reader may choose: the panel's list, the default unit, and "may read at all".
        List<Enhetsval> enheter = rapporter.valbaraEnheter();
        if (enheter.isEmpty()) {
            add(new Paragraph(getTranslation("rapport.fel.ingen-behorighet")));
            return;
        }
        panel = new Urvalspanel(
                enheter,
                familj == Rapportfamilj.DELTAGARE,
                rapporter.standardperiod().fran().getYear(),
                this::navigera);
        add(panel, fel, pagar, resultat);
        fel.setVisible(false);
        try {
            Rapporturval urval = Rapporturval.tolka(
                    event.getLocation().getQueryParameters().getParameters(),
                    rapporter.standardperiod(),
                    enheter.get(0).enhet());
            panel.visa(urval);
            kor(urval);
        } catch (Urvalsfel e) {
            visaFel(e);
        }
    }

    /** "Visa": the selection goes into the URL, and the page opens it from there like any bookmark. */
    private void navigera(Rapporturval urval) {
        Map<String, List<String>> fraga = urval.parametrar().entrySet().stream()
                .collect(Collectors.toMap(
                        Map.Entry::getKey, e -> List.of(e.getValue()), (a, b) -> a, java.util.LinkedHashMap::new));
        UI.getCurrent()
                .navigate(RapportView.class, new RouteParameters(FAMILJ, familj.route()), new QueryParameters(fraga));
    }

    private void kor(Rapporturval urval) {
        UI ui = UI.getCurrent();
        Locale locale = getLocale();
        Rapportfamilj vald = familj;
        resultat.removeAll();
        pagar.setVisible(true);
        // Short: the result is shown at the first poll after it is ready, so the interval adds to every report.
        ui.setPollInterval(POLL_MS);
        bakgrund.execute(new DelegatingSecurityContextRunnable(() -> {
            try {
                Rapport rapport = rapporter.kor(vald, urval, locale);
                ui.access(() -> visa(rapport));
            } catch (Urvalsfel e) {
                ui.access(() -> visaFel(e));
            } catch (RuntimeException e) {
                ui.access(() -> visaFel(new Urvalsfel("rapport.fel.ovantat", "")));
                throw e;
            }
        }));
    }

    private void visa(Rapport rapport) {
        klar();
        Paragraph urval = new Paragraph(rapport.enhetsnamn() + " · " + rapport.urvalstext());
        urval.setId("rapport-urvalstext");
        resultat.add(urval, nedladdningar(rapport));
        boolean lankar = behorighet.harRoll(Roll.SYSTEMADMINISTRATOR)
                || behorighet.harRoll(Roll.SAMVERKANSADMINISTRATOR)
                || behorighet.harRoll(Roll.INSATSANSVARIG);
        for (int i = 0; i < rapport.tabeller().size(); i++) {
            resultat.add(new Tabellvy(rapport.tabeller().get(i), getLocale(), lankar, i + 1));
        }
        if (rapport.tabeller().isEmpty()) {
            resultat.add(new Paragraph(getTranslation("rapport.tom")));
        }
    }

    private void visaFel(Urvalsfel e) {
        klar();
        fel.setText(getTranslation(e.nyckel(), e.varde()));
        fel.setVisible(true);
    }

    private void klar() {
        pagar.setVisible(false);
        UI.getCurrent().setPollInterval(-1);
    }

    private HorizontalLayout nedladdningar(Rapport rapport) {
        HorizontalLayout lankar = new HorizontalLayout();
        lankar.setId("rapport-nedladdningar");
        for (Rapportexport.Format format : Rapportexport.Format.values()) {
            Locale locale = getLocale();
            // Written straight to the response, so a large export is never held in memory as a whole.
            DownloadHandler fil = (DownloadEvent e) -> {
                e.setFileName(Rapportexport.filnamn(rapport, format));
                e.setContentType(format.mimetyp());
                try (OutputStream ut = e.getOutputStream()) {
                    export.skriv(rapport, format, locale, ut);
                }
            };
            Anchor a = new Anchor(fil, getTranslation("rapport.ladda-ned." + format.filandelse()));
            a.setId("rapport-export-" + format.filandelse());
            lankar.add(a);
        }
        return lankar;
    }

    @Override
    public String getPageTitle() {
        return familj == null ? getTranslation("rapport.titel") : getTranslation(familj.titelNyckel());
    }
}
