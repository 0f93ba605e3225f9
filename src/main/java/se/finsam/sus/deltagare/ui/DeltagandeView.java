package se.finsam.sus.deltagare.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import se.finsam.sus.base.Roller;
import se.finsam.sus.base.ui.Meddelanden;
import se.finsam.sus.base.ui.PostVy;
import se.finsam.sus.base.ui.SparaDialog;
import se.finsam.sus.base.ui.Sparning;
import se.finsam.sus.base.ui.Tabell;
import se.finsam.sus.deltagare.Andring;
import se.finsam.sus.deltagare.DeltagandeDetalj;
import se.finsam.sus.deltagare.DeltagandeService;
import se.finsam.sus.deltagare.Forsorjning;
import se.finsam.sus.deltagare.SamtyckeInfo;
import se.finsam.sus.geografi.GeografiService;
import se.finsam.sus.geografi.KommunInfo;

/**
 * One participation: everything recorded at entry, the consent, the exit (registered or corrected here), the
 * correction of the entry, the history of corrections, and withdrawal of consent (which deletes the
 * participation, so the page returns to the insats's list; a row anonymised by an earlier version is shown as
 * such). Outside the user's uppdrag the service says "not found", and so does this page.
 */
@Route("deltagande/:id([0-9]{1,18})")
@RolesAllowed(Roller.DELTAGARANSVARIG)
public class DeltagandeView extends PostVy<DeltagandeDetalj> {

    private static final DateTimeFormatter TIDPUNKT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final transient DeltagandeService deltagare;
    private final transient GeografiService geografi;
    private final transient Clock clock;
    private final Div konflikt = new Div();

    public DeltagandeView(DeltagandeService deltagare, GeografiService geografi, Clock clock) {
        super("deltagande", deltagare::hamta);
        this.deltagare = deltagare;
        this.geografi = geografi;
        this.clock = clock;
    }

    @Override
    protected void bygg() {
        konflikt.removeAll();
        add(new H1(getTranslation("deltagare.vy.deltagande-rubrik", post().insatsNamn())));
        add(Tabell.lank(
                getTranslation("deltagare.vy.till-insatsens-deltagare"), InsatsDeltagareView.class, post().insatsId()));
        if (post().anonymiserad()) {
            Paragraph anonym = new Paragraph(getTranslation("deltagare.vy.anonymiserad-text"));
            anonym.setId("anonymiserad");
            anonym.addClassName("sus-anonymiserad");
            anonym.getElement().setAttribute("role", "status");
            add(anonym);
        }
        add(konflikt);

        add(new H2(getTranslation("deltagare.vy.vid-start")), uppgifter(inskrivning()));
        add(new H2(getTranslation("deltagare.vy.samtycke")), uppgifter(samtycke(post().samtycke())));
        add(new H2(getTranslation("deltagare.vy.utskrivning")));
        if (post().aktiv()) {
            add(new Paragraph(getTranslation("deltagare.vy.pagaende")));
        } else {
            add(uppgifter(utskrivning()));
        }
        if (!post().anonymiserad()) {
            add(knappar());
        }
        add(historik());
    }

    private Map<String, String> inskrivning() {
        Map<String, String> rader = new LinkedHashMap<>();
        rader.put(
                "deltagare.vy.identitetsnummer",
                post().identitetsnummer() == null
                        ? getTranslation("deltagare.vy.anonymiserad")
                        : post().identitetsnummer()
                                + (post().samordningsnummer()
                                        ? " (" + getTranslation("deltagare.vy.samordningsnummer") + ")"
                                        : ""));
        rader.put("deltagare.vy.kon", Etikett.av(post().profil().kon()));
        rader.put("deltagare.vy.aldersgrupp", Etikett.av(post().profil().aldersgrupp()));
        rader.put(
                "deltagare.vy.hemkommun",
                post().profil().hemkommun() == null
                        ? ""
                        : kommunNamn(post().profil().hemkommun()));
        rader.put(
                "deltagare.vy.behovsgrupper",
                post().behovsgrupper().isEmpty()
                        ? getTranslation("deltagare.vy.behovsgrupp-ingen")
                        : Etikett.lista(post().behovsgrupper()));
        rader.put(
                "deltagare.vy.utbildningsniva",
                post().profil().utbildningsniva() == null
                        ? getTranslation("deltagare.vy.utbildningsniva-ingen")
                        : Etikett.av(post().profil().utbildningsniva()));
        rader.put("deltagare.vy.remitterande", Etikett.av(post().profil().remitterande()));
        rader.put("deltagare.vy.tid-i-utanforskap", Etikett.av(post().profil().tidIUtanforskap()));
        rader.put("deltagare.vy.arbetssokande", jaNej(post().profil().arbetssokande()));
        rader.put("deltagare.vy.startdatum", String.valueOf(post().startdatum()));
        forsorjning(rader, post().forsorjningVidStart());
        return rader;
    }

