package se.finsam.sus.behorighet;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Time-based one-time passwords (RFC 6238 over RFC 4226): HMAC-SHA1, 6 digits, 30-second steps, as every
 * authenticator app understands. Secrets are Base32 (RFC 4648) without padding.
 */
public final class Totp {

    static final int STEG_SEKUNDER = 30;
    private static final int SIFFROR = 6;
    /** Codes from one step before or after are accepted too, for clocks a little out of step. */
    private static final int FONSTER = 1;

    private static final String BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

    private Totp() {}

    public static String nyHemlighet() {
        byte[] bytes = new byte[20];
        new SecureRandom().nextBytes(bytes);
        return base32(bytes);
    }

    public static long steg(Instant tid) {
        return tid.getEpochSecond() / STEG_SEKUNDER;
    }

    /** The code for a time step. */
    public static String kod(String hemlighet, long steg) {
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(fromBase32(hemlighet), "HmacSHA1"));
            byte[] hash = mac.doFinal(ByteBuffer.allocate(8).putLong(steg).array());
            int offset = hash[hash.length - 1] & 0x0f;
            int binar = ((hash[offset] & 0x7f) << 24)
                    | ((hash[offset + 1] & 0xff) << 16)
                    | ((hash[offset + 2] & 0xff) << 8)
                    | (hash[offset + 3] & 0xff);
            return String.format(Locale.ROOT, "%0" + SIFFROR + "d", binar % 1_000_000);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The time step the code belongs to, if it is valid now (within the window) and later than
     * {@code senastAnvandaSteg}, so that a code can never be used twice; otherwise -1.
     */
    static long verifiera(String hemlighet, String kod, Instant nu, long senastAnvandaSteg) {
        if (kod == null) {
            return -1;
        }
        String siffror = kod.replace(" ", "").trim();
        if (!siffror.matches("\\d{" + SIFFROR + "}")) {
            return -1;
        }
        long aktuellt = steg(nu);
        for (long s = aktuellt - FONSTER; s <= aktuellt + FONSTER; s++) {
            if (s > senastAnvandaSteg
                    && java.security.MessageDigest.isEqual(kod(hemlighet, s).getBytes(), siffror.getBytes())) {
                return s;
            }
        }
        return -1;
    }

    /** The otpauth URI that authenticator apps read from the QR code. */
    static String otpauthUri(String hemlighet, String anvandarnamn) {
        String etikett = java.net.URLEncoder.encode("SUS:" + anvandarnamn, java.nio.charset.StandardCharsets.UTF_8)
                .replace("+", "%20");
        return "otpauth://totp/" + etikett + "?secret=" + hemlighet + "&issuer=SUS&algorithm=SHA1&digits=" + SIFFROR
                + "&period=" + STEG_SEKUNDER;
    }

    static String base32(byte[] bytes) {
        StringBuilder ut = new StringBuilder();
        int buffer = 0;
        int bitar = 0;
        for (byte b : bytes) {
            buffer = (buffer << 8) | (b & 0xff);
            bitar += 8;
            while (bitar >= 5) {
                ut.append(BASE32.charAt((buffer >> (bitar - 5)) & 31));
                bitar -= 5;
            }
        }
        if (bitar > 0) {
            ut.append(BASE32.charAt((buffer << (5 - bitar)) & 31));
        }
        return ut.toString();
    }

    static byte[] fromBase32(String text) {
        String rent = text.replace("=", "").replace(" ", "").toUpperCase(Locale.ROOT);
        ByteBuffer ut = ByteBuffer.allocate(rent.length() * 5 / 8);
        int buffer = 0;
        int bitar = 0;
        for (char c : rent.toCharArray()) {
            int v = BASE32.indexOf(c);
            if (v < 0) {
                throw new IllegalArgumentException("Not Base32");
            }
            buffer = (buffer << 5) | v;
            bitar += 5;
            if (bitar >= 8) {
                ut.put((byte) (buffer >> (bitar - 8)));
                bitar -= 8;
            }
        }
        return ut.array();
    }
}
