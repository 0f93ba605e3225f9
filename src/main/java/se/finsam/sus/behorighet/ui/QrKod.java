package se.finsam.sus.behorighet.ui;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.vaadin.flow.component.Svg;
import java.util.Map;

/** A QR code as inline SVG (no images on disk, nothing sent elsewhere). */
final class QrKod {

    private QrKod() {}

    static Svg svg(String text, String beskrivning) {
        BitMatrix moduler;
        try {
            moduler = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0, Map.of(EncodeHintType.MARGIN, 4));
        } catch (WriterException e) {
            throw new IllegalStateException(e);
        }
        StringBuilder path = new StringBuilder();
        for (int y = 0; y < moduler.getHeight(); y++) {
            for (int x = 0; x < moduler.getWidth(); x++) {
                if (moduler.get(x, y)) {
                    path.append('M').append(x).append(' ').append(y).append("h1v1h-1z");
                }
            }
        }
        String svg =
                "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"220\" height=\"220\" viewBox=\"0 0 "
                        + moduler.getWidth() + " " + moduler.getHeight() + "\" shape-rendering=\"crispEdges\"><title>"
                        + beskrivning.replace("<", "&lt;")
                        + "</title><rect width=\"100%\" height=\"100%\" fill=\"#fff\"/>"
                        + "<path fill=\"#000\" d=\"" + path + "\"/></svg>";
        return new Svg(svg);
    }
}