    private String kommunNamn(String kod) {
        return geografi.kommun(kod).map(KommunInfo::namn).orElse(kod);
    }

    private Map<String, String> samtycke(SamtyckeInfo s) {
        Map<String, String> rader = new LinkedHashMap<>();
        if (s == null) {
            return rader;
        }
        rader.put("deltagare.vy.samtyckesdatum", String.valueOf(s.datum()));
        rader.put(
                "deltagare.vy.informationsutbyte",
                s.informationsutbyte().isEmpty()
                        ? getTranslation("deltagare.vy.inget")
                        : Etikett.lista(s.informationsutbyte()));
        rader.put(
                "deltagare.vy.samtycke-registrering-kort",
                getTranslation(s.registrering() ? "allmant.ja" : "allmant.nej"));
        rader.put("deltagare.vy.registrerat-av", s.registreratAv() == null ? "" : s.registreratAv());
        if (s.aterkallat() != null) {
            rader.put("deltagare.vy.aterkallat", String.valueOf(s.aterkallat()));
        }
        return rader;
    }

    private Map<String, String> utskrivning() {
        Map<String, String> rader = new LinkedHashMap<>();
        rader.put("deltagare.vy.slutdatum", String.valueOf(post().slutdatum()));
        rader.put("deltagare.vy.avslutsanledning", Etikett.av(post().avslutsanledning()));
        if (post().arbetssokandeVidSlut() != null) {
            rader.put("deltagare.vy.arbetssokande", jaNej(post().arbetssokandeVidSlut()));
        }
        forsorjning(rader, post().forsorjningVidSlut());
        return rader;
    }

    private String jaNej(boolean varde) {
        return getTranslation(varde ? "allmant.ja" : "allmant.nej");
    }

    private void forsorjning(Map<String, String> rader, Forsorjning f) {
        if (f == null) {
            return;
        }
        rader.put("deltagare.vy.forsorjning", f.kallor().isEmpty() ? "" : Etikett.lista(f.kallor()));
        rader.put("deltagare.vy.timmar-med-stod", String.valueOf(f.timmarArbeteMedStod()));
        rader.put("deltagare.vy.timmar-utan-stod", String.valueOf(f.timmarArbeteUtanStod()));
        rader.put("deltagare.vy.timmar-studier", String.valueOf(f.timmarStudier()));
        rader.put("deltagare.vy.timmar-eget-foretag", String.valueOf(f.timmarEgetForetag()));
    }

    private DescriptionList uppgifter(Map<String, String> rader) {
        DescriptionList lista = new DescriptionList();
        lista.addClassName("sus-uppgifter");
        rader.forEach((nyckel, varde) ->
                lista.add(new DescriptionList.Term(getTranslation(nyckel)), new DescriptionList.Description(varde)));
        return lista;
    }

    private HorizontalLayout knappar() {
        Button utskriv = new Button(
                getTranslation(post().aktiv() ? "deltagare.vy.skriv-ut" : "deltagare.vy.ratta-utskrivning"),
                e -> skrivUt());
        utskriv.setId("skriv-ut");
        if (post().aktiv()) {
            utskriv.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        }
        Button ratta = new Button(getTranslation("deltagare.vy.ratta-inskrivning"), e -> rattaInskrivning());
        ratta.setId("ratta-inskrivning");
        Button aterkalla = new Button(getTranslation("deltagare.vy.aterkalla"), e -> fragaAterkalla());
        aterkalla.setId("aterkalla-samtycke");
        aterkalla.addThemeVariants(ButtonVariant.LUMO_ERROR);
        HorizontalLayout rad = new HorizontalLayout(utskriv, ratta, aterkalla);
        rad.setWrap(true);
        return rad;
    }

