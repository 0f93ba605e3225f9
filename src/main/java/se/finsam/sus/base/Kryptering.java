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
 * AES-GCM encryption of single values at rest (second-factor secrets, identity numbers), each bound to its row: the
 * table, column and row id are the associated data ({@link KrypteradKolumn}), so a value moved to another row does
 * not decrypt. The key comes from
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
    private static final String AES_GCM = "AES/GCM/NoPadding";

    /**
     * Marks a value encrypted bound to its row (format 2). Values of format 1, stored by versions before it, are plain
     * Base64 (which never contains {@code :}) and are read only by {@link Radbindning}'s re-encryption.
     */
    static final String BUNDEN = "v2:";

    static final String DEV_NYCKEL_KALLA = "SUS development key - demo data only - not secret";
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

    /**
     * Encrypts a value bound to its row: {@value #BUNDEN} followed by the Base64 of IV, ciphertext and tag, with a
     * new random IV every time and the row's binding ({@link KrypteradKolumn#bindning(long)}) as associated data. The
     * row must exist (its id known): a row whose id the database assigns is inserted first and its value written
     * in the same transaction.
     */
    public String kryptera(String klartext, KrypteradKolumn kolumn, long radId) {
        try {
            byte[] iv = new byte[IV_BYTES];
            slump.nextBytes(iv);
            Cipher cipher = Cipher.getInstance(AES_GCM);
            cipher.init(Cipher.ENCRYPT_MODE, nyckel, new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(aad(kolumn, radId));
            byte[] krypterat = cipher.doFinal(klartext.getBytes(StandardCharsets.UTF_8));
            return BUNDEN
                    + Base64.getEncoder()
                            .encodeToString(ByteBuffer.allocate(iv.length + krypterat.length)
                                    .put(iv)
                                    .put(krypterat)
                                    .array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Encryption failed", e);
        }
    }

    /**
     * Decrypts the value stored in row {@code radId} of the column. Refused, with a message naming the column and
     * row but never the value: a value that is not bound to a row (stored by an earlier version, see
     * {@link Radbindning}), and a value bound to another row, column or table, altered, or encrypted under another
     * key (AES-GCM's tag does not match).
     */
    public String dekryptera(String lagrat, KrypteradKolumn kolumn, long radId) {
        if (!arBunden(lagrat)) {
            throw new IllegalStateException("The encrypted value in " + kolumn + " row " + radId
                    + " is not bound to its row (the format of an earlier version) and is refused");
        }
        try {
            byte[] allt = Base64.getDecoder().decode(lagrat.substring(BUNDEN.length()));
            Cipher cipher = Cipher.getInstance(AES_GCM);
            cipher.init(Cipher.DECRYPT_MODE, nyckel, new GCMParameterSpec(TAG_BITS, allt, 0, IV_BYTES));
            cipher.updateAAD(aad(kolumn, radId));
            return new String(cipher.doFinal(allt, IV_BYTES, allt.length - IV_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException(
                    "The encrypted value in " + kolumn + " row " + radId
                            + " does not decrypt: it belongs to another row or was altered, or SUS_KRYPTERINGSNYCKEL is wrong",
                    e);
        }
    }

    /** Whether a stored value is in the bound format (says nothing about which row it is bound to). */
    static boolean arBunden(String lagrat) {
        return lagrat != null && lagrat.startsWith(BUNDEN);
    }

    /**
     * For {@link Radbindning} only: a value stored by an earlier version (Base64 of IV, ciphertext and tag, no
     * associated data) decrypted and encrypted again bound to its row. A value already bound is returned unchanged.
     */
    String bind(String lagrat, KrypteradKolumn kolumn, long radId) {
        if (arBunden(lagrat)) {
            return lagrat;
        }
        String klartext;
        try {
            byte[] allt = Base64.getDecoder().decode(lagrat);
            Cipher cipher = Cipher.getInstance(AES_GCM);
            cipher.init(Cipher.DECRYPT_MODE, nyckel, new GCMParameterSpec(TAG_BITS, allt, 0, IV_BYTES));
            klartext = new String(cipher.doFinal(allt, IV_BYTES, allt.length - IV_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException(
                    "The unbound encrypted value in " + kolumn + " row " + radId
                            + " does not decrypt (wrong SUS_KRYPTERINGSNYCKEL, or the value was altered)",
                    e);
        }
        return kryptera(klartext, kolumn, radId);
    }

    /** The associated data: the format version and the row's binding, so that neither can be changed unnoticed. */
    private static byte[] aad(KrypteradKolumn kolumn, long radId) {
        return (BUNDEN + kolumn.bindning(radId)).getBytes(StandardCharsets.UTF_8);
    }
}
