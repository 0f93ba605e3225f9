package se.finsam.sus.forsorjning.ui;

import static se.finsam.sus.base.ui.Meddelanden.t;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import se.finsam.sus.base.export.Tabellexport;
import se.finsam.sus.forsorjning.KvartalsVarde;
import se.finsam.sus.forsorjning.Matt;

/**
 * The line chart of one series over the quarters, the area drawn against its län and riket, and the same figures
 * as a table (and in the export), so that the comparison is readable without the chart.
 */
final class Linjesektion {

    /** One quarter of the line chart: the values of its lines (the area, its län, riket) in that quarter. */
    record Linjepunkt(String kvartal, List<KvartalsVarde> varden) {}

    private final Component diagram;
    private final Grid<Linjepunkt> grid;
    private final Tabellexport.Tabell tabell;

    /** {@code linjer} and {@code namn}: the lines, the chosen area's first. */
    Linjesektion(String serie, List<Matt> linjer, List<String> namn, Locale locale) {
        List<KvartalsVarde> forsta = linjer.getFirst().varden();
        LinjeDiagram linjediagram = new LinjeDiagram(
                t("fm.diagram", t("fm.serie." + serie), namn.getFirst()),
                forsta.stream().map(v -> v.kvartal().toString()).toList(),
                locale);
        for (int j = 0; j < linjer.size(); j++) {
            linjediagram.serie(
                    namn.get(j),
                    linjer.get(j).varden().stream()
                            .map(v -> Kolumner.varde(v, serie))
                            .toList());
        }
        diagram = linjediagram.svg();

        List<Linjepunkt> punkter = new ArrayList<>();
        for (int i = 0; i < forsta.size(); i++) {
            int q = i;
            punkter.add(new Linjepunkt(
                    forsta.get(q).kvartal().toString(),
                    linjer.stream().map(m -> m.varden().get(q)).toList()));
        }
        Kolumner<Linjepunkt> kolumner = new Kolumner<Linjepunkt>(locale).kolumn(t("fm.kvartal"), Linjepunkt::kvartal);
        for (int j = 0; j < namn.size(); j++) {
            int linje = j;
            kolumner.kr(namn.get(linje), p -> p.varden().get(linje), serie);
        }
        grid = kolumner.grid("fm-jamforelse", punkter);
        tabell = kolumner.export(t("fm.jamforelse", t("fm.serie." + serie)), punkter);
    }

    Component diagram() {
        return diagram;
    }

    Grid<Linjepunkt> grid() {
        return grid;
    }

    Tabellexport.Tabell tabell() {
        return tabell;
    }
}
