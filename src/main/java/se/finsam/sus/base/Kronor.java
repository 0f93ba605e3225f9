package se.finsam.sus.base;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Locale;

/**
 * Amounts in kronor as the user sees them: two decimals, rounded half up (1,005 → 1,01), with the locale's decimal
 * mark and digit grouping. The one rule for every view and export that shows money.
 */
public final class Kronor {

    private Kronor() {}

    /** The amount rounded to öre (two decimals, half up), or null. */
    public static BigDecimal avrunda(BigDecimal belopp) {
        return belopp == null ? null : belopp.setScale(2, RoundingMode.HALF_UP);
    }

    /** The amount with two decimals in the locale's format (e.g. {@code 1 234,50} in Swedish), or empty for null. */
    public static String formatera(BigDecimal belopp, Locale locale) {
        if (belopp == null) {
            return "";
        }
        NumberFormat f = NumberFormat.getNumberInstance(locale);
        f.setMinimumFractionDigits(2);
        f.setMaximumFractionDigits(2);
        return f.format(avrunda(belopp));
    }
}
