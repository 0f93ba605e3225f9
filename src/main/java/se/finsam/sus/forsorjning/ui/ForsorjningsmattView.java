package se.finsam.sus.forsorjning.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.io.ByteArrayInputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import se.finsam.sus.base.Roll;
import se.finsam.sus.base.Roller;
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
public class ForsorjningsmattView extends VerticalLayout implements HasDynamicTitle {

    /** Controls and download links: left out when the page is printed (see {@code sus.css}). */
    static final String EJ_UTSKRIFT = "sus-ej-utskrift";

    /** One choice in the area picker. */
    record Val(String kod, String namn) {}

    private final transient ForsorjningsmattService matt;
    private final transient GeografiService geografi;
    final Select<Niva> niva = new Select<>();
    final ComboBox<Val> omrade = new ComboBox<>();
    final ComboBox<Kvartal> fran = new ComboBox<>();
    final ComboBox<Kvartal> till = new ComboBox<>();
    final Select<String> serie = new Select<>();
    /** The benefit, group or view the kommuner of the län are ranked by. */
    final Select<String> rankningSerie = new Select<>();

    final Div resultat = new Div();
    /** The tables shown, as exported. */
    private List<Export.Tabell> visat = List.of();

    public ForsorjningsmattView(
            ForsorjningsmattService matt,
            GeografiService geografi,
            AuthenticationContext authenticationContext,
            BehorighetService behorighet) {
        this.matt = matt;
        this.geografi = geografi;
        setId("forsorjningsmatt");
        add(new H2(getTranslation("fm.rubrik")), new Paragraph(getTranslation("fm.ingress")));

        niva.setLabel(getTranslation("fm.niva"));
        niva.setItems(Niva.KOMMUN, Niva.FORBUND, Niva.LAN, Niva.RIKET);
        niva.setItemLabelGenerator(n -> getTranslation("fm.niva." + n.api()));
        omrade.setLabel(getTranslation("fm.omrade"));
        omrade.setItemLabelGenerator(Val::namn);
        omrade.setWidth("18em");
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
        rankningSerie.setLabel(getTranslation("fm.rankning.serie"));
        rankningSerie.setItems(Forman.serienamn());
        rankningSerie.setItemLabelGenerator(s -> getTranslation("fm.serie." + s));
        rankningSerie.setValue("TOTALT");
        rankningSerie.setId("fm-rankning-serie");
        rankningSerie.addClassName(EJ_UTSKRIFT);

        HorizontalLayout val = new HorizontalLayout(niva, omrade, fran, till, serie);
        val.setWrap(true);
        val.setAlignItems(FlexComponent.Alignment.BASELINE);
        val.addClassName(EJ_UTSKRIFT);
        add(val, resultat);
        resultat.setWidthFull();

        niva.addValueChangeListener(e -> {
            omrade.setItems(val(e.getValue()));
            omrade.setEnabled(e.getValue() != Niva.RIKET);
            omrade.clear();
            visa();
        });
        omrade.addValueChangeListener(e -> visa());
        fran.addValueChangeListener(e -> visa());
        till.addValueChangeListener(e -> visa());
        serie.addValueChangeListener(e -> visa());
        rankningSerie.addValueChangeListener(e -> visa());

        Optional<Val> egetForbund = egetForbund(authenticationContext, behorighet);
        niva.setValue(egetForbund.isPresent() ? Niva.FORBUND : Niva.RIKET);
        egetForbund.ifPresent(omrade::setValue);
    }

    /** A logged-in förbund user starts on their own förbund. */
    private Optional<Val> egetForbund(AuthenticationContext auth, BehorighetService behorighet) {
        if (!auth.hasAuthority(Roller.INLOGGAD)) {
            return Optional.empty();
        }
        Set<Long> egna = new HashSet<>();
        for (Roll roll : List.of(Roll.SAMVERKANSADMINISTRATOR, Roll.INSATSANSVARIG, Roll.RAPPORTLASARE)) {
            egna.addAll(behorighet.organisationerDar(roll));
        }
        return val(Niva.FORBUND).stream()
                .filter(v -> egna.contains(Long.valueOf(v.kod())))
                .findFirst();
    }

    private List<Val> val(Niva n) {
        if (n == null) {
            return List.of();
        }
        return switch (n) {
            case KOMMUN ->
                geografi.allaKommuner().stream()
                        .map(k -> new Val(k.kod(), k.namn() + " (" + k.kod() + ")"))
                        .sorted(Comparator.comparing(Val::namn))
                        .toList();
            case LAN ->
                geografi.allaLan().stream().map(l -> new Val(l.kod(), l.namn())).toList();
            case FORBUND ->
                matt.allaForbund().stream().map(o -> new Val(o.kod(), o.namn())).toList();
            default -> List.of();
        };
    }

