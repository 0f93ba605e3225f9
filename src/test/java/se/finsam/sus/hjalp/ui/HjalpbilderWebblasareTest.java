package se.finsam.sus.hjalp.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.awt.image.IndexColorModel;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.core.context.SecurityContextHolder;
import se.finsam.sus.KaribuTest;
import se.finsam.sus.WebTest;
import se.finsam.sus.Webblasare;
import se.finsam.sus.base.Roll;
import se.finsam.sus.behorighet.TestInloggning;
import se.finsam.sus.behorighet.UppdragAdministration;
import se.finsam.sus.webb.WebbAnvandare;
import se.finsam.sus.webb.Webbsession;

/**
 * The screenshots of the user guide, taken in headless Chromium at 1280×800 from the demo data, so that they show
 * the application as it is. By default they go to {@code target/hjalpbilder} for a person to compare; with
 * {@code -Dsus.hjalpbilder.uppdatera=true} they replace the guide's images in
 * {@code src/main/resources/META-INF/resources/hjalp/bilder} (then commit them). Each image is reduced to at most
 * 256 colours, which keeps the files small and the text sharp. The file names are the ones the Markdown pages
 * use ({@code HjalpsidorTest} checks that each exists).
 */
class HjalpbilderWebblasareTest extends WebTest {

    static final Path BILDMAPP = Path.of("src/main/resources/META-INF/resources/hjalp/bilder");

    @Value("${local.server.port}")
    int port;

    @Autowired
    ApplicationContext spring;

    @Autowired
    AuthenticationConfiguration authenticationConfiguration;

    @Autowired
    UppdragAdministration uppdrag;

    @Autowired
    JdbcTemplate jdbc;

    private Webbsession webb;

    @AfterEach
    void stangWebblasaren() {
        if (webb != null) {
            webb.close();
        }
    }

    @Test
    void screenshotsOfThePagesTheGuideShows() throws Exception {
        Webblasare.kravInstallerad();
        // An open participation in a running individual insats of the demo data, and its förbund.
        long insats = jdbc.queryForObject(
                "select d.insats_id from deltagande d join insats i on i.id = d.insats_id"
                        + " where d.slutdatum is null and i.slutdatum is null"
                        + " group by d.insats_id order by count(*) desc, d.insats_id limit 1",
                Long.class);
        long deltagande = jdbc.queryForObject(
                "select min(id) from deltagande where insats_id = ? and slutdatum is null", Long.class, insats);
        long organisation = jdbc.queryForObject("select organisation_id from insats where id = ?", Long.class, insats);

        WebbAnvandare handlaggare = WebbAnvandare.skapa(spring, Roll.DELTAGARANSVARIG, "Hanna Hjälpsam");
        WebbAnvandare admin = WebbAnvandare.skapa(spring, Roll.SYSTEMADMINISTRATOR, "Sara Systemadministratör");
        try {
            TestInloggning.fullt(authenticationConfiguration
                    .getAuthenticationManager()
                    .authenticate(
                            UsernamePasswordAuthenticationToken.unauthenticated("admin", KaribuTest.DEMO_LOSENORD)));
            LocalDate idag = LocalDate.now();
            uppdrag.geInsatsuppdrag(
                    handlaggare.anvandarnamn(),
                    Roll.DELTAGARANSVARIG,
                    insats,
                    idag.minusDays(1),
                    idag.plusMonths(6),
                    null);
        } finally {
            SecurityContextHolder.clearContext();
        }

        webb = webblasare();
        webb.oppna("/");
        webb.loggaIn(handlaggare);
        webb.vantaPa(By.id("mina-uppdrag"));
        spara("start.png");

        webb.oppna("/insatser/" + insats + "/deltagare");
        webb.vantaPa(By.cssSelector("#deltagare-grid vaadin-grid-cell-content a"));
        webb.hitta(By.id("registrera")).click();
        webb.vantaPa(By.cssSelector("#identitetsnummer input"));
        spara("deltagare-registrering.png");

        webb.oppna("/deltagande/" + deltagande);
        webb.vantaPa(By.id("skriv-ut"));
        spara("deltagande.png");
        // Below the fold: clicked as a user would after scrolling.
        ((JavascriptExecutor) webb.driver()).executeScript("arguments[0].click()", webb.hitta(By.id("skriv-ut")));
        webb.vantaPa(By.cssSelector("#utskrivning #avslutsanledning"));
        spara("deltagare-utskrivning.png");
        webb.close();

        webb = webblasare();
        webb.oppna("/");
        webb.loggaIn(admin);
        webb.oppna("/organisationer/" + organisation);
        webb.vantaPa(By.cssSelector("#samverkansbudget vaadin-grid-cell-content"));
        spara("organisation.png");
        webb.oppna("/insatser/" + insats);
        webb.vantaPa(By.cssSelector("#insatsbudget vaadin-grid-cell-content"));
        spara("insats.png");
        webb.oppna("/admin/uppdrag");
        webb.vantaPa(By.cssSelector("#uppdrag-oversikt vaadin-grid-cell-content"));
        spara("uppdrag.png");
        webb.oppna("/admin/import");
        webb.vantaPa(By.id("import-upload"));
        spara("import.png");
        webb.close();

        webb = webblasare();
        webb.oppna("/login");
        webb.login().skickaIn("rapport", KaribuTest.DEMO_LOSENORD);
        webb.huvudlayout().vantaPa();
        webb.oppna("/rapporter/standard?period=2025&enhet=riket");
        webb.vantaPa(By.id("rapport-tabell-1"));
        spara("rapport.png");
        webb.close();

        // The dashboard is public: as anyone sees it without logging in.
        webb = webblasare();
        webb.oppna("/forsorjningsmatt");
        webb.vantaPa(By.cssSelector("#forsorjningsmatt vaadin-grid"));
        spara("forsorjningsmatt.png");
    }

