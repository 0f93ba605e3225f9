package se.finsam.sus.forsorjning.ui;

import static se.finsam.sus.base.ui.Meddelanden.t;

import com.vaadin.flow.component.grid.Grid;
import java.text.NumberFormat;
import java.util.Locale;
import se.finsam.sus.base.export.Tabellexport;
import se.finsam.sus.forsorjning.Forman;
import se.finsam.sus.forsorjning.KvartalsVarde;
import se.finsam.sus.forsorjning.Matt;

/** The chosen area's every series per quarter, with the population used, as a table (and in the export). */
final class Tidsseriesektion {

    private final Grid<KvartalsVarde> grid;
    private final Tabellexport.Tabell tabell;

    /** {@code namn}: the area's name in the page's language. */
    Tidsseriesektion(Matt varden, String namn, Locale locale) {
        Kolumner<KvartalsVarde> kolumner = new Kolumner<KvartalsVarde>(locale)
                .kolumn(t("fm.kvartal"), v -> v.kvartal().toString())
                .kolumn(
                        t("fm.befolkning"),
                        v -> v.befolkning() == null ? t("fm.saknas") : v.befolkning(),
                        v -> v.befolkning() == null
                                ? "–"
                                : NumberFormat.getIntegerInstance(locale).format(v.befolkning()));
        Forman.serienamn().forEach(s -> kolumner.kr(t("fm.serie." + s), v -> v, s));
        grid = kolumner.grid("fm-tabell", varden.varden());
        grid.getColumns().getFirst().setFrozen(true);
        tabell = kolumner.export(t("fm.tidsserie", namn), varden.varden());
    }

    Grid<KvartalsVarde> grid() {
        return grid;
    }

    Tabellexport.Tabell tabell() {
        return tabell;
    }
}
