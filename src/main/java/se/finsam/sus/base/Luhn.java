package se.finsam.sus.base;

/**
 * The Luhn check digit (modulus 10) that ends every Swedish personnummer and samordningsnummer, computed over the
 * ten-digit form {@code YYMMDDNNNC}, and every organisationsnummer. The only Luhn implementation in the project.
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

    /** The check digit that completes {@code siffror} (digits only), e.g. nine digits of an organisationsnummer. */
    public static int kontrollsiffra(String siffror) {
        for (int siffra = 0; siffra <= 9; siffra++) {
            if (giltig(siffror + siffra)) {
                return siffra;
            }
        }
        throw new IllegalStateException("every digit string has a Luhn check digit");
    }
}
