package se.finsam.sus.behorighet;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.finsam.sus.base.Identitetsnummer;
import se.finsam.sus.base.ValideringsException;

/**
 * The check of a personnummer or samordningsnummer given to link an e-legitimation: parsed by
 * {@link Identitetsnummer} (the one parser: a real date, day + 60 for a samordningsnummer, the check digit), with
 * two differences of its own, because identity providers in the Sweden Connect federation send the twelve-digit
 * form of any number that exists:
 * <ul>
 * <li>only the twelve-digit form is accepted (an optional {@code -} or {@code +} before the last four digits is
 * dropped: with the century given, the plus says nothing);</li>
 * <li>a birth date in the future is not refused.</li>
 * </ul>
 */
final class Personnummerkontroll {

    private static final Pattern TOLVSIFFRIG = Pattern.compile("(\\d{8})[-+]?(\\d{4})");

    /** "Today" for the parser: no date lies after it, so no birth date is refused as being in the future. */
    private static final LocalDate UTAN_FRAMTIDSKONTROLL = LocalDate.MAX;

    private Personnummerkontroll() {}

    /** The number as twelve digits, or a {@link ValideringsException} that never repeats the input. */
    static String normalisera(String indata) {
        Matcher m = TOLVSIFFRIG.matcher(indata == null ? "" : indata.strip());
        if (!m.matches()) {
            throw ogiltigt();
        }
        try {
            return Identitetsnummer.tolka(m.group(1) + m.group(2), UTAN_FRAMTIDSKONTROLL)
                    .siffror();
        } catch (ValideringsException e) {
            throw ogiltigt();
        }
    }

    private static ValideringsException ogiltigt() {
        return new ValideringsException("anvandare.fel.personnummer");
    }
}
