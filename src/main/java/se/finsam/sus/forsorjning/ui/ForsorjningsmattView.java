package se.finsam.sus.forsorjning.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
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
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Collator;
import java.text.NumberFormat;
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
import se.finsam.sus.forsorjning.KvartalsVarde;
import se.finsam.sus.forsorjning.Matt;
import se.finsam.sus.forsorjning.Niva;
import se.finsam.sus.forsorjning.Omrade;
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
        LinjeDiagram diagram = new LinjeDiagram(
                getTranslation("fm.diagram", getTranslation("fm.serie." + s), valt.namn()),
                varden.varden().stream().map(v -> v.kvartal().toString()).toList());
        diagram.serie(valt.namn(), serie(varden, s));
        if (lanVarden != null) {
            diagram.serie(lanVarden.omrade().namn(), serie(lanVarden, s));
        }
        if (riket != null) {
            diagram.serie(getTranslation("fm.riket"), serie(riket, s));
        }
        List<Export.Tabell> tabeller = new ArrayList<>();
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
        resultat.add(
                new H3(valt.namn()),
                diagram.svg(),
                ofullstandigt(varden),
                jamforelse(s, linjer, linjenamn, tabeller),
                tabell(varden));
        tabeller.add(tidsserie(varden));

        Kvartal senaste = till.getValue();
        List<Stapel> jamforelse = new ArrayList<>();
        jamforelse.add(new Stapel(valt.namn(), senaste(varden), true));
        if (lanVarden != null) {
            jamforelse.add(new Stapel(lanVarden.omrade().namn(), senaste(lanVarden), false));
        }
        if (riket != null) {
            jamforelse.add(new Stapel(getTranslation("fm.riket"), senaste(riket), false));
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
                        (Stapel st) -> varde(st.varde(), r), Comparator.nullsLast(Comparator.reverseOrder())))
                .toList();
        resultat.add(rankningSerie);
        sektion(
                "fm-rankning",
                getTranslation("fm.rankning", lan.namn(), getTranslation("fm.serie." + r), senaste.toString()),
                rankning,
                List.of(r),
                tabeller);
    }

    /** One bar of a bar chart and one row of its table: an area and its value for the latest quarter. */
    record Stapel(String namn, KvartalsVarde varde, boolean markerad) {}

    /** A bar chart with its table (and its export): stacked when it shows more than one series. */
    private void sektion(
            String id, String rubrik, List<Stapel> rader, List<String> serier, List<Export.Tabell> tabeller) {
        List<String> delnamn =
                serier.stream().map(x -> getTranslation("fm.serie." + x)).toList();
        StapelDiagram diagram = new StapelDiagram(rubrik, delnamn, getTranslation("fm.saknas"));
        for (Stapel st : rader) {
            diagram.rad(
                    st.namn(),
                    st.varde().krPerInvanareOchDag() == null
                            ? null
                            : serier.stream().map(x -> avrundat(st.varde(), x)).toList(),
                    st.markerad());
        }
        boolean stackat = serier.size() > 1;
        Grid<Stapel> grid = new Grid<>();
        grid.setId(id);
        grid.addColumn(st -> (st.markerad() ? "▶ " : "") + st.namn())
                .setHeader(getTranslation("fm.omrade"))
                .setAutoWidth(true);
        for (String x : serier) {
            grid.addColumn(st -> kr(st.varde(), x))
                    .setHeader(getTranslation("fm.serie." + x))
                    .setAutoWidth(true);
        }
        if (stackat) {
            grid.addColumn(st -> kr(st.varde(), "TOTALT"))
                    .setHeader(getTranslation("fm.serie.TOTALT"))
                    .setAutoWidth(true);
        }
        grid.setPartNameGenerator(st -> st.markerad() ? "markerad" : null);
        grid.setItems(rader);
        grid.setAllRowsVisible(true);
        resultat.add(new H4(rubrik), diagram.svg(), grid);

        List<String> kolumner = new ArrayList<>(List.of(getTranslation("fm.omrade")));
        kolumner.addAll(delnamn);
        if (stackat) {
            kolumner.add(getTranslation("fm.serie.TOTALT"));
        }
        List<List<Object>> exportrader = new ArrayList<>();
        for (Stapel st : rader) {
            List<Object> rad = new ArrayList<>(List.of(st.namn()));
            serier.forEach(x -> rad.add(cell(st.varde(), x)));
            if (stackat) {
                rad.add(cell(st.varde(), "TOTALT"));
            }
            exportrader.add(rad);
        }
        tabeller.add(new Export.Tabell(rubrik, kolumner, exportrader));
    }

    /** One quarter of the line chart: the values of its lines (the area, its län, riket) in that quarter. */
    record Linjepunkt(String kvartal, List<KvartalsVarde> varden) {}

    /**
     * The line chart's figures as a table (and in the export): per quarter, the chosen series for the area and the
     * län and riket it is drawn against, so that the comparison is readable without the chart.
     */
    private Grid<Linjepunkt> jamforelse(
            String serie, List<Matt> linjer, List<String> namn, List<Export.Tabell> tabeller) {
        List<Linjepunkt> punkter = new ArrayList<>();
        for (int i = 0; i < linjer.getFirst().varden().size(); i++) {
            int q = i;
            punkter.add(new Linjepunkt(
                    linjer.getFirst().varden().get(q).kvartal().toString(),
                    linjer.stream().map(m -> m.varden().get(q)).toList()));
        }
        Grid<Linjepunkt> grid = new Grid<>();
        grid.setId("fm-jamforelse");
        grid.addColumn(Linjepunkt::kvartal)
                .setHeader(getTranslation("fm.kvartal"))
                .setAutoWidth(true);
        for (int j = 0; j < namn.size(); j++) {
            int linje = j;
            grid.addColumn(p -> kr(p.varden().get(linje), serie))
                    .setHeader(namn.get(linje))
                    .setAutoWidth(true);
        }
        grid.setItems(punkter);
        grid.setAllRowsVisible(true);

        List<String> kolumner = new ArrayList<>(List.of(getTranslation("fm.kvartal")));
        kolumner.addAll(namn);
        List<List<Object>> rader = new ArrayList<>();
        for (Linjepunkt p : punkter) {
            List<Object> rad = new ArrayList<>(List.of(p.kvartal()));
            p.varden().forEach(v -> rad.add(cell(v, serie)));
            rader.add(rad);
        }
        tabeller.add(new Export.Tabell(
                getTranslation("fm.jamforelse", getTranslation("fm.serie." + serie)), kolumner, rader));
        return grid;
    }

    private Export.Tabell tidsserie(Matt varden) {
        List<String> kolumner = new ArrayList<>(List.of(getTranslation("fm.kvartal"), getTranslation("fm.befolkning")));
        Forman.serienamn().forEach(x -> kolumner.add(getTranslation("fm.serie." + x)));
        List<List<Object>> rader = new ArrayList<>();
        for (KvartalsVarde v : varden.varden()) {
            List<Object> rad = new ArrayList<>(List.of(v.kvartal().toString()));
            rad.add(v.befolkning() == null ? getTranslation("fm.saknas") : v.befolkning());
            Forman.serienamn().forEach(x -> rad.add(cell(v, x)));
            rader.add(rad);
        }
        return new Export.Tabell(getTranslation("fm.tidsserie", varden.omrade().namn()), kolumner, rader);
    }

    /** The exported cell: the amount as shown (two decimals), or the word for missing. */
    private Object cell(KvartalsVarde v, String serie) {
        BigDecimal b = avrundat(v, serie);
        return b == null ? getTranslation("fm.saknas") : b;
    }

    private static BigDecimal avrundat(KvartalsVarde v, String serie) {
        BigDecimal b = varde(v, serie);
        return b == null ? null : b.setScale(2, RoundingMode.HALF_UP);
    }

    private static BigDecimal varde(KvartalsVarde v, String serie) {
        return v.krPerInvanareOchDag() == null ? null : v.krPerInvanareOchDag().get(serie);
    }

    private static KvartalsVarde senaste(Matt m) {
        return m.varden().getLast();
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

    private static List<BigDecimal> serie(Matt matt, String serie) {
        List<BigDecimal> ut = new ArrayList<>();
        for (KvartalsVarde v : matt.varden()) {
            ut.add(
                    v.krPerInvanareOchDag() == null
                            ? null
                            : v.krPerInvanareOchDag().get(serie));
        }
        return ut;
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

    private Grid<KvartalsVarde> tabell(Matt varden) {
        Grid<KvartalsVarde> grid = new Grid<>();
        grid.setId("fm-tabell");
        grid.addColumn(v -> v.kvartal().toString())
                .setHeader(getTranslation("fm.kvartal"))
                .setFrozen(true)
                .setAutoWidth(true);
        grid.addColumn(v -> v.befolkning() == null
                        ? "–"
                        : NumberFormat.getIntegerInstance(locale()).format(v.befolkning()))
                .setHeader(getTranslation("fm.befolkning"))
                .setAutoWidth(true);
        for (String s : Forman.serienamn()) {
            grid.addColumn(v -> kr(v, s))
                    .setHeader(getTranslation("fm.serie." + s))
                    .setAutoWidth(true);
        }
        grid.setItems(varden.varden());
        // Every row in the page, so that the table prints whole (a scrolling grid prints only what is in view).
        grid.setAllRowsVisible(true);
        return grid;
    }

    private String kr(KvartalsVarde v, String serie) {
        if (v.krPerInvanareOchDag() == null) {
            return getTranslation("fm.saknas");
        }
        BigDecimal b = v.krPerInvanareOchDag().get(serie);
        NumberFormat f = NumberFormat.getNumberInstance(locale());
        f.setMinimumFractionDigits(2);
        f.setMaximumFractionDigits(2);
        return b == null ? "" : f.format(b.setScale(2, RoundingMode.HALF_UP));
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
