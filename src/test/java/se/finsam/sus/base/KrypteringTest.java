package se.finsam.sus.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/** Encryption at rest and the keyed look-up hash derived from the same configured key. */
class KrypteringTest {

    private static final String NUMMER = "198112289874";

    private static Kryptering med(byte fyllnad) {
        byte[] nyckel = new byte[32];
        java.util.Arrays.fill(nyckel, fyllnad);
        return new Kryptering(
                Base64.getEncoder().encodeToString(nyckel),
                new DemoDataSettings(new MockEnvironment().withProperty("sus.demo-data", "false")));
    }

    /** Issue 12 #4: a production jar with no settings must not start with the public development key. */
    @Test
    void aBareJarWithoutAKeyRefusesToStartWithOneLineNamingTheVariable() {
        MockEnvironment bar = new MockEnvironment().withProperty("spring.datasource.url", "jdbc:h2:file:./data/sus");
        assertThat(KrypteringStartCheck.fel(bar))
                .hasValueSatisfying(
                        rad -> assertThat(rad).contains("SUS_KRYPTERINGSNYCKEL").doesNotContain("\n"));
        assertThatThrownBy(() -> new Kryptering("", new DemoDataSettings(bar)))
                .hasMessageContaining("SUS_KRYPTERINGSNYCKEL");
    }

    @Test
    void theDevelopmentKeyIsUsedOnlyWithDemoData() {
        MockEnvironment demo = new MockEnvironment().withProperty("sus.demo-data", "true");
        assertThat(KrypteringStartCheck.fel(demo)).isEmpty();
        assertThat(KrypteringStartCheck.fel(new MockEnvironment()
                        .withProperty("sus.demo-data", "false")
                        .withProperty(
                                "sus.krypteringsnyckel", Base64.getEncoder().encodeToString(new byte[32]))))
                .isEmpty();
        assertThat(KrypteringStartCheck.fel(new MockEnvironment()
                        .withProperty("spring.datasource.url", "jdbc:mariadb://db:3306/sus")
                        .withProperty(DemoDataSettings.RUN_COMMAND, "true")))
                .as("the run command on MariaDB has no demo data, so it needs a key")
                .isPresent();
    }

    private static final KrypteradKolumn KOLUMN = new KrypteradKolumn("deltagande", "identitet_krypterad");

    @Test
    void encryptionUsesAFreshIvAndRoundTrips() {
        Kryptering k = med((byte) 1);
        String a = k.kryptera(NUMMER, KOLUMN, 7);
        String b = k.kryptera(NUMMER, KOLUMN, 7);
        assertThat(a).isNotEqualTo(b).doesNotContain(NUMMER).startsWith("v2:");
        assertThat(k.dekryptera(a, KOLUMN, 7)).isEqualTo(NUMMER);
    }

    /** Issue 12 #15: the row id (and table and column) is AES-GCM associated data. */
    @Test
    void aValueDecryptsOnlyInTheRowColumnAndTableItWasEncryptedFor() {
        Kryptering k = med((byte) 1);
        String rad7 = k.kryptera(NUMMER, KOLUMN, 7);
        assertThatThrownBy(() -> k.dekryptera(rad7, KOLUMN, 8))
                .as("another row")
                .isInstanceOf(IllegalStateException.class)
                .hasMessage(
                        "The encrypted value in deltagande.identitet_krypterad row 8 does not decrypt: it belongs to"
                                + " another row or was altered, or SUS_KRYPTERINGSNYCKEL is wrong")
                .hasMessageNotContaining(NUMMER);
        assertThatThrownBy(() -> k.dekryptera(rad7, new KrypteradKolumn("anvandare", "totp_hemlighet"), 7))
                .as("another table")
                .hasMessageContaining("anvandare.totp_hemlighet row 7 does not decrypt");
        assertThatThrownBy(() -> k.dekryptera(rad7, new KrypteradKolumn("deltagande", "annan"), 7))
                .as("another column")
                .hasMessageContaining("does not decrypt");
        assertThatThrownBy(() -> med((byte) 2).dekryptera(rad7, KOLUMN, 7))
                .as("another key")
                .hasMessageContaining("does not decrypt");
        String andrat = rad7.substring(0, 10) + (rad7.charAt(10) == 'A' ? 'B' : 'A') + rad7.substring(11);
        assertThatThrownBy(() -> k.dekryptera(andrat, KOLUMN, 7))
                .as("altered")
                .hasMessageContaining("does not decrypt");
        // Ids whose text forms could run together must not share associated data.
        assertThatThrownBy(() -> k.dekryptera(k.kryptera(NUMMER, KOLUMN, 1), KOLUMN, 11))
                .hasMessageContaining("does not decrypt");
    }

