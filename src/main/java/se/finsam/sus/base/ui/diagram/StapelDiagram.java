package se.finsam.sus.base.ui.diagram;

import static se.finsam.sus.base.ui.diagram.Diagram.FARGER;
import static se.finsam.sus.base.ui.diagram.Diagram.format;
import static se.finsam.sus.base.ui.diagram.Diagram.snyggtTak;
import static se.finsam.sus.base.ui.diagram.Diagram.xml;

import com.vaadin.flow.component.Svg;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import se.finsam.sus.base.Kronor;
import se.finsam.sus.base.Sprak;

/**
 * A horizontal bar chart drawn on the server as SVG, one bar per row, stacked when there is more than one part
 * (e.g. the three benefit groups). A row without a value says so in text instead of drawing a bar of 0; marked
 * rows (the chosen area) have a bold label with an arrow, so that they stand out also without colour.
 */
public final class StapelDiagram {

    private static final int VANSTER_MINST = 120;
    private static final int VANSTER_MEST = 340;
    private static final int HOGER = 70;
    private static final int TOPP = 20;
    private static final int RAD = 22;
    private static final int STAPEL = 15;
    private static final int LEGEND = 34;

    private record Rad(String etikett, List<BigDecimal> delar, boolean markerad, String saknas) {}

    private final String titel;
    private final List<String> delnamn;
    private final String saknasText;
    private final List<Rad> rader = new ArrayList<>();
    private boolean heltal;

    /** {@code delnamn}: the parts of each bar (one for a plain bar chart); {@code saknasText}: shown for no value. */
    public StapelDiagram(String titel, List<String> delnamn, String saknasText) {
        this.titel = titel;
        this.delnamn = List.copyOf(delnamn);
        this.saknasText = saknasText;
    }

    /** A row; {@code delar} null (or with a null part) means the value is missing. */
    public StapelDiagram rad(String etikett, List<BigDecimal> delar, boolean markerad) {
        rader.add(new Rad(
                etikett,
                delar == null || delar.stream().anyMatch(Objects::isNull) ? null : List.copyOf(delar),
                markerad,
                saknasText));
        return this;
    }

    /** A row without a value, saying why in {@code text} (e.g. {@code ..} for a hidden small count). */
    public StapelDiagram utanVarde(String etikett, String text) {
        rader.add(new Rad(etikett, null, false, text));
        return this;
    }

    /** Values are whole numbers (counts): written without decimals. */
    public StapelDiagram heltal() {
        heltal = true;
        return this;
    }

    public Svg svg() {
        return new Svg(text());
    }

