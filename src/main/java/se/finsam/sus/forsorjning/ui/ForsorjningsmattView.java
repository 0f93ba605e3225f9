package se.finsam.sus.forsorjning.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
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
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import se.finsam.sus.base.Roll;
import se.finsam.sus.base.Roller;
import se.finsam.sus.behorighet.BehorighetService;
import se.finsam.sus.forsorjning.Forman;
import se.finsam.sus.forsorjning.ForsorjningsmattService;
import se.finsam.sus.forsorjning.KvartalsVarde;
import se.finsam.sus.forsorjning.Kvartal;
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

    /** One choice in the area picker. */
    record Val(String kod, String namn) {
    }

    private final transient ForsorjningsmattService matt;
    private final transient GeografiService geografi;
    final Select<Niva> niva = new Select<>();
    final ComboBox<Val> omrade = new ComboBox<>();
    final ComboBox<Kvartal> fran = new ComboBox<>();
    final ComboBox<Kvartal> till = new ComboBox<>();
    final Select<String> serie = new Select<>();
    final Div resultat = new Div();

    public ForsorjningsmattView(ForsorjningsmattService matt, GeografiService geografi,
            AuthenticationContext authenticationContext, BehorighetService behorighet) {
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

        HorizontalLayout val = new HorizontalLayout(niva, omrade, fran, till, serie);
        val.setWrap(true);
        val.setAlignItems(FlexComponent.Alignment.BASELINE);
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

        Optional<Val> egetForbund = egetForbund(authenticationContext, behorighet);
        niva.setValue(egetForbund.isPresent() ? Niva.FORBUND : Niva.RIKET);
        egetForbund.ifPresent(omrade::setValue);
    }

    /** A logged-in förbund user starts on their own förbund. */
    private Optional<Val> egetForbund(AuthenticationContext auth, BehorighetService behorighet) {
        if (!auth.hasAuthority(Roller.INLOGGAD)) {
            return Optional.empty();
        }
        Set<Long> egna = new java.util.HashSet<>();
        for (Roll roll : List.of(Roll.SAMVERKANSADMINISTRATOR, Roll.INSATSANSVARIG, Roll.RAPPORTLASARE)) {
            egna.addAll(behorighet.organisationerDar(roll));
        }
        return val(Niva.FORBUND).stream().filter(v -> egna.contains(Long.valueOf(v.kod()))).findFirst();
    }

    private List<Val> val(Niva n) {
        if (n == null) {
            return List.of();
        }
        return switch (n) {
            case KOMMUN -> geografi.allaKommuner().stream().map(k -> new Val(k.kod(), k.namn() + " (" + k.kod() + ")"))
                    .sorted(java.util.Comparator.comparing(Val::namn)).toList();
            case LAN -> geografi.allaLan().stream().map(l -> new Val(l.kod(), l.namn())).toList();
            case FORBUND -> matt.allaForbund().stream().map(o -> new Val(o.kod(), o.namn())).toList();
            default -> List.of();
        };
    }

    private void visa() {
        resultat.removeAll();
        if (niva.getValue() == null || (niva.getValue() != Niva.RIKET && omrade.getValue() == null)
                || fran.getValue() == null || till.getValue() == null) {
            resultat.add(new Paragraph(getTranslation("fm.valj")));
            return;
        }
        if (fran.getValue().compareTo(till.getValue()) > 0) {
            resultat.add(new Paragraph(getTranslation("fm.fel.ordning")));
            return;
        }
        Omrade valt = matt.omrade(niva.getValue().api(), omrade.getValue() == null ? null : omrade.getValue().kod());
        Matt varden = matt.berakna(valt, fran.getValue(), till.getValue());
        String s = serie.getValue();
        LinjeDiagram diagram = new LinjeDiagram(getTranslation("fm.diagram", getTranslation("fm.serie." + s),
                valt.namn()), varden.varden().stream().map(v -> v.kvartal().toString()).toList());
        diagram.serie(valt.namn(), serie(varden, s));
        jamforelseLan(valt).filter(l -> !l.kod().equals(valt.kod()) || valt.niva() != Niva.LAN)
                .ifPresent(lan -> diagram.serie(lan.namn(), serie(matt.berakna(lan, fran.getValue(),
                        till.getValue()), s)));
        if (valt.niva() != Niva.RIKET) {
            diagram.serie(getTranslation("fm.riket"), serie(matt.berakna(matt.omrade("riket", null),
                    fran.getValue(), till.getValue()), s));
        }
        resultat.add(new H3(valt.namn()), diagram.svg(), ofullstandigt(varden), tabell(varden), export(valt));
    }

    /** The län to compare with: the area's own, or for a förbund the län of its first member. */
    private Optional<Omrade> jamforelseLan(Omrade valt) {
        if (valt.niva() == Niva.RIKET || valt.niva() == Niva.LAN || valt.medlemmar().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(matt.omrade("lan", valt.medlemmar().getFirst().substring(0, 2)));
    }

    private static List<BigDecimal> serie(Matt matt, String serie) {
        List<BigDecimal> ut = new ArrayList<>();
        for (KvartalsVarde v : matt.varden()) {
            ut.add(v.krPerInvanareOchDag() == null ? null : v.krPerInvanareOchDag().get(serie));
        }
        return ut;
    }

    private Component ofullstandigt(Matt varden) {
        List<String> saknas = varden.varden().stream().filter(v -> !v.komplett())
                .map(v -> v.kvartal() + (v.saknas().isEmpty() ? "" : " (" + String.join(", ", v.saknas()) + ")"))
                .toList();
        Paragraph p = new Paragraph(saknas.isEmpty() ? "" : getTranslation("fm.ofullstandigt",
                String.join("; ", saknas.size() > 8 ? saknas.subList(0, 8) : saknas)));
        p.addClassName("sus-fel");
        return p;
    }

    private Grid<KvartalsVarde> tabell(Matt varden) {
        Grid<KvartalsVarde> grid = new Grid<>();
        grid.setId("fm-tabell");
        grid.addColumn(v -> v.kvartal().toString()).setHeader(getTranslation("fm.kvartal")).setFrozen(true)
                .setAutoWidth(true);
        grid.addColumn(v -> v.befolkning() == null ? "–" : NumberFormat.getIntegerInstance(locale())
                .format(v.befolkning())).setHeader(getTranslation("fm.befolkning")).setAutoWidth(true);
        for (String s : Forman.serienamn()) {
            grid.addColumn(v -> kr(v, s)).setHeader(getTranslation("fm.serie." + s)).setAutoWidth(true);
        }
        grid.setItems(varden.varden());
        grid.setAllRowsVisible(varden.varden().size() <= 24);
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
        Anchor a = new Anchor(url, getTranslation("fm.exportera-csv"));
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
