package se.finsam.sus.behorighet;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import se.finsam.sus.base.DemoDataSettings;

/**
 * The keyed hash (HMAC-SHA256) that links a user to the personnummer of their e-legitimation, so that the number
 * itself is never stored. The key is derived from {@code SUS_KRYPTERINGSNYCKEL} (a separate key, not the AES key
 * itself); without one (demo data only, see base.Kryptering) from a public development value.
 */
@Component
class ELegitimationHash {

    private static final String ALGORITM = "HmacSHA256";
    private static final byte[] SYFTE = "SUS e-legitimation personnummer v1".getBytes(StandardCharsets.UTF_8);
    private static final String DEV_NYCKEL_KALLA = "SUS development key - demo data only - not secret";

    private final SecretKeySpec nyckel;

    ELegitimationHash(@Value("${sus.krypteringsnyckel:}") String nyckelBase64, DemoDataSettings demo) {
        byte[] bas;
        try {
            if (nyckelBase64 != null && !nyckelBase64.isBlank()) {
                bas = Base64.getDecoder().decode(nyckelBase64.trim());
            } else if (demo.isEnabled()) {
                bas = MessageDigest.getInstance("SHA-256").digest(DEV_NYCKEL_KALLA.getBytes(StandardCharsets.UTF_8));
            } else {
                throw new IllegalStateException("SUS_KRYPTERINGSNYCKEL is not set");
            }
            Mac mac = Mac.getInstance(ALGORITM);
            mac.init(new SecretKeySpec(bas, ALGORITM));
            this.nyckel = new SecretKeySpec(mac.doFinal(SYFTE), ALGORITM);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("SUS_KRYPTERINGSNYCKEL cannot be used for the e-legitimation hash", e);
        }
    }

    /** 64 hex characters for a personnummer in its twelve-digit form (see {@link Personnummerkontroll}). */
    String hash(String tolvSiffror) {
        try {
            Mac mac = Mac.getInstance(ALGORITM);
            mac.init(nyckel);
            return HexFormat.of().formatHex(mac.doFinal(tolvSiffror.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
