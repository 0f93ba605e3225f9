package se.finsam.sus.behorighet;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** RFC 6238 appendix B test vectors (SHA1), cut to 6 digits as authenticator apps show them. */
class TotpTest {

    private static final String RFC_HEMLIGHET = Totp.base32("12345678901234567890".getBytes(StandardCharsets.US_ASCII));

    @Test
    void base32OfTheRfcSecret() {
        assertThat(RFC_HEMLIGHET).isEqualTo("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
        assertThat(Totp.fromBase32(RFC_HEMLIGHET))
                .isEqualTo("12345678901234567890".getBytes(StandardCharsets.US_ASCII));
    }

    @Test
    void rfc6238Vectors() {
        assertThat(Totp.kod(RFC_HEMLIGHET, Totp.steg(Instant.ofEpochSecond(59))))
                .isEqualTo("287082");
        assertThat(Totp.kod(RFC_HEMLIGHET, Totp.steg(Instant.ofEpochSecond(1111111109))))
                .isEqualTo("081804");
        assertThat(Totp.kod(RFC_HEMLIGHET, Totp.steg(Instant.ofEpochSecond(1234567890))))
                .isEqualTo("005924");
        assertThat(Totp.kod(RFC_HEMLIGHET, Totp.steg(Instant.ofEpochSecond(2000000000))))
                .isEqualTo("279037");
    }

    @Test
    void acceptsOneStepOfClockDriftAndNeverTheSameStepTwice() {
        Instant nu = Instant.ofEpochSecond(1234567890);
        long steg = Totp.steg(nu);
        assertThat(Totp.verifiera(RFC_HEMLIGHET, Totp.kod(RFC_HEMLIGHET, steg - 1), nu, 0))
                .isEqualTo(steg - 1);
        assertThat(Totp.verifiera(RFC_HEMLIGHET, Totp.kod(RFC_HEMLIGHET, steg + 1), nu, 0))
                .isEqualTo(steg + 1);
        assertThat(Totp.verifiera(RFC_HEMLIGHET, Totp.kod(RFC_HEMLIGHET, steg - 2), nu, 0))
                .isEqualTo(-1);
        assertThat(Totp.verifiera(RFC_HEMLIGHET, Totp.kod(RFC_HEMLIGHET, steg), nu, steg))
                .as("replay")
                .isEqualTo(-1);
        assertThat(Totp.verifiera(RFC_HEMLIGHET, "12a456", nu, 0)).isEqualTo(-1);
        assertThat(Totp.verifiera(RFC_HEMLIGHET, null, nu, 0)).isEqualTo(-1);
    }

    @Test
    void otpauthUriNamesTheIssuerAndUser() {
        assertThat(Totp.otpauthUri("ABC", "anna.berg"))
                .isEqualTo("otpauth://totp/SUS%3Aanna.berg?secret=ABC&issuer=SUS&algorithm=SHA1&digits=6&period=30");
    }
}
