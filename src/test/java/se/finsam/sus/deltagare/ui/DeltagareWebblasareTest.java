package se.finsam.sus.deltagare.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.core.context.SecurityContextHolder;
import se.finsam.sus.KaribuTest;
import se.finsam.sus.WebTest;
import se.finsam.sus.Webblasare;
import se.finsam.sus.behorighet.DemoAnvandare;
import se.finsam.sus.behorighet.TestInloggning;
import se.finsam.sus.behorighet.Totp;
import se.finsam.sus.behorighet.UppdragAdministration;
import se.finsam.sus.deltagare.DeltagandeService;
import se.finsam.sus.deltagare.Forsorjning;
import se.finsam.sus.deltagare.Forsorjningskalla;
import se.finsam.sus.deltagare.Inskrivning;
import se.finsam.sus.deltagare.Myndighet;
import se.finsam.sus.deltagare.Samtycke;
import se.finsam.sus.deltagare.TidIUtanforskap;
import se.finsam.sus.organisation.InsatsService;
import se.finsam.sus.organisation.OrganisationService;
import se.finsam.sus.organisation.Uppfoljningsmetod;

/**
 * End to end in headless Chromium: the handläggare logs in with the second factor, opens the participants of an
 * insats and the registration form. Screenshots go to target/screenshots for a person to look at.
 */
class DeltagareWebblasareTest extends WebTest {

    @Value("${local.server.port}")
    int port;

    @Autowired
    AuthenticationConfiguration authenticationConfiguration;

    @Autowired
    OrganisationService organisationer;

    @Autowired
    InsatsService insatser;

    @Autowired
    UppdragAdministration uppdrag;

    @Autowired
    DeltagandeService deltagare;

    @Autowired
    JdbcTemplate jdbc;

    private WebDriver driver;
    private long insatsId;

    @BeforeEach
    void insatsMedDeltagareOchWebblasare() throws Exception {
        Webblasare.kravInstallerad();
        logga("insats");
        insatsId = DeltagarTestdata.nyInsats(organisationer, insatser, Uppfoljningsmetod.INDIVID);
        DeltagarTestdata.handlaggareI(uppdrag, insatsId);
        logga("handlaggare");
        LocalDate idag = LocalDate.now();
        for (int i = 0; i < 12; i++) {
            LocalDate fodd = LocalDate.of(1970 + i * 3, 1 + i % 12, 1 + i);
            deltagare.registrera(
                    insatsId,
                    new Inskrivning(
                            DeltagarTestdata.personnummer(fodd, i),
                            idag.minusDays(30 - i),
                            new Samtycke(idag.minusDays(30 - i), Set.of(Myndighet.FORSAKRINGSKASSAN), true),
                            null,
                            DeltagarTestdata.HEMKOMMUN,
                            null,
                            Myndighet.values()[i % 4],
                            TidIUtanforskap.values()[i % 6],
                            new Forsorjning(Set.of(Forsorjningskalla.values()[i % 10]), 0, 0, 0, 0)));
        }
        SecurityContextHolder.clearContext();
        driver = Webblasare.starta("1400,1000");
    }

    private void logga(String anvandare) throws Exception {
        TestInloggning.fullt(authenticationConfiguration
                .getAuthenticationManager()
                .authenticate(
                        UsernamePasswordAuthenticationToken.unauthenticated(anvandare, KaribuTest.DEMO_LOSENORD)));
    }

    @AfterEach
    void stopBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    @Test
    void handlaggareOpensTheParticipantsAndTheRegistrationForm() throws Exception {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(60));
        driver.get("http://localhost:" + port + "/deltagare");
        wait.until(d -> d.getCurrentUrl().endsWith("/login"));
        wait.until(d -> input(d, "vaadin-login-form vaadin-text-field input")).sendKeys("handlaggare");
        input(driver, "vaadin-login-form vaadin-password-field input").sendKeys(KaribuTest.DEMO_LOSENORD);
        driver.findElement(By.cssSelector("vaadin-login-form vaadin-button")).click();
        wait.until(d -> input(d, "#engangskod input")).sendKeys(engangskod());
        driver.findElement(By.id("fortsatt")).click();
        wait.until(d -> d.findElements(By.id("huvudmeny")).stream().findFirst().orElse(null));

        driver.get("http://localhost:" + port + "/deltagare");
        wait.until(
                d -> d.findElements(By.id("mina-insatser")).stream().findFirst().orElse(null));
        screenshot("deltagare.png");

        driver.get("http://localhost:" + port + "/insatser/" + insatsId + "/deltagare");
        wait.until(d -> d.findElements(By.cssSelector("#deltagare-grid vaadin-grid-cell-content a"))
                        .size()
                >= 12);
        screenshot("deltagare-grid.png");

        driver.findElement(By.id("registrera")).click();
        WebElement identitet = wait.until(d -> input(d, "#identitetsnummer input"));
        identitet.sendKeys("121212-1213", Keys.TAB);
        WebElement fel =
                wait.until(d -> d.findElements(By.cssSelector("#identitetsnummer [slot='error-message']")).stream()
                        .filter(e -> !e.getText().isBlank())
                        .findFirst()
                        .orElse(null));
        screenshot("registrering.png");
        assertThat(fel.getText()).startsWith("Kontrollsiffran");
        ((JavascriptExecutor) driver)
                .executeScript("arguments[0].scrollIntoView()", driver.findElement(By.id("forsorjning-start-kallor")));
        screenshot("registrering-forsorjning.png");

        driver.findElement(By.id("registrera-dialog-avbryt")).click();
        driver.findElement(By.cssSelector("#deltagare-grid vaadin-grid-cell-content a"))
                .click();
        wait.until(d -> d.findElements(By.id("historik")).size()
                        + d.findElements(By.id("ratta-inskrivning")).size()
                > 0);
        screenshot("deltagande.png");
    }

    /** The current one-time code, for a time step after the last one the demo handläggare used. */
    private String engangskod() throws InterruptedException {
        long senast = jdbc.queryForObject(
                "select totp_senaste_steg from anvandare where anvandarnamn = ?", Long.class, "handlaggare");
        // Codes are accepted one step either side of now, and never twice: wait until the next unused one is valid.
        while (Totp.steg(Instant.now()) < senast) {
            Thread.sleep(1000);
        }
        return Totp.kod(DemoAnvandare.TOTP_HEMLIGHET, Math.max(Totp.steg(Instant.now()), senast + 1));
    }

    private static WebElement input(WebDriver d, String css) {
        return d.findElements(By.cssSelector(css)).stream().findFirst().orElse(null);
    }

    private void screenshot(String name) {
        Webblasare.skarmbild(driver, name);
    }
}
