package se.finsam.sus.base.ui.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class StapelDiagramTest {

    @Test
    void stacksThePartsMarksTheChosenRowAndWritesMissingInsteadOfZero() {
        String svg = new StapelDiagram("Grupper <test>", List.of("Ohälsa", "Arbetsmarknad"), "saknas")
                .rad("Kiruna", List.of(new BigDecimal("3"), new BigDecimal("1.5")), true)
                .rad("Riket", List.of(new BigDecimal("2"), new BigDecimal("2")), false)
                .rad("Pajala", null, false)
                .text();
        assertThat(svg).startsWith("<svg").endsWith("</svg>").contains("<title>Grupper &lt;test&gt;</title>");
        assertThat(svg.split("<rect", -1))
                .as("two bars of two parts, two legend squares")
                .hasSize(7);
        assertThat(svg)
                .contains("font-weight=\"bold\">▶ Kiruna<")
                .contains(">saknas<")
                .contains("Kiruna: 4,50. Riket: 4,00. Pajala: saknas.");
    }

    @Test
    void aLongMarkedLabelIsNotCutAtTheLeftEdge() {
        String namn = "Samordningsförbundet Norra Stockholm";
        String svg = new StapelDiagram("t", List.of("Totalt"), "saknas")
                .rad(namn, List.of(new BigDecimal("3")), true)
                .rad("Kiruna", List.of(new BigDecimal("1")), false)
                .text();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(
                        "<text x=\"(\\d+)\"[^>]*text-anchor=\"end\"[^>]*>▶ " + namn + "<")
                .matcher(svg);
        assertThat(m.find()).as("the whole name, right-aligned at the bars").isTrue();
        assertThat(Integer.parseInt(m.group(1)) - Diagram.textbredd("▶ " + namn, 12) * 1.1)
                .as("its left end inside the chart")
                .isGreaterThanOrEqualTo(0);
    }

    @Test
    void aNameLongerThanTheMostRoomIsShortenedWithItsWholeTextAsTooltip() {
        String namn = "Ett mycket långt namn på ett område som inte får plats hur mycket plats det än får";
        String svg = new StapelDiagram("t", List.of("Totalt"), "saknas")
                .rad(namn, List.of(new BigDecimal("3")), false)
                .text();
        assertThat(svg).contains("<title>" + namn + "</title>").contains("…</text>");
    }

    @Test
    void axisTicksBetweenWholeNumbersKeepTheirDecimal() {
        assertThat(Diagram.format(12.5, 50)).isEqualTo("12,5");
        assertThat(Diagram.format(25, 50)).isEqualTo("25");
        assertThat(Diagram.format(0.25, 1)).isEqualTo("0,3");
    }
}
