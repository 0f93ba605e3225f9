package se.finsam.sus.forsorjning.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.finsam.sus.base.Sprak;
import se.finsam.sus.base.ui.diagram.Diagram;

class LinjeDiagramTest {

    @Test
    void drawsOneLinePerRunOfValuesAndLeavesGapsForMissingQuarters() {
        String svg = new LinjeDiagram("Totalt <test>", List.of("2010K1", "2010K2", "2010K3", "2010K4"), Sprak.SVENSKA)
                .serie("Kiruna", Arrays.asList(new BigDecimal("40"), null, new BigDecimal("42"), new BigDecimal("43")))
                .serie(
                        "Riket",
                        List.of(new BigDecimal("50"), new BigDecimal("51"), new BigDecimal("52"), new BigDecimal("53")))
                .text();
        assertThat(svg).startsWith("<svg").endsWith("</svg>");
        assertThat(svg).contains("<title>Totalt &lt;test&gt;</title>");
        assertThat(svg.split("<polyline", -1))
                .as("Kiruna in two runs, Riket in one")
                .hasSize(4);
        assertThat(svg).contains("Kiruna: 43 kr senast.").contains("Riket: 53 kr senast.");
    }

    @Test
    void axisTopIsARoundNumber() {
        assertThat(Diagram.snyggtTak(87)).isEqualTo(100);
        assertThat(Diagram.snyggtTak(43)).isEqualTo(50);
        assertThat(Diagram.snyggtTak(12)).isEqualTo(20);
        assertThat(Diagram.snyggtTak(0)).isEqualTo(1);
    }
}