    @Test
    void theGuideShowsItsScreenshots() throws Exception {
        webb = webblasare();
        webb.oppna("/hjalp/avsluta");
        webb.login().skickaIn("insats", KaribuTest.DEMO_LOSENORD);
        webb.vantaPa(By.cssSelector("#hjalp-text table"));
        assertThat(webb.hitta(By.cssSelector("#hjalp-text h1")).getText()).isEqualTo("Avsluta ett deltagande");
        // The image is served to the logged-in user as a PNG ...
        WebElement bild = webb.hitta(By.cssSelector("#hjalp-text img"));
        String adress = bild.getDomProperty("src");
        assertThat(adress).endsWith("/hjalp/bilder/deltagare-utskrivning.png");
        Cookie session = webb.driver().manage().getCookieNamed("JSESSIONID");
        HttpResponse<byte[]> svar = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(adress))
                                .header("Cookie", "JSESSIONID=" + session.getValue())
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
        assertThat(svar.statusCode()).as(adress).isEqualTo(200);
        assertThat(svar.headers().firstValue("Content-Type").orElse("")).startsWith("image/png");
        // ... and the browser shows it once it is scrolled to (the guide's images load lazily).
        webb.rullaFram(bild);
        Object bredd = webb.vantan()
                .until(d -> ((JavascriptExecutor) d)
                        .executeScript(
                                "const i = arguments[0];"
                                        + "return i.complete && i.naturalWidth > 0 ? i.naturalWidth : null;",
                                bild));
        assertThat(((Number) bredd).intValue()).isEqualTo(1280);
        webb.skarmbild("hjalp-avsluta.png");
    }

    /** A browser whose page area (not its window) is 1280×800, the size of every screenshot. */
    private Webbsession webblasare() {
        Webbsession ny = Webbsession.starta(port, "1280,800");
        ny.oppna("/login");
        Number ram = (Number)
                ((JavascriptExecutor) ny.driver()).executeScript("return window.outerHeight - window.innerHeight;");
        ny.driver().manage().window().setSize(new Dimension(1280, 800 + ram.intValue()));
        return ny;
    }

    /** Lets the page settle (fonts, grids, charts), then saves the visible part as a small PNG. */
    private void spara(String namn) throws Exception {
        ((JavascriptExecutor) webb.driver())
                .executeScript(
                        "document.activeElement && document.activeElement.blur && document.activeElement.blur()");
        Thread.sleep(1500);
        byte[] png = ((TakesScreenshot) webb.driver()).getScreenshotAs(OutputType.BYTES);
        boolean uppdatera = Boolean.getBoolean("sus.hjalpbilder.uppdatera");
        Path mapp = Files.createDirectories(uppdatera ? BILDMAPP : Path.of("target", "hjalpbilder"));
        Files.write(mapp.resolve(namn), palett(png));
    }

    /**
     * The image with its 255 most frequent colours (plus one spare), every other colour mapped to the nearest of
     * them: screenshots of forms are mostly flat colours, so this keeps them sharp at a fraction of the size.
     */
    static byte[] palett(byte[] png) {
        try {
            BufferedImage bild = ImageIO.read(new ByteArrayInputStream(png));
            int b = bild.getWidth();
            int h = bild.getHeight();
            int[] pixlar = bild.getRGB(0, 0, b, h, null, 0, b);
            Map<Integer, Integer> antal = new HashMap<>();
            for (int p : pixlar) {
                antal.merge(p & 0xFFFFFF, 1, Integer::sum);
            }
            List<Integer> farger = antal.entrySet().stream()
                    .sorted(Map.Entry.<Integer, Integer>comparingByValue(Comparator.reverseOrder()))
                    .limit(256)
                    .map(Map.Entry::getKey)
                    .toList();
            byte[] r = new byte[farger.size()];
            byte[] g = new byte[farger.size()];
            byte[] bl = new byte[farger.size()];
            for (int i = 0; i < farger.size(); i++) {
                r[i] = (byte) (farger.get(i) >> 16);
                g[i] = (byte) (farger.get(i) >> 8);
                bl[i] = (byte) (int) farger.get(i);
            }
            Map<Integer, Integer> index = new HashMap<>();
            BufferedImage ut = new BufferedImage(
                    b, h, BufferedImage.TYPE_BYTE_INDEXED, new IndexColorModel(8, farger.size(), r, g, bl));
            var raster = ut.getRaster();
            for (int i = 0; i < pixlar.length; i++) {
                int farg = pixlar[i] & 0xFFFFFF;
                raster.setSample(i % b, i / b, 0, index.computeIfAbsent(farg, f -> narmast(f, farger)));
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(ut, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int narmast(int farg, List<Integer> farger) {
        int basta = 0;
        long minst = Long.MAX_VALUE;
        for (int i = 0; i < farger.size(); i++) {
            int f = farger.get(i);
            long dr = ((farg >> 16) & 0xFF) - ((f >> 16) & 0xFF);
            long dg = ((farg >> 8) & 0xFF) - ((f >> 8) & 0xFF);
            long db = (farg & 0xFF) - (f & 0xFF);
            long avstand = dr * dr * 3 + dg * dg * 4 + db * db * 2;
            if (avstand < minst) {
                minst = avstand;
                basta = i;
            }
        }
        return basta;
    }
}
