package se.finsam.sus.forsorjning.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.DownloadKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import se.finsam.sus.KaribuTest;
import se.finsam.sus.forsorjning.Kvartal;
import se.finsam.sus.forsorjning.KvartalsVarde;
import se.finsam.sus.forsorjning.Niva;

/** The public dashboard, opened without login, on data with hand-checkable values. */
class ForsorjningsmattViewTest extends KaribuTest {

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void data() {
        jdbc.update("delete from forsorjning_utbetalning where omrade = '2584' and ar = 2030");
        jdbc.update("delete from forsorjning_befolkning where omrade = '2584' and ar = 2029");
        jdbc.update("insert into forsorjning_befolkning (omrade, ar, befolkning_16_64) values ('2584', 2029, 10000)");
        // 2030K1 has 90 days: 9 000 000 kr / (10 000 × 90) = 10 kr; 2030K2 (91 days): 1 820 000 / 910 000 = 2 kr.
        jdbc.update("insert into forsorjning_utbetalning (omrade, ar, kv, forman, belopp) values "
                + "('2584', 2030, 1, 'SJP', 9000000), ('2584', 2030, 2, 'EKB', 1820000)");

        // 2031K1 (90 days), population at 31 Dec 2030: 0114 10 000, 0115 20 000, 2584 10 000; 0120 has none.
        // 0114: SJP 900 000 → 1 kr, AKASSA 1 800 000 → 2 kr, EKB 2 700 000 → 3 kr; totalt 6 kr.
        // 0115: SJP 3 600 000 → 2 kr, EKB 1 800 000 → 1 kr; totalt 3 kr. 2584: SA 9 000 000 → 10 kr.
        // Norra Stockholm (0114, 0115, 0120) and Stockholms län: 10 800 000 / (30 000 × 90) = 4 kr, of which
        // ohälsa 4 500 000 / 2 700 000 = 1.67, arbetsmarknad 0.67, ekonomiskt bistånd 1.67 (0120 missing).
        // Riket: 19 800 000 / (40 000 × 90) = 5.50: ohälsa 13 500 000 / 3 600 000 = 3.75, 0.50, 1.25.
        jdbc.update("delete from forsorjning_utbetalning where ar = 2031");
        jdbc.update("delete from forsorjning_befolkning where ar = 2030");
        jdbc.update("insert into forsorjning_befolkning (omrade, ar, befolkning_16_64) values ('0114', 2030, 10000),"
                + " ('0115', 2030, 20000), ('2584', 2030, 10000)");
        jdbc.update("insert into forsorjning_utbetalning (omrade, ar, kv, forman, belopp) values "
                + "('0114', 2031, 1, 'SJP', 900000), ('0114', 2031, 1, 'AKASSA', 1800000),"
                + " ('0114', 2031, 1, 'EKB', 2700000), ('0115', 2031, 1, 'SJP', 3600000),"
                + " ('0115', 2031, 1, 'EKB', 1800000), ('2584', 2031, 1, 'SA', 9000000)");
    }

    private ForsorjningsmattView forbundNorraStockholm() {
        UI.getCurrent().navigate(ForsorjningsmattView.class);
        ForsorjningsmattView vy = _get(ForsorjningsmattView.class);
        vy.niva.setValue(Niva.FORBUND);
        vy.omrade.setValue(vy.omrade
                .getListDataView()
                .getItems()
                .filter(v -> v.namn().equals("Samordningsförbundet Norra Stockholm"))
                .findFirst()
                .orElseThrow());
        vy.fran.setValue(Kvartal.parse("2031K1"));
        vy.till.setValue(Kvartal.parse("2031K1"));
        return vy;
    }

    /** Opens an address as the browser would (a bookmark, a reload). */
    private static void oppna(String adress) {
        String[] delar = adress.split("\\?", 2);
        UI.getCurrent()
                .navigate(
                        delar[0],
                        delar.length == 1
                                ? com.vaadin.flow.router.QueryParameters.empty()
                                : com.vaadin.flow.router.QueryParameters.fromString(delar[1]));
    }

    @SuppressWarnings("unchecked")
    private static List<List<String>> rader(String id) {
        Grid<Stapelsektion.Stapel> grid = _get(Grid.class, spec -> spec.withId(id));
        List<List<String>> rader = new ArrayList<>();
        for (int i = 0; i < GridKt._size(grid); i++) {
            rader.add(GridKt._getFormattedRow(grid, i));
        }
        return rader;
    }

