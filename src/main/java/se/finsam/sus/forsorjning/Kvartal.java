package se.finsam.sus.forsorjning;

import java.time.Year;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A quarter in SCB notation, {@code YYYYKn}. */
public record Kvartal(int ar, int nr) implements Comparable<Kvartal> {

    private static final Pattern FORMAT = Pattern.compile("(\\d{4})K([1-4])");

    public Kvartal {
        if (nr < 1 || nr > 4 || ar < 0 || ar > 9999) {
            throw new IllegalArgumentException("Ogiltigt kvartal: " + ar + "K" + nr);
        }
    }

    /** Parses {@code YYYYKn}; throws {@link IllegalArgumentException} when malformed. */
    public static Kvartal parse(String text) {
        Matcher m = text == null ? null : FORMAT.matcher(text);
        if (m == null || !m.matches()) {
            throw new IllegalArgumentException("Ogiltigt kvartal '" + text + "' (väntade ÅÅÅÅKn, n = 1–4)");
        }
        return new Kvartal(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }

    static boolean giltigt(String text) {
        return text != null && FORMAT.matcher(text).matches();
    }

    /** Parses {@code YYYYKn} without a regular expression (once per import row); null when malformed. */
    static Kvartal tolka(String t) {
        if (t == null || t.length() != 6 || t.charAt(4) != 'K' || t.charAt(5) < '1' || t.charAt(5) > '4') {
            return null;
        }
        int ar = 0;
        for (int i = 0; i < 4; i++) {
            char c = t.charAt(i);
            if (c < '0' || c > '9') {
                return null;
            }
            ar = ar * 10 + (c - '0');
        }
        return new Kvartal(ar, t.charAt(5) - '0');
    }

    /** Days in the quarter: 90 (91 in a leap year), 91, 92, 92. */
    public int dagar() {
        return switch (nr) {
            case 1 -> Year.isLeap(ar) ? 91 : 90;
            case 2 -> 91;
            default -> 92;
        };
    }

    public Kvartal nasta() {
        return nr == 4 ? new Kvartal(ar + 1, 1) : new Kvartal(ar, nr + 1);
    }

    /** A sortable number: {@code ar * 10 + nr}. */
    int lopnummer() {
        return ar * 10 + nr;
    }

    @Override
    public int compareTo(Kvartal o) {
        return Integer.compare(lopnummer(), o.lopnummer());
    }

    @Override
    public String toString() {
        return ar + "K" + nr;
    }
}
