package se.finsam.sus.organisation;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Locale;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;
import se.finsam.sus.base.ValideringsException;

/**
 * Decides what a logo file is from its content, never from its name or the browser's content type: PNG and JPEG
 * by their magic bytes (and their header must read as an image), SVG by parsing it as XML with an {@code <svg>}
 * root. SVG with scripts, event-handler attributes or javascript: links is refused, as is anything above
 * {@link #MAX_STORLEK}.
 */
final class LogoKontroll {

    static final int MAX_STORLEK = 512 * 1024;
    static final String PNG = "image/png";
    static final String JPEG = "image/jpeg";
    static final String SVG = "image/svg+xml";

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
        kontrolleraSvg(data);
        return SVG;
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

    private static void kontrolleraSvg(byte[] data) {
        String text = new String(data, StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
        if (!text.contains("<svg")) {
            throw new ValideringsException("organisation.fel.logo-typ");
        }
        if (text.contains("<script") || text.contains(":script")) {
            throw new ValideringsException("organisation.fel.logo-skript");
        }
        Document dokument;
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setXIncludeAware(false);
            f.setExpandEntityReferences(false);
            DocumentBuilder builder = f.newDocumentBuilder();
            builder.setErrorHandler(null);
            dokument = builder.parse(new ByteArrayInputStream(data));
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new ValideringsException("organisation.fel.logo-typ");
        }
        Element rot = dokument.getDocumentElement();
        if (rot == null || !"svg".equals(lokaltNamn(rot))) {
            throw new ValideringsException("organisation.fel.logo-typ");
        }
        kontrolleraElement(rot);
    }

    private static void kontrolleraElement(Element element) {
        String namn = lokaltNamn(element).toLowerCase(Locale.ROOT);
        if (namn.equals("script") || namn.equals("foreignobject")) {
            throw new ValideringsException("organisation.fel.logo-skript");
        }
        NamedNodeMap attribut = element.getAttributes();
        for (int i = 0; i < attribut.getLength(); i++) {
            Node a = attribut.item(i);
            String attributnamn = lokaltNamn(a).toLowerCase(Locale.ROOT);
            String varde =
                    a.getNodeValue() == null ? "" : a.getNodeValue().strip().toLowerCase(Locale.ROOT);
            if (attributnamn.startsWith("on") || varde.startsWith("javascript:") || varde.contains("javascript:")) {
                throw new ValideringsException("organisation.fel.logo-skript");
            }
        }
        NodeList barn = element.getChildNodes();
        for (int i = 0; i < barn.getLength(); i++) {
            if (barn.item(i) instanceof Element e) {
                kontrolleraElement(e);
            }
        }
    }

    private static String lokaltNamn(Node n) {
        return n.getLocalName() != null ? n.getLocalName() : n.getNodeName();
    }
}
