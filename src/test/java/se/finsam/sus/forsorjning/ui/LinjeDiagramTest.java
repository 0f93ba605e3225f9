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

    @Test
    void aLongNameInTheLegendDoesNotRunIntoTheNextEntrysMarker() {
        String forbund = "Samordningsförbundet Norra Stockholm och Roslagen";
        List<BigDecimal> v = List.of(new BigDecimal("1"), new BigDecimal("2"));
        String svg = new LinjeDiagram("t", List.of("2010K1", "2010K2"), Sprak.SVENSKA)
                .serie(forbund, v)
                .serie("Stockholms län", v)
                .serie("Riket", v)
                .text();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(
                        "<line x1=\"(\\d+)\" x2=\"\\d+\" y1=\"(\\d+)\" y2=\"\\d+\" stroke=\"#[0-9a-f]+\" stroke-width=\"3\"")
                .matcher(svg);
        List<int[]> markorer = new java.util.ArrayList<>();
        while (m.find()) {
            markorer.add(new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))});
        }
        assertThat(markorer).hasSize(3);
        int slutForsta = markorer.get(0)[0] + 30 + (int) Diagram.textbredd(forbund, 12);
        assertThat(markorer.subList(1, 3))
                .as("on the same row, each next marker starts after the long name")
                .allSatisfy(p -> assertThat(p[1] > markorer.get(0)[1] || p[0] > slutForsta)
                        .isTrue());
        assertThat(markorer).allSatisfy(p -> assertThat(p[0] + 30).isLessThan(Diagram.BREDD));
    }
}
