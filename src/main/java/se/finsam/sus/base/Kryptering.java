package se.finsam.sus.base;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Cipher;
import javax.crypto.Mac;
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
 * <p>
 * The same key also yields, by derivation, the key of the keyed hash ({@link #hmac}) used to look values up
 * without decrypting them (identity numbers): one key to manage. The derivation is one HKDF-Expand step
 * (RFC 5869) with the configured key as pseudo-random key and the label {@value #HMAC_ETIKETT} as info:
 * {@code HMAC-SHA256(key, label || 0x01)}. Changing the label or the key makes every stored hash useless.
 * Another purpose passes a label of its own ({@link #hmac(String, String)}), which derives another key the same
 * way: its hashes of the same value differ, so hashes of one purpose cannot be matched against another's.
 */
@Component
public class Kryptering {

    private static final Logger log = LoggerFactory.getLogger(Kryptering.class);
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final String DEV_NYCKEL_KALLA = "SUS development key - demo data only - not secret";
    private static final String HMAC = "HmacSHA256";
    static final String HMAC_ETIKETT = "SUS keyed hash for look-up v1";

    private final SecretKeySpec nyckel;
    private final SecretKeySpec hmacNyckel;
    /** Keys of the other labels, derived on first use. */
    private final Map<String, SecretKeySpec> hmacNycklar = new ConcurrentHashMap<>();

    private final SecureRandom slump = new SecureRandom();

    public Kryptering(@Value("${sus.krypteringsnyckel:}") String nyckelBase64, DemoDataSettings demo) {
        byte[] bytes = nyckel(nyckelBase64, demo.isEnabled());
        this.nyckel = new SecretKeySpec(bytes, "AES");
        this.hmacNyckel = new SecretKeySpec(harled(bytes, HMAC_ETIKETT), HMAC);
    }

    /** HKDF-Expand (RFC 5869) for one 32-byte block: HMAC-SHA256(prk, info || 0x01). */
    private static byte[] harled(byte[] prk, String info) {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(new SecretKeySpec(prk, HMAC));
            mac.update(info.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 1);
            return mac.doFinal();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Keyed hash (HMAC-SHA256 with the derived key) of a value, as 64 lower-case hex digits: equal values give
     * equal hashes, so that a column of them can be searched, but without the key nobody can compute or reverse
     * them (unlike a plain hash of a 12-digit identity number, which could be brute-forced in minutes).
     */
    public String hmac(String klartext) {
        return hmac(hmacNyckel, klartext);
    }

    /**
     * The keyed hash of {@link #hmac(String)} with a key derived under {@code etikett} instead of the default label
     * (one HKDF-Expand step, see the class comment), for a purpose of its own. The label is part of the stored
     * hashes: changing it makes them useless.
     */
    public String hmac(String etikett, String klartext) {
        return hmac(
                hmacNycklar.computeIfAbsent(etikett, e -> new SecretKeySpec(harled(nyckel.getEncoded(), e), HMAC)),
                klartext);
    }

    private static String hmac(SecretKeySpec hmacNyckel, String klartext) {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(hmacNyckel);
            return HexFormat.of().formatHex(mac.doFinal(klartext.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Keyed hash failed", e);
        }
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
            return Base64.getEncoder()
                    .encodeToString(ByteBuffer.allocate(iv.length + krypterat.length)
                            .put(iv)
                            .put(krypterat)
                            .array());
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
