package se.finsam.sus.forsorjning.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import se.finsam.sus.base.export.Tabellexport;
import se.finsam.sus.behorighet.BehorighetService;
import se.finsam.sus.forsorjning.Forman;
import se.finsam.sus.forsorjning.ForsorjningsmattService;
import se.finsam.sus.forsorjning.Kvartal;
import se.finsam.sus.forsorjning.Matt;
import se.finsam.sus.forsorjning.Niva;
import se.finsam.sus.forsorjning.Omrade;
import se.finsam.sus.forsorjning.ui.Stapelsektion.Stapel;
import se.finsam.sus.geografi.GeografiService;

/**
 * The public försörjningsmått dashboard (the "förpackning" of seed 000): kr per inhabitant 16–64 and day for a
 * kommun, förbund, län or riket over a range of quarters, drawn against its län and the whole country, with every
 * figure also in a table and downloadable as CSV. Open to everyone: these are aggregate statistics.
 */
@Route("forsorjningsmatt")
@AnonymousAllowed
@Menu(title = "meny.forsorjningsmatt", order = 50, icon = "vaadin:chart-line")
public class ForsorjningsmattView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    /** Controls and download links: left out when the page is printed (see {@code sus.css}). */
    static final String EJ_UTSKRIFT = "sus-ej-utskrift";

    /** One choice in the area picker. */
    record Val(String kod, String namn) {}

    private final transient ForsorjningsmattService matt;
    private final Omradesval omraden;
    final Select<Niva> niva = new Select<>();
    final ComboBox<Val> omrade = new ComboBox<>();
    final ComboBox<Kvartal> fran = new ComboBox<>();
    final ComboBox<Kvartal> till = new ComboBox<>();
    final Select<String> serie = new Select<>();
    /** The benefit, group or view the kommuner of the län are ranked by. */
    final Select<String> rankningSerie = new Select<>();

    final Div resultat = new Div();
    /** The tables shown, as exported. */
    private List<Tabellexport.Tabell> visat = List.of();
    /** What the address may choose, and the choice without one (the user's own förbund, else riket). */
    private final Panelval.Mojligt mojligt;
    /** True while the choices are set from the address: one redraw at the end instead of one per picker. */
    private boolean satterVal;
    /** True while the address is about to be written. */
    private boolean adressVantar;

    public ForsorjningsmattView(
            ForsorjningsmattService matt,
            GeografiService geografi,
            AuthenticationContext authenticationContext,
            BehorighetService behorighet) {
        this.matt = matt;
        this.omraden = new Omradesval(matt, geografi);
        setId("forsorjningsmatt");
        add(new H1(getTranslation("fm.rubrik")), new Paragraph(getTranslation("fm.ingress")));

        // Wide enough for the longest choice and label in either language ("Samordningsförbund", a förbund's
        // name, "Rangordna kommunerna i länet efter"): a cut text is no choice.
        niva.setLabel(getTranslation("fm.niva"));
        niva.setWidth("16em");
        niva.setId("fm-niva");
        omrade.setId("fm-omrade");
        fran.setId("fm-fran");
        till.setId("fm-till");
        niva.setItems(Niva.KOMMUN, Niva.FORBUND, Niva.LAN, Niva.RIKET);
        niva.setItemLabelGenerator(n -> getTranslation("fm.niva." + n.api()));
        omrade.setLabel(getTranslation("fm.omrade"));
        omrade.setItemLabelGenerator(Val::namn);
        omrade.setWidth("26em");
        List<Kvartal> kvartal = matt.kvartalMedData();
        for (ComboBox<Kvartal> k : List.of(fran, till)) {
            k.setItems(kvartal);
            k.setItemLabelGenerator(Kvartal::toString);
            k.setWidth("8em");
        }
        fran.setLabel(getTranslation("fm.fran"));
        till.setLabel(getTranslation("fm.till"));
        if (!kvartal.isEmpty()) {
            fran.setValue(kvartal.getFirst());
            till.setValue(kvartal.getLast());
        }
        serie.setLabel(getTranslation("fm.serie"));
        serie.setItems(Forman.serienamn());
        serie.setItemLabelGenerator(s -> getTranslation("fm.serie." + s));
        serie.setValue("TOTALT");
        serie.setWidth("22em");
        rankningSerie.setLabel(getTranslation("fm.rankning.serie"));
        rankningSerie.setItems(Forman.serienamn());
        rankningSerie.setItemLabelGenerator(s -> getTranslation("fm.serie." + s));
        rankningSerie.setValue("TOTALT");
        rankningSerie.setId("fm-rankning-serie");
        rankningSerie.setWidth("22em");
        rankningSerie.addClassName(EJ_UTSKRIFT);

        HorizontalLayout val = new HorizontalLayout(niva, omrade, fran, till, serie);
        val.setWrap(true);
        val.setAlignItems(FlexComponent.Alignment.BASELINE);
        val.addClassName(EJ_UTSKRIFT);
        add(val, resultat);
        resultat.setWidthFull();

        niva.addValueChangeListener(e -> {
            omrade.setItems(omraden.val(e.getValue()));
            omrade.setEnabled(e.getValue() != Niva.RIKET);
            omrade.clear();
            visa();
        });
        omrade.addValueChangeListener(e -> visa());
        fran.addValueChangeListener(e -> visa());
        till.addValueChangeListener(e -> visa());
        serie.addValueChangeListener(e -> visa());
        rankningSerie.addValueChangeListener(e -> visa());

        Optional<Val> egetForbund = omraden.egetForbund(authenticationContext, behorighet);
        List<Niva> nivaer = List.of(Niva.KOMMUN, Niva.FORBUND, Niva.LAN, Niva.RIKET);
        mojligt = new Panelval.Mojligt(
                nivaer,
                n -> omraden.val(n).stream().map(Val::kod).collect(Collectors.toSet()),
                kvartal,
                Forman.serienamn(),
                new Panelval(
                        egetForbund.isPresent() ? Niva.FORBUND : Niva.RIKET,
                        egetForbund.map(Val::kod).orElse(null),
                        kvartal.isEmpty() ? null : kvartal.getFirst(),
                        kvartal.isEmpty() ? null : kvartal.getLast(),
                        "TOTALT",
                        "TOTALT"));
    }

    /** Opens the choices in the address (a bookmark, a shared link, the page reloaded in the other language). */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Panelval val = Panelval.tolka(event.getLocation().getQueryParameters(), mojligt);
        satterVal = true;
        try {
            niva.setValue(val.niva());
            omrade.setItems(omraden.val(val.niva()));
            omrade.setEnabled(val.niva() != Niva.RIKET);
            omrade.setValue(
                    val.kod() == null
                            ? null
                            : omraden.val(val.niva()).stream()
                                    .filter(v -> v.kod().equals(val.kod()))
                                    .findFirst()
                                    .orElse(null));
            fran.setValue(val.fran());
            till.setValue(val.till());
            serie.setValue(val.serie());
            rankningSerie.setValue(val.rankning());
        } finally {
            satterVal = false;
        }
        visa();
    }

    /** The choices on the page now, as the address names them. */
    Panelval val() {
        return new Panelval(
                niva.getValue(),
                niva.getValue() == Niva.RIKET || omrade.getValue() == null
                        ? null
                        : omrade.getValue().kod(),
                fran.getValue(),
                till.getValue(),
                serie.getValue(),
                rankningSerie.getValue());
    }

    /**
     * The address follows the choices without a new history entry, so that it can be bookmarked or shared and a
     * reload (the language switch) opens the same view. Written just before the response, after the router has
     * written the address it navigated to.
     */
    private void adressFoljer() {
        UI ui = UI.getCurrent();
        if (ui != null && !adressVantar) {
            adressVantar = true;
            ui.beforeClientResponse(ui, c -> {
                adressVantar = false;
                ui.getPage().getHistory().replaceState(null, adress());
            });
        }
    }

    /** The address of what is shown: the page's route with the choices as its query. */
    String adress() {
        String fraga = val().fraga();
        return RouteConfiguration.forSessionScope().getUrl(ForsorjningsmattView.class)
                + (fraga.isEmpty() ? "" : "?" + fraga);
    }

    private void visa() {
        if (satterVal) {
            return;
        }
        adressFoljer();
        resultat.removeAll();
        if (niva.getValue() == null
                || (niva.getValue() != Niva.RIKET && omrade.getValue() == null)
                || fran.getValue() == null
                || till.getValue() == null) {
            resultat.add(new Paragraph(getTranslation("fm.valj")));
            return;
        }
        if (fran.getValue().compareTo(till.getValue()) > 0) {
            resultat.add(new Paragraph(getTranslation("fm.fel.ordning")));
            return;
        }
        Omrade valt = matt.omrade(
                niva.getValue().api(),
                omrade.getValue() == null ? null : omrade.getValue().kod());
        Matt varden = matt.berakna(valt, fran.getValue(), till.getValue());
        String s = serie.getValue();
        Optional<Omrade> lan = omraden.jamforelseLan(valt);
        Matt lanVarden = lan.filter(l -> valt.niva() != Niva.LAN)
                .map(l -> matt.berakna(l, fran.getValue(), till.getValue()))
                .orElse(null);
        Matt riket = valt.niva() == Niva.RIKET
                ? null
                : matt.berakna(matt.omrade("riket", null), fran.getValue(), till.getValue());
        List<Matt> linjer = new ArrayList<>(List.of(varden));
        List<String> linjenamn = new ArrayList<>(List.of(namn(valt)));
        if (lanVarden != null) {
            linjer.add(lanVarden);
            linjenamn.add(lanVarden.omrade().namn());
        }
        if (riket != null) {
            linjer.add(riket);
            linjenamn.add(getTranslation("fm.riket"));
        }
        Linjesektion linje = new Linjesektion(s, linjer, linjenamn, locale());
        Tidsseriesektion tidsserie = new Tidsseriesektion(varden, namn(valt), locale());
        resultat.add(new H2(namn(valt)), linje.diagram(), ofullstandigt(varden), linje.grid(), tidsserie.grid());
        List<Tabellexport.Tabell> tabeller = new ArrayList<>(List.of(linje.tabell(), tidsserie.tabell()));

        Kvartal senaste = till.getValue();
        List<Stapel> jamforelse = new ArrayList<>();
        for (int i = 0; i < linjer.size(); i++) {
            jamforelse.add(new Stapel(linjenamn.get(i), linjer.get(i).varden().getLast(), i == 0));
        }
        List<String> grupper =
                Arrays.stream(Forman.Grupp.values()).map(Forman.Grupp::name).toList();
        sektion("fm-grupper", getTranslation("fm.grupper", senaste.toString()), jamforelse, grupper, tabeller);

        if (valt.niva() == Niva.FORBUND) {
            medlemmar(valt, senaste, tabeller);
        }
        Optional<Omrade> rankningsLan = valt.niva() == Niva.LAN ? Optional.of(valt) : lan;
        rankningsLan.ifPresent(l -> rankning(valt, l, senaste, tabeller));
        visat = List.copyOf(tabeller);
        String filnamn = "forsorjningsmatt-"
                + (omrade.getValue() == null ? "riket" : omrade.getValue().kod()) + "-" + fran.getValue() + "-"
                + till.getValue();
        resultat.add(Nedladdningar.lankar(filnamn, () -> visat, valt, fran.getValue(), till.getValue()));
    }

    /** A förbund's member kommuner (or stadsdelar) side by side, totalt for the latest quarter. */
    private void medlemmar(Omrade forbund, Kvartal senaste, List<Tabellexport.Tabell> tabeller) {
        List<Stapel> medlemmar = matt.perMedlem(forbund, senaste).entrySet().stream()
                .map(e -> new Stapel(omraden.namn(e.getKey()), e.getValue(), false))
                .sorted(Comparator.comparing(Stapel::namn, Collator.getInstance(locale())))
                .toList();
        sektion(
                "fm-medlemmar",
                getTranslation("fm.medlemmar", senaste.toString()),
                medlemmar,
                List.of("TOTALT"),
                tabeller);
    }

    /** Every kommun of the län, highest first for the chosen series, missing last; the chosen area marked. */
    private void rankning(Omrade valt, Omrade lan, Kvartal senaste, List<Tabellexport.Tabell> tabeller) {
        String r = rankningSerie.getValue() == null ? "TOTALT" : rankningSerie.getValue();
        Set<String> markerade = Set.copyOf(valt.niva() == Niva.LAN ? List.of() : valt.medlemmar());
        List<Stapel> rankning = matt.perMedlem(lan, senaste).entrySet().stream()
                .map(e -> new Stapel(omraden.namn(e.getKey()), e.getValue(), markerade.contains(e.getKey())))
                .sorted(Comparator.comparing(
                        (Stapel st) -> Kolumner.varde(st.varde(), r), Comparator.nullsLast(Comparator.reverseOrder())))
                .toList();
        resultat.add(rankningSerie);
        sektion(
                "fm-rankning",
                getTranslation("fm.rankning", lan.namn(), getTranslation("fm.serie." + r), senaste.toString()),
                rankning,
                List.of(r),
                tabeller);
    }

    private void sektion(
            String id, String rubrik, List<Stapel> rader, List<String> serier, List<Tabellexport.Tabell> tabeller) {
        Stapelsektion sektion = new Stapelsektion(id, rubrik, rader, serier, locale());
        resultat.add(sektion.komponenter());
        tabeller.add(sektion.tabell());
    }

    private Component ofullstandigt(Matt varden) {
        List<String> saknas = varden.varden().stream()
                .filter(v -> !v.komplett())
                .map(v -> v.kvartal()
                        + (v.saknas().isEmpty()
                                ? ""
                                : " ("
                                        + String.join(
                                                ", ",
                                                v.saknas().stream()
                                                        .map(omraden::namn)
                                                        .toList()) + ")"))
                .toList();
        Paragraph p = new Paragraph(
                saknas.isEmpty()
                        ? ""
                        : getTranslation(
                                "fm.ofullstandigt",
                                String.join("; ", saknas.size() > 8 ? saknas.subList(0, 8) : saknas)));
        p.addClassName("sus-fel");
        return p;
    }

    /** The area's name in the page's language: riket is a word of the bundle, other areas have proper names. */
    private String namn(Omrade o) {
        return o.niva() == Niva.RIKET ? getTranslation("fm.riket") : o.namn();
    }

    private Locale locale() {
        return getLocale() == null ? Locale.forLanguageTag("sv-SE") : getLocale();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("fm.rubrik");
    }
}
