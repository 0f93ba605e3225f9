package se.finsam.sus.audit;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks anything shaped like a personnummer or samordningsnummer (ten or twelve digits, optionally {@code -} or
 * {@code +} before the last four, with a month 01–12 and a day 01–31, or 61–91 for a samordningsnummer) before
 * an audit row is written. Services never put identity numbers into audit rows, but users type them where they
 * should not: into the user name at login, or into free-text names that end up in the details. Organisation
 * numbers (month digits 20 and up) are left as they are.
 */
final class Identitetsmask {

    static final String MASKERAT = "********-****";

    private static final Pattern NUMMER =
            Pattern.compile("(?<!\\d)(?:\\d{2})?\\d{2}(\\d{2})(\\d{2})[-+]?\\d{4}(?!\\d)");

    private Identitetsmask() {}

    static String maskera(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = NUMMER.matcher(text);
        StringBuilder ut = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(ut, arDatum(m.group(1), m.group(2)) ? MASKERAT : Matcher.quoteReplacement(m.group()));
        }
        m.appendTail(ut);
        return ut.toString();
    }

    private static boolean arDatum(String manad, String dag) {
        int mm = Integer.parseInt(manad);
        int dd = Integer.parseInt(dag);
        return mm >= 1 && mm <= 12 && ((dd >= 1 && dd <= 31) || (dd >= 61 && dd <= 91));
    }
}
