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
}
