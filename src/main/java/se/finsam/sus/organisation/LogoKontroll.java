package se.finsam.sus.organisation;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Locale;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import se.finsam.sus.base.ValideringsException;

/**
 * Decides what a logo file is from its content, never from its name or the browser's content type: PNG and JPEG
 * by their magic bytes (and their header must read as an image). Everything else is refused, as is anything above
 * {@link #MAX_STORLEK}; SVG with a message of its own. SVG is refused because it is an active document (script,
 * event handlers, {@code <set>}/{@code <animate>} rewriting links, XHTML {@code <iframe>}/{@code <embed>}, external
 * references): a blocklist let such logos through and their script ran in the application's origin. Logos are also
 * served with a Content-Security-Policy that forbids everything (see {@code behorighet.SakerhetsHuvuden}).
 */
final class LogoKontroll {

    static final int MAX_STORLEK = 512 * 1024;
    static final String PNG = "image/png";
    static final String JPEG = "image/jpeg";

    private static final byte[] PNG_MAGI = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};

    private LogoKontroll() {}

    /** The content type of a valid logo; otherwise a {@link ValideringsException} with the reason. */
    static String innehallstyp(byte[] data) {
        if (data == null || data.length == 0) {
            throw new ValideringsException("organisation.fel.logo-tom");
        }
        if (data.length > MAX_STORLEK) {
            throw new ValideringsException("organisation.fel.logo-for-stor", MAX_STORLEK / 1024);
        }
        if (borjarMed(data, PNG_MAGI)) {
            kanLasasSomBild(data);
            return PNG;
        }
        if (data.length > 3 && (data[0] & 0xFF) == 0xFF && (data[1] & 0xFF) == 0xD8 && (data[2] & 0xFF) == 0xFF) {
            kanLasasSomBild(data);
            return JPEG;
        }
        if (arSvg(data)) {
            throw new ValideringsException("organisation.fel.logo-svg");
        }
        throw new ValideringsException("organisation.fel.logo-typ");
    }

    private static boolean borjarMed(byte[] data, byte[] magi) {
        if (data.length < magi.length) {
            return false;
        }
        for (int i = 0; i < magi.length; i++) {
            if (data[i] != magi[i]) {
                return false;
            }
        }
        return true;
    }

    /**
     * Reads the image header through ImageIO (width and height), without decoding the pixels: a small file that
     * declares an enormous image must not be able to exhaust the memory.
     */
    private static void kanLasasSomBild(byte[] data) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(data))) {
            Iterator<ImageReader> lasare = in == null ? null : ImageIO.getImageReaders(in);
            if (lasare == null || !lasare.hasNext()) {
                throw new ValideringsException("organisation.fel.logo-typ");
            }
            ImageReader reader = lasare.next();
            try {
                reader.setInput(in, true, true);
                if (reader.getWidth(0) <= 0 || reader.getHeight(0) <= 0) {
                    throw new ValideringsException("organisation.fel.logo-typ");
                }
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof ValideringsException v) {
                throw v;
            }
            throw new ValideringsException("organisation.fel.logo-typ");
        }
    }

    /**
     * True when the content looks like SVG (or any XML/HTML image markup): SVG is a document that can carry script,
     * event handlers, animations that rewrite links and external references, and no blocklist has kept up with
     * them; logos are taken only as PNG or JPEG.
     */
    private static boolean arSvg(byte[] data) {
        String text = new String(data, StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
        return text.contains("<svg");
    }

    /** Whether a stored logo may be served: only PNG and JPEG (an SVG stored before SVG was refused never is). */
    static boolean kanVisas(String innehallstyp) {
        return PNG.equals(innehallstyp) || JPEG.equals(innehallstyp);
    }
}
