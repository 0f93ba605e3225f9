package se.finsam.sus.base;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Swedish personnummer or samordningsnummer, normalised to 12 digits with century ({@code YYYYMMDDNNNN}).
 * Accepted input: {@code YYMMDD-NNNN}, {@code YYMMDD+NNNN} (the plus marks a person aged 100 or more),
 * {@code YYMMDDNNNN}, {@code YYYYMMDDNNNN} and {@code YYYYMMDD-NNNN}, with surrounding spaces. A samordningsnummer
 * has 60 added to the day. The last digit is the Luhn check digit over the 10-digit form; the ninth digit is odd
 * for men and even for women. The serial part {@code 000} is never issued and is refused. {@link #toString()}
 * never reveals the number, so it cannot end up in a log.
 */
public final class Identitetsnummer {

    private static final Pattern FORM = Pattern.compile("(\\d{2})?(\\d{6})([-+])?(\\d{4})");
    private static final int SAMORDNING_TILLAGG = 60;
    /** The serial part (the three digits before the check digit) that Skatteverket never issues. */
    private static final String EJ_UTDELAT_NUMMER = "000";

    private final String siffror;
    private final LocalDate fodelsedatum;
    private final boolean samordningsnummer;

    private Identitetsnummer(String siffror, LocalDate fodelsedatum, boolean samordningsnummer) {
        this.siffror = siffror;
        this.fodelsedatum = fodelsedatum;
        this.samordningsnummer = samordningsnummer;
    }

    /**
     * Reads an identity number as entered on {@code idag}.
     *
     * @throws ValideringsException with a key {@code deltagare.fel.identitet-*} saying what is wrong
     */
    public static Identitetsnummer tolka(String text, LocalDate idag) {
        if (text == null || text.isBlank()) {
            throw new ValideringsException("deltagare.fel.identitet-saknas");
        }
        Matcher m = FORM.matcher(text.strip());
        if (!m.matches()) {
            throw new ValideringsException("deltagare.fel.identitet-format");
        }
        String sekel = m.group(1);
        String datumdel = m.group(2);
        String tecken = m.group(3);
        String slut = m.group(4);
        if (sekel != null && "+".equals(tecken)) {
            throw new ValideringsException("deltagare.fel.identitet-plus");
        }
        String tio = datumdel + slut;
        if (!Luhn.giltig(tio)) {
            throw new ValideringsException("deltagare.fel.identitet-kontrollsiffra");
        }
        if (slut.startsWith(EJ_UTDELAT_NUMMER)) {
            throw new ValideringsException("deltagare.fel.identitet-nummer000");
        }
        int yy = Integer.parseInt(datumdel.substring(0, 2));
        int manad = Integer.parseInt(datumdel.substring(2, 4));
        int dag = Integer.parseInt(datumdel.substring(4, 6));
        boolean samordning = dag > SAMORDNING_TILLAGG;
        int verkligDag = samordning ? dag - SAMORDNING_TILLAGG : dag;
        int ar = sekel != null
                ? Integer.parseInt(sekel) * 100 + yy
                : ar(yy, manad, verkligDag, "+".equals(tecken), idag);
        LocalDate fodd;
        try {
            fodd = LocalDate.of(ar, manad, verkligDag);
        } catch (DateTimeException e) {
            throw new ValideringsException("deltagare.fel.identitet-datum");
        }
        if (fodd.isAfter(idag)) {
            throw new ValideringsException("deltagare.fel.identitet-framtid");
        }
        return new Identitetsnummer(String.format("%04d", ar) + datumdel.substring(2) + slut, fodd, samordning);
    }

    /** The year of a 10-digit number: the latest that is not in the future, 100 years earlier with a plus. */
    private static int ar(int yy, int manad, int dag, boolean plus, LocalDate idag) {
        int ar = idag.getYear() / 100 * 100 + yy;
        if (ar > idag.getYear() || (ar == idag.getYear() && arEfter(manad, dag, idag))) {
            ar -= 100;
        }
        return plus ? ar - 100 : ar;
    }

    private static boolean arEfter(int manad, int dag, LocalDate idag) {
        return manad > idag.getMonthValue() || (manad == idag.getMonthValue() && dag > idag.getDayOfMonth());
    }

    /** {@code YYYYMMDDNNNN}: the form that is encrypted and hashed. */
    public String siffror() {
        return siffror;
    }

    /** {@code YYYYMMDD-NNNN}, for display to those who may see it. */
    public String formaterad() {
        return siffror.substring(0, 8) + "-" + siffror.substring(8);
    }

    public LocalDate fodelsedatum() {
        return fodelsedatum;
    }

    public boolean samordningsnummer() {
        return samordningsnummer;
    }

    /** Kön as the identity number states it (odd ninth digit: man). */
    public Kon kon() {
        return (siffror.charAt(10) - '0') % 2 == 1 ? Kon.MAN : Kon.KVINNA;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Identitetsnummer other && siffror.equals(other.siffror);
    }

    @Override
    public int hashCode() {
        return Objects.hash(siffror);
    }

    @Override
    public String toString() {
        return "Identitetsnummer[****]";
    }
}