    /** The format of earlier versions (no associated data) is read only by the re-encryption, never by dekryptera. */
    @Test
    void anUnboundValueIsRefusedAndOnlyBindConvertsIt() {
        Kryptering k = med((byte) 1);
        String gammalt = obunden((byte) 1, NUMMER);
        assertThatThrownBy(() -> k.dekryptera(gammalt, KOLUMN, 7))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("The encrypted value in deltagande.identitet_krypterad row 7 is not bound to its row (the"
                        + " format of an earlier version) and is refused")
                .hasMessageNotContaining(NUMMER);

        String bundet = k.bind(gammalt, KOLUMN, 7);
        assertThat(bundet).startsWith("v2:").doesNotContain(NUMMER);
        assertThat(k.dekryptera(bundet, KOLUMN, 7)).isEqualTo(NUMMER);
        assertThatThrownBy(() -> k.dekryptera(bundet, KOLUMN, 8)).hasMessageContaining("does not decrypt");
        assertThat(k.bind(bundet, KOLUMN, 7))
                .as("binding again changes nothing")
                .isEqualTo(bundet);

        assertThatThrownBy(() -> med((byte) 2).bind(gammalt, KOLUMN, 7))
                .as("the wrong key stops the re-encryption with the row, never a value")
                .hasMessage("The unbound encrypted value in deltagande.identitet_krypterad row 7 does not decrypt"
                        + " (wrong SUS_KRYPTERINGSNYCKEL, or the value was altered)");
    }

    private static String obunden(byte fyllnad, String klartext) {
        byte[] nyckel = new byte[32];
        java.util.Arrays.fill(nyckel, fyllnad);
        return GammalKryptering.obunden(nyckel, klartext);
    }

    @Test
    void theKeyedHashIsStableSecretAndNotAPlainHash() throws Exception {
        Kryptering k = med((byte) 1);
        assertThat(k.hmac(NUMMER))
                .matches("[0-9a-f]{64}")
                .isEqualTo(k.hmac(NUMMER))
                .isNotEqualTo(k.hmac("198112289866"));
        assertThat(med((byte) 2).hmac(NUMMER)).as("another key, another hash").isNotEqualTo(k.hmac(NUMMER));
        String sha = HexFormat.of()
                .formatHex(MessageDigest.getInstance("SHA-256").digest(NUMMER.getBytes(StandardCharsets.UTF_8)));
        assertThat(k.hmac(NUMMER)).isNotEqualTo(sha);
    }

    @Test
    void aLabelDerivesAKeyOfItsOwnByOneHkdfExpandStep() throws Exception {
        Kryptering k = med((byte) 1);
        String egen = k.hmac("SUS test purpose v1", NUMMER);
        assertThat(egen)
                .matches("[0-9a-f]{64}")
                .isEqualTo(k.hmac("SUS test purpose v1", NUMMER))
                .as("not the look-up hash")
                .isNotEqualTo(k.hmac(NUMMER))
                .as("not another label's")
                .isNotEqualTo(k.hmac("SUS test purpose v2", NUMMER))
                .as("not another key's")
                .isNotEqualTo(med((byte) 2).hmac("SUS test purpose v1", NUMMER));
        assertThat(k.hmac(Kryptering.HMAC_ETIKETT, NUMMER))
                .as("the default label")
                .isEqualTo(k.hmac(NUMMER));

        // Written out independently (RFC 5869, HKDF-Expand of one block), so a change of derivation shows here.
        byte[] nyckel = new byte[32];
        java.util.Arrays.fill(nyckel, (byte) 1);
        byte[] harledd = hmacSha256(nyckel, ("SUS test purpose v1" + (char) 1).getBytes(StandardCharsets.UTF_8));
        assertThat(egen)
                .isEqualTo(HexFormat.of().formatHex(hmacSha256(harledd, NUMMER.getBytes(StandardCharsets.UTF_8))));
    }

    private static byte[] hmacSha256(byte[] nyckel, byte[] data) throws Exception {
        javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
        mac.init(new javax.crypto.spec.SecretKeySpec(nyckel, "HmacSHA256"));
        return mac.doFinal(data);
    }
}