    private void skrivUt() {
        UtskrivningForm form = new UtskrivningForm(post().startdatum(), LocalDate.now(clock));
        form.visa(post().utskrivning());
        new SparaDialog<>(
                        "utskrivning-dialog",
                        getTranslation(post().aktiv() ? "deltagare.vy.skriv-ut" : "deltagare.vy.ratta-utskrivning"),
                        form,
                        form::las,
                        u -> ersatt(deltagare.skrivUt(post().id(), post().version(), u)),
                        form::visaFel,
                        this::laddaOm)
                .open();
    }

    private void rattaInskrivning() {
        InskrivningForm form = new InskrivningForm(geografi.allaKommuner(), LocalDate.now(clock));
        form.visa(post().inskrivning());
        new SparaDialog<>(
                        "ratta-dialog",
                        getTranslation("deltagare.vy.ratta-inskrivning"),
                        form,
                        form::las,
                        u -> ersatt(deltagare.rattaInskrivning(post().id(), post().version(), u)),
                        form::visaFel,
                        this::laddaOm)
                .open();
    }

    private void fragaAterkalla() {
        Dialog dialog = new Dialog(new Paragraph(getTranslation("deltagare.vy.aterkalla-fraga")));
        dialog.setId("aterkalla-dialog");
        dialog.setHeaderTitle(getTranslation("deltagare.vy.aterkalla"));
        Button ja = new Button(getTranslation("deltagare.vy.aterkalla"), e -> {
            dialog.close();
            new Sparning()
                    .konfliktI(konflikt, this::laddaOm)
                    .sedan(() -> {
                        Meddelanden.info(getTranslation("deltagare.vy.aterkallat-meddelande"));
                        // The participation no longer exists: back to the insats's list (reading it would be "not
                        // found").
                        Tabell.oppna(this, InsatsDeltagareView.class, post().insatsId());
                    })
                    .utfor(() -> deltagare.aterkallaSamtycke(post().id(), post().version()));
        });
        ja.setId("bekrafta-aterkalla");
        ja.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        Button avbryt = new Button(getTranslation("allmant.avbryt"), e -> dialog.close());
        dialog.getFooter().add(avbryt, ja);
        dialog.open();
        avbryt.focus();
    }

    private VerticalLayout historik() {
        VerticalLayout sektion = new VerticalLayout(new H2(getTranslation("deltagare.vy.historik")));
        sektion.setPadding(false);
        Grid<Andring> grid = Tabell.ny();
        grid.setId("historik");
        ZoneId zon = clock.getZone();
        Tabell.kolumn(grid, a -> TIDPUNKT.format(a.tidpunkt().atZone(zon)), "deltagare.vy.tidpunkt");
        Tabell.kolumn(grid, Andring::anvandare, "deltagare.vy.anvandare");
        Tabell.kolumn(grid, Historiktext::falt, "deltagare.vy.falt");
        grid.addColumn(a -> Historiktext.varde(a, a.gammaltVarde(), this::kommunNamn))
                .setHeader(getTranslation("deltagare.vy.gammalt-varde"));
        grid.addColumn(a -> Historiktext.varde(a, a.nyttVarde(), this::kommunNamn))
                .setHeader(getTranslation("deltagare.vy.nytt-varde"));
        var andringar = deltagare.historik(post().id());
        grid.setItems(andringar);
        grid.setAllRowsVisible(true);
        if (andringar.isEmpty()) {
            sektion.add(new Paragraph(getTranslation("deltagare.vy.inga-andringar")));
        } else {
            sektion.add(grid);
        }
        return sektion;
    }

    @Override
    protected String titel() {
        return getTranslation("deltagare.vy.deltagande-rubrik", post() == null ? "" : post().insatsNamn());
    }
}
