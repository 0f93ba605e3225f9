package se.finsam.sus.forsorjning.ui;

import static se.finsam.sus.base.ui.diagram.Diagram.format;
import static se.finsam.sus.base.ui.diagram.Diagram.snyggtTak;
import static se.finsam.sus.base.ui.diagram.Diagram.xml;

import com.vaadin.flow.component.Svg;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import se.finsam.sus.base.Oversattningar;
import se.finsam.sus.base.ui.diagram.Diagram;

/**
 * A line chart drawn on the server as SVG: free software all the way, printable, and with a text title and
 * description for screen readers (the view shows the same figures in a table). Missing values leave a gap.
 */
final class LinjeDiagram {

    private static final int BREDD = Diagram.BREDD;
    private static final int HOJD = 300;
    private static final int VANSTER = 56;
    private static final int HOGER = 32;
    private static final int TOPP = 16;
    private static final int BOTTEN = 64;
    private static final int LEGENDRAD = 18;
    /** The third series is dashed, so that it is told apart also without colour. */
    private static final String[] FARGER = Diagram.FARGER;

    private final String titel;
    private final List<String> etiketter;
    private final Locale locale;
    private final Map<String, List<BigDecimal>> serier = new LinkedHashMap<>();

    /** {@code locale}: the language of the text for screen readers. */
    LinjeDiagram(String titel, List<String> etiketter, Locale locale) {
        this.titel = titel;
        this.etiketter = List.copyOf(etiketter);
        this.locale = locale;
    }

    LinjeDiagram serie(String namn, List<BigDecimal> varden) {
        serier.put(namn, new ArrayList<>(varden));
        return this;
    }

    Svg svg() {
        return new Svg(text());
    }

    String text() {
        double max = serier.values().stream()
                .flatMap(List::stream)
                .filter(Objects::nonNull)
                .mapToDouble(BigDecimal::doubleValue)
                .max()
                .orElse(1);
        double tak = snyggtTak(max);
        // The legend in as many rows as its names need (a förbund's name is long), below the quarters.
        List<Diagram.Legendplats> legend = Diagram.legend(List.copyOf(serier.keySet()), VANSTER, 24, 12);
        int legendrader = legend.isEmpty() ? 1 : legend.getLast().rad() + 1;
        StringBuilder svg = Diagram.borja(HOJD + (legendrader - 1) * LEGENDRAD, titel, beskrivning());
        int hojd = HOJD - TOPP - BOTTEN;
        int bredd = BREDD - VANSTER - HOGER;
        for (int i = 0; i <= 4; i++) {
            double varde = tak * i / 4;
            double y = TOPP + hojd - hojd * i / 4.0;
            svg.append(String.format(
                    Locale.ROOT,
                    "<line x1=\"%d\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\" stroke=\"#ddd\"/>"
                            + "<text x=\"%d\" y=\"%.1f\" font-size=\"11\" text-anchor=\"end\" fill=\"#333\">%s</text>",
                    VANSTER,
                    BREDD - HOGER,
                    y,
                    y,
                    VANSTER - 6,
                    y + 4,
                    format(varde, tak)));
        }
        int n = etiketter.size();
        int steg = Math.max(1, (int) Math.ceil(n / 12.0));
        for (int i = 0; i < n; i += steg) {
            svg.append(String.format(
                    Locale.ROOT,
                    "<text x=\"%.1f\" y=\"%d\" font-size=\"11\" text-anchor=\"middle\" fill=\"#333\">%s</text>",
                    x(i, n, bredd),
                    HOJD - BOTTEN + 16,
                    xml(etiketter.get(i))));
        }
        int s = 0;
        for (Map.Entry<String, List<BigDecimal>> serie : serier.entrySet()) {
            String farg = FARGER[s % FARGER.length];
            String streck = s == 2 ? " stroke-dasharray=\"6 4\"" : "";
            StringBuilder punkter = new StringBuilder();
            for (int i = 0; i < n; i++) {
                BigDecimal v = i < serie.getValue().size() ? serie.getValue().get(i) : null;
                if (v == null) {
                    linje(svg, punkter, farg, streck);
                    continue;
                }
                double y = TOPP + hojd - hojd * v.doubleValue() / tak;
                punkter.append(String.format(Locale.ROOT, "%.1f,%.1f ", x(i, n, bredd), y));
            }
            linje(svg, punkter, farg, streck);
            int ly = HOJD - 24 + legend.get(s).rad() * LEGENDRAD;
            int lx = legend.get(s).x();
            svg.append(String.format(
                    Locale.ROOT,
                    "<line x1=\"%d\" x2=\"%d\" y1=\"%d\" y2=\"%d\" stroke=\"%s\" stroke-width=\"3\"%s/>"
                            + "<text x=\"%d\" y=\"%d\" font-size=\"12\" fill=\"#222\">%s</text>",
                    lx,
                    lx + 24,
                    ly,
                    ly,
                    farg,
                    streck,
                    lx + 30,
                    ly + 4,
                    xml(serie.getKey())));
            s++;
        }
        return svg.append("</svg>").toString();
    }

    private static void linje(StringBuilder svg, StringBuilder punkter, String farg, String streck) {
        if (punkter.isEmpty()) {
            return;
        }
        svg.append("<polyline fill=\"none\" stroke=\"")
                .append(farg)
                .append("\" stroke-width=\"2.5\"")
                .append(streck)
                .append(" points=\"")
                .append(punkter.toString().trim())
                .append("\"/>");
        punkter.setLength(0);
    }

    private static double x(int i, int n, int bredd) {
        return VANSTER + (n <= 1 ? bredd / 2.0 : bredd * i / (double) (n - 1));
    }

    private String beskrivning() {
        StringBuilder d = new StringBuilder();
        serier.forEach((namn, varden) -> {
            BigDecimal sista = null;
            for (BigDecimal v : varden) {
                sista = v == null ? sista : v;
            }
            d.append(Oversattningar.text(
                            locale,
                            "fm.diagram.senast",
                            namn,
                            sista == null ? "–" : format(sista.doubleValue(), sista.doubleValue())))
                    .append(' ');
        });
        return d.toString().trim();
    }
}
