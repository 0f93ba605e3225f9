package se.finsam.sus.organisation;

import se.finsam.sus.base.Luhn;

/**
 * Swedish organisation numbers: ten digits (an optional hyphen after the sixth is accepted on input), the last a
 * Luhn check digit, and the third digit at least 2 (which tells them apart from personal identity numbers).
 */
public final class Organisationsnummer {

    private Organisationsnummer() {}

    /** The number as ten digits, or null when it is not a valid organisation number. */
    public static String normalisera(String text) {
        if (text == null) {
            return null;
        }
        String s = text.strip();
        if (s.length() == 11 && s.charAt(6) == '-') {
            s = s.substring(0, 6) + s.substring(7);
        }
        if (!s.matches("\\d{10}") || s.charAt(2) < '2' || !Luhn.giltig(s)) {
            return null;
        }
        return s;
    }

    public static boolean arGiltigt(String text) {
        return normalisera(text) != null;
    }

    /** NNNNNN-NNNN. */
    public static String formatera(String tioSiffror) {
        return tioSiffror == null || tioSiffror.length() != 10
                ? tioSiffror
                : tioSiffror.substring(0, 6) + "-" + tioSiffror.substring(6);
    }
}
