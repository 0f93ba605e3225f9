package se.finsam.sus.rapport;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A closed date interval {@code [fran, till]} with the kind of period it is, written in URLs as {@code 2025}
 * (year), {@code 2025-T2} (tertial), {@code 2025-K3} (quarter), {@code 2025-04} (month) or
 * {@code 2025-01-15..2025-06-30} (free dates).
 */
public record Period(Typ typ, LocalDate fran, LocalDate till) {

    public enum Typ {
        AR,
        TERTIAL,
        KVARTAL,
        MANAD,
        FRITT
    }

    private static final Pattern AR = Pattern.compile("(\\d{4})");
    private static final Pattern TERTIAL = Pattern.compile("(\\d{4})-T([1-3])");
    private static final Pattern KVARTAL = Pattern.compile("(\\d{4})-K([1-4])");
    private static final Pattern MANAD = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern FRITT = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})\\.\\.(\\d{4}-\\d{2}-\\d{2})");

    public Period {
        if (till.isBefore(fran)) {
            throw new Urvalsfel("rapport.fel.period-ordning", fran + ".." + till);
        }
    }

    public static Period ar(int ar) {
        return new Period(Typ.AR, LocalDate.of(ar, 1, 1), LocalDate.of(ar, 12, 31));
    }

    public static Period tertial(int ar, int tertial) {
        YearMonth forsta = YearMonth.of(ar, (tertial - 1) * 4 + 1);
        return new Period(Typ.TERTIAL, forsta.atDay(1), forsta.plusMonths(3).atEndOfMonth());
    }

    public static Period kvartal(int ar, int kvartal) {
        YearMonth forsta = YearMonth.of(ar, (kvartal - 1) * 3 + 1);
        return new Period(Typ.KVARTAL, forsta.atDay(1), forsta.plusMonths(2).atEndOfMonth());
    }

    public static Period manad(int ar, int manad) {
        YearMonth m = YearMonth.of(ar, manad);
        return new Period(Typ.MANAD, m.atDay(1), m.atEndOfMonth());
    }

    public static Period fritt(LocalDate fran, LocalDate till) {
        return new Period(Typ.FRITT, fran, till);
    }

    /** Parses the URL form strictly; anything else is an {@link Urvalsfel}. */
    public static Period tolka(String text) {
        try {
            Matcher m;
            if ((m = AR.matcher(text)).matches()) {
                return ar(Integer.parseInt(m.group(1)));
            }
            if ((m = TERTIAL.matcher(text)).matches()) {
                return tertial(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
            }
            if ((m = KVARTAL.matcher(text)).matches()) {
                return kvartal(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
            }
            if ((m = MANAD.matcher(text)).matches()) {
                return manad(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
            }
            if ((m = FRITT.matcher(text)).matches()) {
                return fritt(LocalDate.parse(m.group(1)), LocalDate.parse(m.group(2)));
            }
        } catch (DateTimeException e) {
            throw new Urvalsfel("rapport.fel.period", text);
        }
        throw new Urvalsfel("rapport.fel.period", text);
    }

    /** The URL form, the inverse of {@link #tolka}. */
    public String text() {
        return switch (typ) {
            case AR -> String.valueOf(fran.getYear());
            case TERTIAL -> fran.getYear() + "-T" + ((fran.getMonthValue() - 1) / 4 + 1);
            case KVARTAL -> fran.getYear() + "-K" + ((fran.getMonthValue() - 1) / 3 + 1);
            case MANAD -> YearMonth.from(fran).toString();
            case FRITT -> fran + ".." + till;
        };
    }

    /** The same kind of period one year earlier (for "change from the previous year"). */
    public Period foregaendeAr() {
        return typ == Typ.FRITT
                ? fritt(fran.minusYears(1), till.minusYears(1))
                : tolka(text().replaceFirst("^\\d{4}", String.valueOf(fran.getYear() - 1)));
    }

    /** Does a record with these dates overlap the period? (An empty end date means still going on.) */
    public boolean overlappar(LocalDate start, LocalDate slut) {
        return !start.isAfter(till) && (slut == null || !slut.isBefore(fran));
    }
}
