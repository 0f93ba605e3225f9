package se.finsam.sus.forsorjning.ui;

import static se.finsam.sus.base.ui.Meddelanden.t;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import se.finsam.sus.base.export.Tabellexport;
import se.finsam.sus.base.ui.diagram.StapelDiagram;
import se.finsam.sus.forsorjning.KvartalsVarde;

/**
 * A bar chart with its table (and its export): the benefit groups, a förbund's members or the ranking in the län,
 * one bar per area for the latest quarter, stacked when it shows more than one series.
 */
final class Stapelsektion {

    /** One bar of a bar chart and one row of its table: an area and its value for the latest quarter. */
    record Stapel(String namn, KvartalsVarde varde, boolean markerad) {}

    private final List<Component> komponenter;
    private final Tabellexport.Tabell tabell;

    Stapelsektion(String id, String rubrik, List<Stapel> rader, List<String> serier, Locale locale) {
        List<String> delnamn = serier.stream().map(x -> t("fm.serie." + x)).toList();
        StapelDiagram diagram = new StapelDiagram(rubrik, delnamn, t("fm.saknas"));
        for (Stapel st : rader) {
            diagram.rad(
                    st.namn(),
                    st.varde().krPerInvanareOchDag() == null
                            ? null
                            : serier.stream()
                                    .map(x -> Kolumner.avrundat(st.varde(), x))
                                    .toList(),
                    st.markerad());
        }
        Kolumner<Stapel> kolumner = new Kolumner<Stapel>(locale)
                .kolumn(t("fm.omrade"), Stapel::namn, st -> (st.markerad() ? "▶ " : "") + st.namn());
        List<String> visade = new ArrayList<>(serier);
        if (serier.size() > 1) {
            visade.add("TOTALT");
        }
        visade.forEach(x -> kolumner.kr(t("fm.serie." + x), Stapel::varde, x));
        Grid<Stapel> grid = kolumner.grid(id, rader);
        grid.setPartNameGenerator(st -> st.markerad() ? "markerad" : null);
        komponenter = List.of(new H3(rubrik), diagram.svg(), grid);
        tabell = kolumner.export(rubrik, rader);
    }

    /** Heading, chart and table, in page order. */
    Component[] komponenter() {
        return komponenter.toArray(Component[]::new);
    }

    Tabellexport.Tabell tabell() {
        return tabell;
    }
}
