package se.finsam.sus.base;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Values as versions before issue 12 #15 stored them (format 1): Base64 of IV, ciphertext and tag, AES-GCM without
 * associated data, so bound to no row. Written out here independently of {@link Kryptering}, for the tests of the
 * re-encryption.
 */
public final class GammalKryptering {

    private GammalKryptering() {}

    /** Under the development key the tests run with (demo data, no configured key). */
    public static String obunden(String klartext) {
        try {
            return obunden(
                    MessageDigest.getInstance("SHA-256")
                            .digest(Kryptering.DEV_NYCKEL_KALLA.getBytes(StandardCharsets.UTF_8)),
                    klartext);
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static String obunden(byte[] nyckel, String klartext) {
        try {
            byte[] iv = new byte[12];
            new SecureRandom().nextBytes(iv);
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(nyckel, "AES"), new GCMParameterSpec(128, iv));
            byte[] krypterat = c.doFinal(klartext.getBytes(StandardCharsets.UTF_8));
            byte[] allt = new byte[iv.length + krypterat.length];
            System.arraycopy(iv, 0, allt, 0, iv.length);
            System.arraycopy(krypterat, 0, allt, iv.length, krypterat.length);
            return Base64.getEncoder().encodeToString(allt);
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