    @Test
    void stackedGroupsForTheLatestQuarterAgainstLanAndRiket() {
        forbundNorraStockholm();
        assertThat(rader("fm-grupper"))
                .containsExactly(
                        List.of("▶ Samordningsförbundet Norra Stockholm", "1,67", "0,67", "1,67", "4,00"),
                        List.of("Stockholms län", "1,67", "0,67", "1,67", "4,00"),
                        List.of("Riket", "3,75", "0,50", "1,25", "5,50"));
        assertThat(_find(Svg.class).stream().map(svg -> svg.getElement().getProperty("innerHTML", "")))
                .as("a stacked bar per area, with a legend of the three groups")
                .anySatisfy(svg -> assertThat(svg)
                        .contains("Riket: 5,50.")
                        .contains(">Ohälsa<")
                        .contains(">Arbetsmarknad<"));
    }

    @Test
    void forbundComparesItsMemberKommunerAndShowsTheMissingOneAsMissing() {
        forbundNorraStockholm();
        assertThat(rader("fm-medlemmar"))
                .containsExactly(
                        List.of("Upplands Väsby", "6,00"), List.of("Vallentuna", "3,00"), List.of("Värmdö", "saknas"));
        assertThat(_find(Paragraph.class).stream().map(Paragraph::getText))
                .as("the incomplete quarter names the missing member as the page does elsewhere, not by its code")
                .contains("Ofullständigt underlag (kvartal och områden som saknas): 2031K1 (Värmdö)");
    }

    @Test
    void rankingOfTheKommunerInTheLanForAChosenSeriesWithTheAreaMarked() {
        ForsorjningsmattView vy = forbundNorraStockholm();
        List<List<String>> totalt = rader("fm-rankning");
        assertThat(totalt).hasSize(26);
        assertThat(totalt.subList(0, 2))
                .containsExactly(List.of("▶ Upplands Väsby", "6,00"), List.of("▶ Vallentuna", "3,00"));
        assertThat(totalt.subList(2, 26)).allSatisfy(r -> assertThat(r.get(1)).isEqualTo("saknas"));
        assertThat(totalt).contains(List.of("▶ Värmdö", "saknas"));

        vy.rankningSerie.setValue("OHALSA");
        assertThat(rader("fm-rankning").subList(0, 2))
                .containsExactly(List.of("▶ Vallentuna", "2,00"), List.of("▶ Upplands Väsby", "1,00"));

        vy.niva.setValue(Niva.KOMMUN);
        vy.omrade.setValue(new ForsorjningsmattView.Val("2584", "Kiruna (2584)"));
        List<List<String>> norrbotten = rader("fm-rankning");
        assertThat(norrbotten.getFirst()).containsExactly("▶ Kiruna", "10,00");
        assertThat(norrbotten.stream().filter(r -> r.getFirst().startsWith("▶")))
                .hasSize(1);
    }

    @Test
    void exportsWhatIsShownAsXlsxAndCsv() throws Exception {
        forbundNorraStockholm();
        byte[] xlsx = DownloadKt._download(_get(Anchor.class, spec -> spec.withId("fm-export-xlsx")));
        try (XSSFWorkbook bok = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(bok.getNumberOfSheets())
                    .as("comparison, time series, groups, members, ranking")
                    .isEqualTo(5);
            Sheet jamforelse = bok.getSheetAt(0);
            assertThat(jamforelse.getRow(1).getCell(2).getStringCellValue()).isEqualTo("Stockholms län");
            assertThat(jamforelse.getRow(2).getCell(3).getNumericCellValue())
                    .as("riket")
                    .isEqualTo(5.5);
            Sheet medlemmar = bok.getSheetAt(3);
            assertThat(medlemmar.getRow(2).getCell(0).getStringCellValue()).isEqualTo("Upplands Väsby");
            assertThat(medlemmar.getRow(2).getCell(1).getNumericCellValue()).isEqualTo(6.0);
            assertThat(medlemmar.getRow(4).getCell(1).getStringCellValue())
                    .as("missing, not 0")
                    .isEqualTo("saknas");
            Sheet grupper = bok.getSheetAt(2);
            assertThat(grupper.getRow(4).getCell(0).getStringCellValue()).isEqualTo("Riket");
            assertThat(grupper.getRow(4).getCell(1).getNumericCellValue()).isEqualTo(3.75);
            assertThat(grupper.getRow(4).getCell(4).getNumericCellValue()).isEqualTo(5.5);
            Sheet tid = bok.getSheetAt(1);
            assertThat(tid.getRow(2).getCell(0).getStringCellValue()).isEqualTo("2031K1");
            assertThat(tid.getRow(2).getCell(1).getNumericCellValue()).isEqualTo(30000.0);
            assertThat(tid.getRow(2).getCell(2).getNumericCellValue()).isEqualTo(4.0);
        }
        String csv = new String(
                DownloadKt._download(_get(Anchor.class, spec -> spec.withId("fm-export-csv"))), StandardCharsets.UTF_8);
        assertThat(csv)
                .startsWith("\uFEFF")
                .contains("\r\nUpplands Väsby;6,00\r\n")
                .contains("Värmdö;saknas")
                .contains("Riket;3,75;0,50;1,25;5,50");
    }

