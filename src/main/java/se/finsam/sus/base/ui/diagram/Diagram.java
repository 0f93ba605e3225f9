package se.finsam.sus.base.ui.diagram;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What the dashboard's server-side SVG charts share: colours, the round axis top, number labels and the opening
 * {@code <svg>} element with a title and description for screen readers.
 */
public final class Diagram {

    public static final int BREDD = 760;
    /** Distinguishable also in grey scale and for colour-blind readers. */
    public static final String[] FARGER = {"#1f5fad", "#d55e00", "#555555", "#009e73"};

    private Diagram() {}

    /** Opens an SVG of the chart width and the given height, with its title and description. */
    public static StringBuilder borja(int hojd, String titel, String beskrivning) {
        return new StringBuilder()
                .append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" viewBox=\"0 0 ")
                .append(BREDD)
                .append(' ')
                .append(hojd)
                .append("\" width=\"100%\" style=\"max-width:")
                .append(BREDD)
                .append("px\"><title>")
                .append(xml(titel))
                .append("</title><desc>")
                .append(xml(beskrivning))
                .append("</desc>");
    }

    /** A round upper bound for the axis: 1, 2, 2.5 or 5 times a power of ten. */
    public static double snyggtTak(double max) {
        if (max <= 0) {
            return 1;
        }
        double tio = Math.pow(10, Math.floor(Math.log10(max)));
        for (double f : new double[] {1, 2, 2.5, 5, 10}) {
            if (f * tio >= max) {
                return f * tio;
            }
        }
        return 10 * tio;
    }

    /**
     * Whole kronor on an axis that reaches 10 or more, one decimal below that, or where a tick falls between whole
     * numbers (12,5 on an axis to 50, not a rounded 13).
     */
    public static String format(double varde, double skala) {
        boolean hel = skala >= 10 && Math.abs(varde - Math.rint(varde)) < 1e-9;
        return String.format(Locale.forLanguageTag("sv-SE"), hel ? "%.0f" : "%.1f", varde);
    }

    /**
     * The width a text takes in the charts' sans-serif font, estimated generously (the server has no font metrics):
     * what a layout needs so that a label is neither cut nor drawn over another.
     */
    public static double textbredd(String text, int storlek) {
        return text.length() * storlek * 0.62;
    }

    /** Where one legend entry goes: {@code x} of its marker and its row (0 the first). */
    public record Legendplats(int x, int rad) {}

    /**
     * Places legend entries (a marker {@code markor} wide, a gap, then the name) side by side from {@code start},
     * starting a new row where the next would reach past the chart's right edge, so that no name runs into the next
     * entry's marker.
     */
    public static List<Legendplats> legend(List<String> namn, int start, int markor, int storlek) {
        List<Legendplats> platser = new ArrayList<>();
        int x = start;
        int rad = 0;
        for (String n : namn) {
            int bredd = markor + 6 + (int) Math.ceil(textbredd(n, storlek));
            if (x > start && x + bredd > BREDD - 8) {
                x = start;
                rad++;
            }
            platser.add(new Legendplats(x, rad));
            x += bredd + 24;
        }
        return platser;
    }

    public static String xml(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
