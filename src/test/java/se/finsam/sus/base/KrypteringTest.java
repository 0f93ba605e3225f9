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

    @Test
    void encryptionUsesAFreshIvAndRoundTrips() {
        Kryptering k = med((byte) 1);
        String a = k.kryptera(NUMMER);
        String b = k.kryptera(NUMMER);
        assertThat(a).isNotEqualTo(b).doesNotContain(NUMMER);
        assertThat(k.dekryptera(a)).isEqualTo(NUMMER);
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