    @Test
    void theLineChartsComparisonWithLanAndRiketIsAlsoATable() {
        ForsorjningsmattView vy = forbundNorraStockholm();
        @SuppressWarnings("unchecked")
        Grid<Linjesektion.Linjepunkt> grid = _get(Grid.class, spec -> spec.withId("fm-jamforelse"));
        assertThat(grid.getColumns().stream().map(Grid.Column::getHeaderText))
                .containsExactly("Kvartal", "Samordningsförbundet Norra Stockholm", "Stockholms län", "Riket");
        assertThat(GridKt._getFormattedRow(grid, 0)).containsExactly("2031K1", "4,00", "4,00", "5,50");
        vy.serie.setValue("OHALSA");
        assertThat(GridKt._getFormattedRow(_get(Grid.class, spec -> spec.withId("fm-jamforelse")), 0))
                .containsExactly("2031K1", "1,67", "1,67", "3,75");
    }

    @Test
    void everyQuarterOfTheTimeSeriesTableIsInThePageForPrinting() {
        ForsorjningsmattView vy = forbundNorraStockholm();
        vy.fran.setValue(Kvartal.parse("2010K1"));
        @SuppressWarnings("unchecked")
        Grid<KvartalsVarde> tabell = _get(Grid.class, spec -> spec.withId("fm-tabell"));
        assertThat(GridKt._size(tabell)).isGreaterThan(24);
        assertThat(tabell.isAllRowsVisible()).isTrue();
        assertThat(List.of(
                        vy.niva.getParent().orElseThrow(),
                        vy.rankningSerie,
                        _get(Anchor.class, spec -> spec.withId("fm-export-csv"))
                                .getParent()
                                .orElseThrow()))
                .as("pickers and download links are left out of the printout")
                .allSatisfy(c -> assertThat(c.getElement().getClassList()).contains("sus-ej-utskrift"));
    }

    @Test
    void aForbundUserStartsOnTheirOwnForbund() throws Exception {
        login("samverkan", DEMO_LOSENORD);
        UI.getCurrent().navigate(ForsorjningsmattView.class);
        ForsorjningsmattView vy = _get(ForsorjningsmattView.class);
        assertThat(vy.niva.getValue()).isEqualTo(Niva.FORBUND);
        assertThat(vy.omrade.getValue().namn()).isEqualTo("Samordningsförbundet Norra Stockholm");
    }

    @Test
    void anyoneSeesAKommunWithChartTableAndCsvLink() {
        UI.getCurrent().navigate(ForsorjningsmattView.class);
        ForsorjningsmattView vy = _get(ForsorjningsmattView.class);
        vy.niva.setValue(Niva.KOMMUN);
        vy.omrade.setValue(new ForsorjningsmattView.Val("2584", "Kiruna (2584)"));
        vy.fran.setValue(Kvartal.parse("2030K1"));
        vy.till.setValue(Kvartal.parse("2030K2"));

        @SuppressWarnings("unchecked")
        Grid<KvartalsVarde> tabell = _get(Grid.class, spec -> spec.withId("fm-tabell"));
        assertThat(GridKt._size(tabell)).isEqualTo(2);
        KvartalsVarde k1 = GridKt._get(tabell, 0);
        assertThat(k1.krPerInvanareOchDag().get("TOTALT").setScale(2, RoundingMode.HALF_UP))
                .isEqualByComparingTo(new BigDecimal("10.00"));
        assertThat(GridKt._get(tabell, 1).krPerInvanareOchDag().get("EKB_INKL").setScale(2, RoundingMode.HALF_UP))
                .isEqualByComparingTo(new BigDecimal("2.00"));
        assertThat(_find(Svg.class))
                .as("line chart, groups, ranking in the län")
                .hasSize(3);
        assertThat(_get(Anchor.class, spec -> spec.withId("fm-csv")).getHref())
                .isEqualTo("api/v1/forsorjningsmatt?niva=kommun&kod=2584&fran=2030K1&till=2030K2&format=csv");
        assertThat(_get(Anchor.class, spec -> spec.withId("logga-in")))
                .as("anonymous: a login link")
                .isNotNull();
    }

    @Test
    void reversedQuartersAreExplained() {
        UI.getCurrent().navigate(ForsorjningsmattView.class);
        ForsorjningsmattView vy = _get(ForsorjningsmattView.class);
        vy.niva.setValue(Niva.RIKET);
        vy.fran.setValue(Kvartal.parse("2030K2"));
        vy.till.setValue(Kvartal.parse("2030K1"));
        assertThat(_find(Paragraph.class).stream().map(Paragraph::getText))
                .contains("Från-kvartalet ligger efter till-kvartalet.");
    }