    public String text() {
        double max = rader.stream()
                .filter(r -> r.delar() != null)
                .mapToDouble(StapelDiagram::summa)
                .max()
                .orElse(1);
        double tak = snyggtTak(max);
        int vanster = vanster();
        boolean legend = delnamn.size() > 1;
        List<Diagram.Legendplats> platser = Diagram.legend(delnamn, vanster, 14, 12);
        int legendrader = legend ? platser.getLast().rad() + 1 : 0;
        int hojd = TOPP + rader.size() * RAD + 24 + (legend ? LEGEND + (legendrader - 1) * 20 : 0);
        StringBuilder svg = Diagram.borja(hojd, titel, beskrivning());
        int bredd = Diagram.BREDD - vanster - HOGER;
        int legendTopp = TOPP + rader.size() * RAD + 24 + LEGEND - 14;
        int axel = TOPP + rader.size() * RAD;
        for (int i = 0; i <= 4; i++) {
            double x = vanster + bredd * i / 4.0;
            svg.append(String.format(
                    Locale.ROOT,
                    "<line x1=\"%.1f\" x2=\"%.1f\" y1=\"%d\" y2=\"%d\" stroke=\"#ddd\"/>"
                            + "<text x=\"%.1f\" y=\"%d\" font-size=\"11\" text-anchor=\"middle\" fill=\"#333\">%s</text>",
                    x,
                    x,
                    TOPP - 4,
                    axel,
                    x,
                    axel + 14,
                    format(tak * i / 4, tak)));
        }
        for (int r = 0; r < rader.size(); r++) {
            Rad rad = rader.get(r);
            int y = TOPP + r * RAD;
            svg.append(String.format(
                    Locale.ROOT,
                    "<text x=\"%d\" y=\"%d\" font-size=\"12\" text-anchor=\"end\" fill=\"#222\"%s>%s</text>",
                    vanster - 6,
                    y + 12,
                    rad.markerad() ? " font-weight=\"bold\"" : "",
                    etikett(rad, vanster - 10)));
            if (rad.delar() == null) {
                svg.append(String.format(
                        Locale.ROOT,
                        "<text x=\"%d\" y=\"%d\" font-size=\"12\" font-style=\"italic\" fill=\"#555\">%s</text>",
                        vanster + 4,
                        y + 12,
                        xml(rad.saknas())));
                continue;
            }
            double x = vanster;
            for (int d = 0; d < rad.delar().size(); d++) {
                double w = bredd * rad.delar().get(d).doubleValue() / tak;
                String farg = delnamn.size() > 1 ? FARGER[d % FARGER.length] : FARGER[rad.markerad() ? 1 : 0];
                svg.append(String.format(
                        Locale.ROOT,
                        "<rect x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"%d\" fill=\"%s\"/>",
                        x,
                        y + 1,
                        w,
                        STAPEL,
                        farg));
                x += w;
            }
            svg.append(String.format(
                    Locale.ROOT,
                    "<text x=\"%.1f\" y=\"%d\" font-size=\"11\" fill=\"#222\">%s</text>",
                    x + 4,
                    y + 12,
                    format2(summa(rad))));
        }
        if (legend) {
            for (int d = 0; d < delnamn.size(); d++) {
                int lx = platser.get(d).x();
                int ly = legendTopp + platser.get(d).rad() * 20;
                svg.append(String.format(
                        Locale.ROOT,
                        "<rect x=\"%d\" y=\"%d\" width=\"14\" height=\"14\" fill=\"%s\"/>"
                                + "<text x=\"%d\" y=\"%d\" font-size=\"12\" fill=\"#222\">%s</text>",
                        lx,
                        ly - 11,
                        FARGER[d % FARGER.length],
                        lx + 20,
                        ly,
                        xml(delnamn.get(d))));
            }
        }
        return svg.append("</svg>").toString();
    }

    /**
     * Room for the row labels: the longest label's width, at least {@value #VANSTER_MINST} and at most
     * {@value #VANSTER_MEST} units, so that a long name (a förbund) is not cut at the left edge.
     */
    private int vanster() {
        double langst = rader.stream()
                .mapToDouble(r -> Diagram.textbredd(text(r), 12) * (r.markerad() ? 1.1 : 1))
                .max()
                .orElse(0);
        return (int) Math.min(VANSTER_MEST, Math.max(VANSTER_MINST, Math.ceil(langst) + 10));
    }

    private static String text(Rad rad) {
        return (rad.markerad() ? "▶ " : "") + rad.etikett();
    }

    /** The row's label, shortened with … (the whole name in its tooltip) only where even the most room is short. */
    private static String etikett(Rad rad, int rum) {
        String text = text(rad);
        double faktor = rad.markerad() ? 1.1 : 1;
        if (Diagram.textbredd(text, 12) * faktor <= rum) {
            return xml(text);
        }
        int tecken = Math.max(4, (int) (rum / (12 * 0.62 * faktor)) - 1);
        return "<title>" + xml(text) + "</title>" + xml(text.substring(0, Math.min(text.length(), tecken)) + "…");
    }

    private static double summa(Rad rad) {
        return rad.delar().stream()
                .filter(Objects::nonNull)
                .mapToDouble(BigDecimal::doubleValue)
                .sum();
    }

    private String format2(double v) {
        return heltal ? String.valueOf(Math.round(v)) : Kronor.formatera(BigDecimal.valueOf(v), Sprak.SVENSKA);
    }

    private String beskrivning() {
        StringBuilder d = new StringBuilder();
        for (Rad rad : rader) {
            d.append(rad.etikett())
                    .append(": ")
                    .append(rad.delar() == null ? rad.saknas() : format2(summa(rad)))
                    .append(". ");
        }
        return d.toString().trim();
    }
}
