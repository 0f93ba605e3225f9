package se.finsam.sus.rapport.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.springframework.beans.factory.annotation.Value;
import se.finsam.sus.KaribuTest;
import se.finsam.sus.WebTest;
import se.finsam.sus.webb.Webbsession;

/**
 * A report opened from a bookmarked address in Debian's headless Chromium: the login comes first, then the very
 * report of the bookmark, and its XLSX download (fetched with the browser's session) holds the page's tables.
 */
class RapportWebblasareTest extends WebTest {

    private static final String BOKMARKE = "/rapporter/standard?period=2025&enhet=riket&jamfor=ja";

    @Value("${local.server.port}")
    int port;

    private Webbsession webb;

    @BeforeEach
    void startBrowser() {
        webb = Webbsession.starta(port, "1400,1000");
    }

    @AfterEach
    void stopBrowser() {
        if (webb != null) {
            webb.close();
        }
    }

    @Test
    void aBookmarkedReportOpensAfterLoginAndDownloadsAsXlsx() throws Exception {
        long start = System.nanoTime();
        webb.oppna(BOKMARKE);
        webb.vantaPaAdress("/login");
        webb.login().skickaIn("rapport", KaribuTest.DEMO_LOSENORD);
        try {
            webb.vantaPa(By.id("rapport-tabell-1"));
        } catch (RuntimeException e) {
            webb.skarmbild("rapport-bokmarke-fel.png");
            throw new AssertionError("No report table at " + webb.adress(), e);
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertThat(webb.adress()).contains("/rapporter/standard").contains("period=2025");
        assertThat(webb.hitta(By.id("rapport-urvalstext")).getText()).contains("2025-01-01");
        webb.skarmbild("rapport-standard.png");

        String href = webb.hitta(By.id("rapport-export-xlsx")).getAttribute("href");
        Cookie session = webb.driver().manage().getCookieNamed("JSESSIONID");
        HttpResponse<byte[]> svar = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(href))
                                .header("Cookie", "JSESSIONID=" + session.getValue())
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
        assertThat(svar.statusCode()).isEqualTo(200);
        assertThat(svar.headers().firstValue("Content-Disposition").orElse("")).contains("sus-standard-2025.xlsx");
        try (XSSFWorkbook bok = new XSSFWorkbook(new ByteArrayInputStream(svar.body()))) {
            assertThat(bok.getNumberOfSheets()).isPositive();
            assertThat(bok.getSheetAt(0).getRow(1).getCell(0).getStringCellValue())
                    .isNotBlank();
        }
        // Logged in: another report, from opening its address (a full page load) to its rendered table.
        long oppnad = System.nanoTime();
        webb.oppna("/rapporter/standard?period=2024&enhet=riket");
        webb.vantan()
                .until(d -> d.findElements(By.id("rapport-urvalstext")).stream()
                        .anyMatch(e -> e.getText().contains("2024-01-01")));
        webb.vantaPa(By.id("rapport-tabell-1"));
        long sida = (System.nanoTime() - oppnad) / 1_000_000;
        // And from a click on "Visa rapport" to the new table (the old one is replaced).
        org.openqa.selenium.WebElement gammal = webb.hitta(By.id("rapport-tabell-1"));
        long klick = System.nanoTime();
        webb.hitta(By.id("rapport-visa")).click();
        webb.vantan().until(org.openqa.selenium.support.ui.ExpectedConditions.stalenessOf(gammal));
        webb.vantaPa(By.id("rapport-tabell-1"));
        long klickTillTabell = (System.nanoTime() - klick) / 1_000_000;
        System.out.println("Report page figures: bookmarked report with login " + millis
                + " ms; a report page from opening its address to the rendered table " + sida
                + " ms; from a click on Visa rapport to the rendered table " + klickTillTabell + " ms");
    }
}
