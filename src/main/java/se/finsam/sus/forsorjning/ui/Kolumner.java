package se.finsam.sus.forsorjning.ui;

import static se.finsam.sus.base.ui.Meddelanden.t;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.function.SerializableFunction;
import java.io.Serializable;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import se.finsam.sus.base.Kronor;
import se.finsam.sus.base.export.Tabellexport;
import se.finsam.sus.base.ui.Tabell;
import se.finsam.sus.forsorjning.KvartalsVarde;

/**
 * The columns of one dashboard table, defined once: each column gives the exported cell (text, a whole number or
 * an amount rounded as shown), and the page shows that cell formatted unless the column says otherwise. Both the
 * grid and the exported table are made from the same definition, so they always agree.
 */
final class Kolumner<T> implements Serializable {

    private record Kolumn<T>(String rubrik, SerializableFunction<T, Object> cell, SerializableFunction<T, String> text)
            implements Serializable {}

    private final Locale locale;
    private final List<Kolumn<T>> kolumner = new ArrayList<>();

    Kolumner(Locale locale) {
        this.locale = locale;
    }

    /** A column shown as its exported cell, formatted. */
    Kolumner<T> kolumn(String rubrik, SerializableFunction<T, Object> cell) {
        return kolumn(rubrik, cell, r -> text(cell.apply(r)));
    }

    /** A column with its own text on the page. */
    Kolumner<T> kolumn(String rubrik, SerializableFunction<T, Object> cell, SerializableFunction<T, String> text) {
        kolumner.add(new Kolumn<>(rubrik, cell, text));
        return this;
    }

    /** kr per inhabitant and day in one series of the row's value: two decimals, or the word for missing. */
    Kolumner<T> kr(String rubrik, SerializableFunction<T, KvartalsVarde> varde, String serie) {
        return kolumn(rubrik, r -> kr(varde.apply(r), serie));
    }

    Grid<T> grid(String id, List<T> rader) {
        Grid<T> grid = Tabell.ny();
        grid.setId(id);
        for (Kolumn<T> k : kolumner) {
            grid.addColumn(k.text()::apply).setHeader(k.rubrik()).setAutoWidth(true);
        }
        grid.setItems(rader);
        // Every row in the page, so that the table prints whole (a scrolling grid prints only what is in view).
        grid.setAllRowsVisible(true);
        return grid;
    }

    Tabellexport.Tabell export(String rubrik, List<T> rader) {
        return new Tabellexport.Tabell(
                rubrik,
                kolumner.stream().map(Kolumn::rubrik).toList(),
                rader.stream()
                        .map(r -> kolumner.stream().map(k -> k.cell().apply(r)).toList())
                        .toList());
    }

    /** The exported cell of an amount: rounded as shown, or the word for missing. */
    static Object kr(KvartalsVarde v, String serie) {
        BigDecimal b = avrundat(v, serie);
        return b == null ? t("fm.saknas") : b;
    }

    /** The value of one series rounded as shown, or null when missing. */
    static BigDecimal avrundat(KvartalsVarde v, String serie) {
        return Kronor.avrunda(varde(v, serie));
    }

    /** The value of one series at full precision, or null when missing. */
    static BigDecimal varde(KvartalsVarde v, String serie) {
        return v.krPerInvanareOchDag() == null ? null : v.krPerInvanareOchDag().get(serie);
    }

    private String text(Object cell) {
        return switch (cell) {
            case null -> "";
            case BigDecimal b -> Kronor.formatera(b, locale);
            case Number n -> NumberFormat.getIntegerInstance(locale).format(n);
            default -> cell.toString();
        };
    }
}
