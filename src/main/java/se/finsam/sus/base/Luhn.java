package se.finsam.sus.base;

/**
 * The Luhn check digit (modulus 10) that ends every Swedish personnummer and samordningsnummer, computed over the
 * ten-digit form {@code YYMMDDNNNC}. Shared by the participants' identity numbers and the e-legitimation link.
 */
public final class Luhn {

    private Luhn() {}

    /** Whether the last digit of {@code siffror} (digits only) is the Luhn check digit of those before it. */
    public static boolean giltig(String siffror) {
        int summa = 0;
        for (int i = 0; i < siffror.length(); i++) {
            int siffra = siffror.charAt(i) - '0';
            if ((siffror.length() - i) % 2 == 0) {
                siffra *= 2;
                if (siffra > 9) {
                    siffra -= 9;
                }
            }
            summa += siffra;
        }
        return summa % 10 == 0;
    }
}
