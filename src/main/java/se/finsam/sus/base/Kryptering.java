package se.finsam.sus.base;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * AES-GCM encryption of single values at rest (second-factor secrets, identity numbers). The key comes from
 * {@code SUS_KRYPTERINGSNYCKEL} (32 bytes, Base64) and never from the repository; without one the application
 * refuses to start, except with demo data, where a fixed and publicly known development key is used.
 */
@Component
public class Kryptering {

    private static final Logger log = LoggerFactory.getLogger(Kryptering.class);
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final String DEV_NYCKEL_KALLA = "SUS development key - demo data only - not secret";

    private final SecretKeySpec nyckel;
    private final SecureRandom slump = new SecureRandom();

    public Kryptering(@Value("${sus.krypteringsnyckel:}") String nyckelBase64, DemoDataSettings demo) {
        this.nyckel = new SecretKeySpec(nyckel(nyckelBase64, demo.isEnabled()), "AES");
    }

    private static byte[] nyckel(String base64, boolean demo) {
        if (base64 != null && !base64.isBlank()) {
            byte[] bytes;
            try {
                bytes = Base64.getDecoder().decode(base64.trim());
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException("SUS_KRYPTERINGSNYCKEL is not valid Base64");
            }
            if (bytes.length != 32) {
                throw new IllegalStateException("SUS_KRYPTERINGSNYCKEL must be 32 bytes (openssl rand -base64 32)");
            }
            return bytes;
        }
        if (!demo) {
            throw new IllegalStateException("SUS_KRYPTERINGSNYCKEL is not set: create one with "
                    + "`openssl rand -base64 32` and keep it outside the repository");
        }
        log.warn("Using the public development encryption key (demo data only)");
        try {
            return MessageDigest.getInstance("SHA-256").digest(DEV_NYCKEL_KALLA.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Base64 of IV followed by ciphertext and tag; a new random IV every time. */
    public String kryptera(String klartext) {
        try {
            byte[] iv = new byte[IV_BYTES];
            slump.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, nyckel, new GCMParameterSpec(TAG_BITS, iv));
            byte[] krypterat = cipher.doFinal(klartext.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(ByteBuffer.allocate(iv.length + krypterat.length)
                    .put(iv).put(krypterat).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Encryption failed", e);
        }
    }

    public String dekryptera(String lagrat) {
        try {
            byte[] allt = Base64.getDecoder().decode(lagrat);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, nyckel, new GCMParameterSpec(TAG_BITS, allt, 0, IV_BYTES));
            return new String(cipher.doFinal(allt, IV_BYTES, allt.length - IV_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("Decryption failed (wrong SUS_KRYPTERINGSNYCKEL?)", e);
        }
    }
}