    private void visa() {
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
        Optional<Omrade> lan = jamforelseLan(valt);
        Matt lanVarden = lan.filter(l -> valt.niva() != Niva.LAN)
                .map(l -> matt.berakna(l, fran.getValue(), till.getValue()))
                .orElse(null);
        Matt riket = valt.niva() == Niva.RIKET
                ? null
                : matt.berakna(matt.omrade("riket", null), fran.getValue(), till.getValue());
        List<Matt> linjer = new ArrayList<>(List.of(varden));
        List<String> linjenamn = new ArrayList<>(List.of(valt.namn()));
        if (lanVarden != null) {
            linjer.add(lanVarden);
            linjenamn.add(lanVarden.omrade().namn());
        }
        if (riket != null) {
            linjer.add(riket);
            linjenamn.add(getTranslation("fm.riket"));
        }
        Linjesektion linje = new Linjesektion(s, linjer, linjenamn, locale());
        Tidsseriesektion tidsserie = new Tidsseriesektion(varden, locale());
        resultat.add(new H3(valt.namn()), linje.diagram(), ofullstandigt(varden), linje.grid(), tidsserie.grid());
        List<Export.Tabell> tabeller = new ArrayList<>(List.of(linje.tabell(), tidsserie.tabell()));

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
        HorizontalLayout nedladdning = new HorizontalLayout(nedladdning("csv"), nedladdning("xlsx"), export(valt));
        nedladdning.setWrap(true);
        nedladdning.addClassName(EJ_UTSKRIFT);
        resultat.add(nedladdning);
    }

    /** A förbund's member kommuner (or stadsdelar) side by side, totalt for the latest quarter. */
    private void medlemmar(Omrade forbund, Kvartal senaste, List<Export.Tabell> tabeller) {
        List<Stapel> medlemmar = matt.perMedlem(forbund, senaste).entrySet().stream()
                .map(e -> new Stapel(namn(e.getKey()), e.getValue(), false))
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
    private void rankning(Omrade valt, Omrade lan, Kvartal senaste, List<Export.Tabell> tabeller) {
        String r = rankningSerie.getValue() == null ? "TOTALT" : rankningSerie.getValue();
        Set<String> markerade = Set.copyOf(valt.niva() == Niva.LAN ? List.of() : valt.medlemmar());
        List<Stapel> rankning = matt.perMedlem(lan, senaste).entrySet().stream()
                .map(e -> new Stapel(namn(e.getKey()), e.getValue(), markerade.contains(e.getKey())))
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
            String id, String rubrik, List<Stapel> rader, List<String> serier, List<Export.Tabell> tabeller) {
        Stapelsektion sektion = new Stapelsektion(id, rubrik, rader, serier, locale());
        resultat.add(sektion.komponenter());
        tabeller.add(sektion.tabell());
    }

    private String namn(String kod) {
        return geografi.kommun(kod)
                .map(k -> k.namn())
                .or(() -> geografi.stadsdel(kod).map(d -> d.namn()))
                .orElse(kod);
    }

    private Anchor nedladdning(String format) {
        String fil = "forsorjningsmatt-"
                + (omrade.getValue() == null ? "riket" : omrade.getValue().kod()) + "-" + fran.getValue() + "-"
                + till.getValue() + "." + format;
        Anchor a = new Anchor(
                DownloadHandler.fromInputStream(e -> {
                    byte[] data = format.equals("csv") ? Export.csv(visat, locale()) : Export.xlsx(visat);
                    return new DownloadResponse(
                            new ByteArrayInputStream(data),
                            fil,
                            format.equals("csv")
                                    ? "text/csv;charset=UTF-8"
                                    : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                            data.length);
                }),
                getTranslation("fm.exportera-" + format));
        a.setId("fm-export-" + format);
        return a;
    }

    /** The län to compare with: the area's own, or for a förbund the län of its first member. */
    private Optional<Omrade> jamforelseLan(Omrade valt) {
        if (valt.niva() == Niva.RIKET
                || valt.niva() == Niva.LAN
                || valt.medlemmar().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(matt.omrade("lan", valt.medlemmar().getFirst().substring(0, 2)));
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
                                                        .map(this::namn)
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

    private Locale locale() {
        return getLocale() == null ? Locale.forLanguageTag("sv-SE") : getLocale();
    }

    private Anchor export(Omrade valt) {
        String url = "api/v1/forsorjningsmatt?niva=" + valt.niva().api()
                + (valt.kod() == null ? "" : "&kod=" + URLEncoder.encode(valt.kod(), StandardCharsets.UTF_8))
                + "&fran=" + fran.getValue() + "&till=" + till.getValue() + "&format=csv";
        Anchor a = new Anchor(url, getTranslation("fm.api-csv"));
        a.setId("fm-csv");
        a.getElement().setAttribute("download", true);
        a.setRouterIgnore(true);
        return a;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("fm.rubrik");
    }
}
