package se.finsam.sus.rapport.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.DownloadKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouterLink;
import java.io.ByteArrayInputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import se.finsam.sus.KaribuTest;
import se.finsam.sus.base.ui.NotFoundView;
import se.finsam.sus.base.ui.StartView;

/** The report pages as a reader meets them, whatever the family: links, the selection in the URL, scope, files. */
class RapportViewTest extends KaribuTest {

    @Autowired
    JdbcTemplate jdbc;

    private long rader(String atgard, String detaljer) {
        return jdbc.queryForObject(
                "select count(*) from audit_post where atgard = ? and detaljer like ?", Long.class, atgard, detaljer);
    }

    @Test
    void theReaderFindsTheFamiliesOnTheStartPageAndTheReportsPage() throws Exception {
        login("rapport", DEMO_LOSENORD);
        UI.getCurrent().navigate(StartView.class);
        assertThat(_get(RapportPanel.class).getChildren()).isNotEmpty();
        UI.getCurrent().navigate("rapporter");
        assertThat(_find(RouterLink.class).stream().map(RouterLink::getHref))
                .contains("rapporter/standard", "rapporter/kostnader");
    }

    @Test
    void aReportOpensFromItsAddressIsAuditedAndDownloadsAsXlsxCsvAndPdf() throws Exception {
        login("rapport", DEMO_LOSENORD);
        long fore = rader("RAPPORT_KORD", "period=2025&enhet=riket%");
        RapportSida.oppna("rapporter/standard", "period=2025&enhet=riket");
        assertThat(_get(Paragraph.class, s -> s.withId("rapport-urvalstext")).getText())
                .contains("2025-01-01");
        assertThat(_find(com.vaadin.flow.component.grid.Grid.class)).isNotEmpty();
        assertThat(rader("RAPPORT_KORD", "period=2025&enhet=riket%")).isEqualTo(fore + 1);

        byte[] xlsx = DownloadKt._download(_get(Anchor.class, s -> s.withId("rapport-export-xlsx")));
        try (XSSFWorkbook bok = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(bok.getNumberOfSheets())
                    .isEqualTo(_find(com.vaadin.flow.component.grid.Grid.class).size());
        }
        String csv = new String(
                DownloadKt._download(_get(Anchor.class, s -> s.withId("rapport-export-csv"))),
                java.nio.charset.StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFF").contains(";");
        byte[] pdf = DownloadKt._download(_get(Anchor.class, s -> s.withId("rapport-export-pdf")));
        String text = new PdfTextExtractor(new PdfReader(pdf)).getTextFromPage(1);
        assertThat(text).contains("Standardrapport").contains("Riket").contains("2025-01-01");
        assertThat(rader("RAPPORT_EXPORTERAD", "pdf period=2025&enhet=riket%")).isPositive();
    }

    /** Every family's page on the demo data, as the national reader and compared by län, split by kön. */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.EnumSource(se.finsam.sus.rapport.Rapportfamilj.class)
    void everyFamilysPageShowsItsTablesWithChartsAndNoErrorOnTheDemoData(se.finsam.sus.rapport.Rapportfamilj familj)
            throws Exception {
        login("rapport", DEMO_LOSENORD);
        RapportSida.oppna("rapporter/" + familj.route(), "period=2025&enhet=riket&jamfor=ja&kon=ja");
        assertThat(_find(Div.class, s -> s.withId("rapport-fel"))).isEmpty();
        assertThat(_find(com.vaadin.flow.component.grid.Grid.class))
                .as(familj.name())
                .isNotEmpty();
        assertThat(_find(com.vaadin.flow.component.Svg.class))
                .as("charts beside the tables")
                .isNotEmpty();
        assertThat(_find(com.vaadin.flow.component.html.H1.class).stream()
                        .map(com.vaadin.flow.component.html.H1::getText))
                .contains(getTranslationSv(familj.titelNyckel()));
    }

    private static String getTranslationSv(String nyckel) {
        return se.finsam.sus.base.Oversattningar.svenska(nyckel);
    }

    @Test
    void aMalformedAddressIsRefusedWithAMessageNeverIgnored() throws Exception {
        login("rapport", DEMO_LOSENORD);
        RapportSida.oppna("rapporter/standard", "period=2025-K5&enhet=riket");
        Div fel = _get(Div.class, s -> s.withId("rapport-fel"));
        assertThat(fel.isVisible()).isTrue();
        assertThat(fel.getText()).contains("2025-K5");
        assertThat(_find(com.vaadin.flow.component.grid.Grid.class)).isEmpty();
    }

    @Test
    void aUnitOutsideTheReadersScopeIsRefusedAndAudited() throws Exception {
        login("samverkan", DEMO_LOSENORD);
        long fore = rader("ATKOMST_NEKAD", "period=2025&enhet=riket%");
        RapportSida.oppna("rapporter/standard", "period=2025&enhet=riket");
        assertThat(_get(Div.class, s -> s.withId("rapport-fel")).getText()).contains("behörighet");
        assertThat(_find(com.vaadin.flow.component.grid.Grid.class)).isEmpty();
        assertThat(rader("ATKOMST_NEKAD", "period=2025&enhet=riket%")).isEqualTo(fore + 1);
    }

    @Test
    void anUnknownFamilyIsNotFound() throws Exception {
        login("rapport", DEMO_LOSENORD);
        UI.getCurrent().navigate("rapporter/hemligt");
        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst())
                .isInstanceOf(NotFoundView.class);
    }
}
