package se.finsam.sus.rapport;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import se.finsam.sus.base.Kronor;
import se.finsam.sus.base.export.Tabellexport;

/**
 * How a report cell reads, the same on the page, in the chart and in every file: a hidden count is {@code ..}, a
 * figure that does not exist is {@code –}, counts are whole numbers, money has two decimals, shares one.
 */
public final class Rapportformat {

    public static final String DOLD = "..";
    public static final String SAKNAS = "–";

    private Rapportformat() {}

    /** The cell as text for the page and the PDF. */
    public static String text(Cell cell, Locale locale) {
        if (cell.dold()) {
            return DOLD;
        }
        if (cell.typ() == Celltyp.TEXT) {
            return cell.text() == null ? "" : cell.text();
        }
        if (cell.varde() == null) {
            return SAKNAS;
        }
        return switch (cell.typ()) {
            case KRONOR -> Kronor.formatera(cell.varde(), locale);
            case ANDEL -> decimal(cell.varde().setScale(1, RoundingMode.HALF_UP), 1, locale);
            case FORANDRING -> (cell.varde().signum() > 0 ? "+" : "") + heltal(cell.varde(), locale);
            case ANTAL ->
                cell.varde().scale() > 0
                        ? decimal(cell.varde(), cell.varde().scale(), locale)
                        : heltal(cell.varde(), locale);
            default -> heltal(cell.varde(), locale);
        };
    }

    /** The cell as a value for a file: a number where there is one (XLSX keeps it numeric), else the text shown. */
    public static Object varde(Cell cell) {
        if (cell.dold()) {
            return DOLD;
        }
        if (cell.typ() == Celltyp.TEXT) {
            return cell.text() == null ? "" : cell.text();
        }
        if (cell.varde() == null) {
            return SAKNAS;
        }
        return switch (cell.typ()) {
            case KRONOR -> Kronor.avrunda(cell.varde());
            case ANDEL -> cell.varde().setScale(1, RoundingMode.HALF_UP);
            case ANTAL ->
                cell.varde().scale() > 0 ? cell.varde() : (Object) cell.varde().longValue();
            default -> cell.varde().longValue();
        };
    }

    /** The table for the shared export component: the label column first, then the cells as {@link #varde}. */
    public static Tabellexport.Tabell tabell(Rapporttabell t) {
        List<String> kolumner = new ArrayList<>();
        kolumner.add(t.etikettRubrik());
        t.kolumner().forEach(k -> kolumner.add(k.rubrik()));
        List<List<Object>> rader = new ArrayList<>();
        for (Rad rad : t.rader()) {
            List<Object> varden = new ArrayList<>();
            varden.add(rad.etikett());
            rad.celler().forEach(c -> varden.add(varde(c)));
            rader.add(varden);
        }
        return new Tabellexport.Tabell(t.rubrik(), kolumner, rader);
    }

    private static String heltal(BigDecimal v, Locale locale) {
        return NumberFormat.getIntegerInstance(locale).format(v.longValue());
    }

    private static String decimal(BigDecimal v, int decimaler, Locale locale) {
        NumberFormat f = NumberFormat.getNumberInstance(locale);
        f.setMinimumFractionDigits(decimaler);
        f.setMaximumFractionDigits(decimaler);
        return f.format(v);
    }
}
