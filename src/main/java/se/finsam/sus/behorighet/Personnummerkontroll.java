package se.finsam.sus.behorighet;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.finsam.sus.base.Luhn;
import se.finsam.sus.base.ValideringsException;

/**
 * The minimal format check for a personnummer or samordningsnummer given to link an e-legitimation: twelve
 * digits (an optional {@code -} or {@code +} before the last four), a real date (day + 60 for a
 * samordningsnummer) and the check digit (Luhn over the last ten digits). Identity providers in the Sweden Connect
 * federation send the twelve-digit form.
 */
final class Personnummerkontroll {

    private static final Pattern FORM = Pattern.compile("(\\d{8})[-+]?(\\d{4})");

    private Personnummerkontroll() {}

    /** The number as twelve digits, or a {@link ValideringsException} that never repeats the input. */
    static String normalisera(String indata) {
        Matcher m = FORM.matcher(indata == null ? "" : indata.strip());
        if (!m.matches()) {
            throw new ValideringsException("anvandare.fel.personnummer");
        }
        String siffror = m.group(1) + m.group(2);
        if (!giltigtDatum(siffror) || !Luhn.giltig(siffror.substring(2))) {
            throw new ValideringsException("anvandare.fel.personnummer");
        }
        return siffror;
    }

    private static boolean giltigtDatum(String siffror) {
        int dag = Integer.parseInt(siffror.substring(6, 8));
        if (dag > 60) {
            dag -= 60; // samordningsnummer
        }
        try {
            LocalDate.of(Integer.parseInt(siffror.substring(0, 4)), Integer.parseInt(siffror.substring(4, 6)), dag);
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }
}