    @Test
    void theEnglishDashboardSaysSwedenAndItsSpreadsheetCsvStillHasTheDecimalComma() {
        UI.getCurrent().setLocale(java.util.Locale.ENGLISH);
        ForsorjningsmattView vy = forbundNorraStockholm();
        assertThat(rader("fm-grupper").getLast()).containsExactly("Sweden", "3.75", "0.50", "1.25", "5.50");
        @SuppressWarnings("unchecked")
        Grid<Linjesektion.Linjepunkt> grid = _get(Grid.class, spec -> spec.withId("fm-jamforelse"));
        assertThat(grid.getColumns().stream().map(Grid.Column::getHeaderText)).contains("Sweden");
        String csv = new String(
                DownloadKt._download(_get(Anchor.class, spec -> spec.withId("fm-export-csv"))), StandardCharsets.UTF_8);
        assertThat(csv)
                .as("a spreadsheet export is for Swedish spreadsheets whatever the page's language")
                .contains("Sweden;3,75;0,50;1,25;5,50")
                .doesNotContain("Riket");

        vy.niva.setValue(Niva.RIKET);
        assertThat(_find(com.vaadin.flow.component.html.H2.class).stream()
                        .map(com.vaadin.flow.component.html.H2::getText))
                .containsExactly("Sweden");
        assertThat(_find(Svg.class).stream().map(svg -> svg.getElement().getProperty("innerHTML", "")))
                .noneMatch(svg -> svg.contains("Riket"));
    }

    @Test
    void theChoicesAreInTheAddressAndOpenAgainFromIt() {
        ForsorjningsmattView vy = forbundNorraStockholm();
        vy.serie.setValue("OHALSA");
        vy.rankningSerie.setValue("EKB");
        String kod = vy.omrade.getValue().kod();
        String adress = vy.adress();
        assertThat(adress)
                .isEqualTo("forsorjningsmatt?niva=forbund&kod=" + kod
                        + "&fran=2031K1&till=2031K1&serie=OHALSA&rankning=EKB");

        // Opened again, e.g. after the language switch reloads the page, or from a bookmark.
        UI.getCurrent().navigate("");
        UI.getCurrent().setLocale(java.util.Locale.ENGLISH);
        oppna(adress);
        ForsorjningsmattView igen = _get(ForsorjningsmattView.class);
        assertThat(igen).isNotSameAs(vy);
        assertThat(igen.val()).isEqualTo(vy.val());
        assertThat(igen.omrade.getValue().namn()).isEqualTo("Samordningsförbundet Norra Stockholm");
        assertThat(rader("fm-medlemmar")).contains(List.of("Upplands Väsby", "6.00"));
    }

    @Test
    void aBadAddressFallsBackToTheDefaultsChoiceByChoice() {
        List<Kvartal> kvartal = new ArrayList<>();
        UI.getCurrent().navigate("forsorjningsmatt");
        ForsorjningsmattView vy = _get(ForsorjningsmattView.class);
        kvartal.addAll(vy.fran.getListDataView().getItems().toList());
        Panelval standard = vy.val();
        assertThat(standard.niva()).isEqualTo(Niva.RIKET);

        oppna("forsorjningsmatt?niva=galax&kod=0180&fran=2031K9&till=x&serie=NEJ&rankning=EKB&rankning=SA");
        assertThat(_get(ForsorjningsmattView.class).val())
                .isEqualTo(new Panelval(Niva.RIKET, null, kvartal.getFirst(), kvartal.getLast(), "TOTALT", "TOTALT"));

        oppna("forsorjningsmatt?niva=kommun&kod=9999&fran=2031K1&serie=EKB");
        assertThat(_get(ForsorjningsmattView.class).val())
                .as("an unknown kommun: the default area, the valid choices kept")
                .isEqualTo(new Panelval(Niva.RIKET, null, Kvartal.parse("2031K1"), kvartal.getLast(), "EKB", "TOTALT"));

        oppna("forsorjningsmatt?niva=kommun&kod=2584&till=2030K2&fran=2030K1");
        ForsorjningsmattView kiruna = _get(ForsorjningsmattView.class);
        assertThat(kiruna.omrade.getValue().kod()).isEqualTo("2584");
        assertThat(kiruna.adress())
                .isEqualTo("forsorjningsmatt?niva=kommun&kod=2584&fran=2030K1&till=2030K2"
                        + "&serie=TOTALT&rankning=TOTALT");
    }
}
