package se.finsam.sus.behorighet.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Value;
import se.finsam.sus.KaribuTest;
import se.finsam.sus.WebTest;
import se.finsam.sus.Webblasare;
import se.finsam.sus.behorighet.Totp;

/**
 * End to end in Debian's headless Chromium: the real login form, the real security filter chain, the start
 * view. Runs wherever Chromium is installed (CI installs it); nothing is ever downloaded.
 */
class InloggningWebblasareTest extends WebTest {

    @Value("${local.server.port}")
    int port;

    private WebDriver driver;

    @BeforeEach
    void startBrowser() {
        driver = Webblasare.starta("1280,900");
    }

    @AfterEach
    void stopBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    @Test
    void logsInThroughTheLoginFormAndLandsOnTheStartView() {
        driver.get("http://localhost:" + port + "/");
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(60));
        wait.until(d -> d.getCurrentUrl().endsWith("/login"));
        WebElement username = wait.until(d -> input(d, "vaadin-text-field"));
        username.sendKeys("handlaggare");
        input(driver, "vaadin-password-field").sendKeys(KaribuTest.DEMO_LOSENORD);
        driver.findElement(By.cssSelector(
                        "vaadin-login-form vaadin-button[slot='submit'], " + "vaadin-login-form vaadin-button"))
                .click();

        // Second factor: the demo handläggare's authenticator app is simulated from the README's demo secret.
        WebElement kod = wait.until(d -> d.findElements(By.cssSelector("#engangskod input")).stream()
                .findFirst()
                .orElse(null));
        kod.sendKeys(Totp.kod(se.finsam.sus.behorighet.DemoAnvandare.TOTP_HEMLIGHET, Totp.steg(Instant.now())));
        driver.findElement(By.id("fortsatt")).click();

        WebElement start;
        try {
            start = wait.until(
                    d -> d.findElements(By.id("startvy")).stream().findFirst().orElse(null));
        } catch (org.openqa.selenium.TimeoutException e) {
            screenshot("fel-efter-engangskod.png");
            throw e;
        }
        assertThat(start.getText()).contains("Välkommen, Hanna Handläggare");
        assertThat(driver.getCurrentUrl()).doesNotContain("login");
        screenshot("start.png");

        driver.findElement(By.id("logga-ut")).click();
        wait.until(d -> d.getCurrentUrl().endsWith("/login"));
        driver.get("http://localhost:" + port + "/profil");
        wait.until(d -> d.getCurrentUrl().endsWith("/login"));
    }

    private void screenshot(String name) {
        Webblasare.skarmbild(driver, name);
    }

    @Test
    void administratorSeesTheOrganisations() {
        driver.get("http://localhost:" + port + "/organisationer");
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(60));
        wait.until(d -> input(d, "vaadin-text-field")).sendKeys("admin");
        input(driver, "vaadin-password-field").sendKeys(KaribuTest.DEMO_LOSENORD);
        driver.findElement(By.cssSelector("vaadin-login-form vaadin-button")).click();
        wait.until(d -> d.findElements(By.cssSelector("#engangskod input")).stream()
                        .findFirst()
                        .orElse(null))
                .sendKeys(Totp.kod(se.finsam.sus.behorighet.DemoAnvandare.TOTP_HEMLIGHET, Totp.steg(Instant.now())));
        driver.findElement(By.id("fortsatt")).click();
        wait.until(d -> d.findElements(By.id("huvudmeny")).stream().findFirst().orElse(null));
        driver.get("http://localhost:" + port + "/organisationer");
        wait.until(d -> d.getPageSource().contains("Samordningsförbundet Norra Stockholm"));
        screenshot("organisationer.png");
    }

    @Test
    void anyoneOpensTheForsorjningsmattDashboard() {
        driver.get("http://localhost:" + port + "/forsorjningsmatt");
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(60));
        wait.until(d -> d.findElements(By.id("fm-tabell")).stream().findFirst().orElse(null));
        assertThat(driver.getCurrentUrl()).endsWith("/forsorjningsmatt");
        assertThat(driver.findElements(By.cssSelector("svg[role='img'] polyline")))
                .isNotEmpty();
        screenshot("forsorjningsmatt.png");
    }

    @Test
    void wrongPasswordShowsTheGenericMessage() {
        driver.get("http://localhost:" + port + "/login");
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(60));
        wait.until(d -> input(d, "vaadin-text-field")).sendKeys("rapport");
        input(driver, "vaadin-password-field").sendKeys("fel-losenord");
        driver.findElement(By.cssSelector("vaadin-login-form vaadin-button")).click();
        wait.until(d -> d.getCurrentUrl().contains("error"));
        String text = wait.until(d -> {
            Object t = ((JavascriptExecutor) d)
                    .executeScript("const f = document.querySelector('vaadin-login-form');"
                            + "return f && f.error ? f.i18n.errorMessage.message : null;");
            return t == null ? null : t.toString();
        });
        assertThat(text).isEqualTo("Fel användarnamn eller lösenord.");
    }

    /** The input inside a Vaadin field of the login form (the native input is slotted into the light DOM). */
    private static WebElement input(SearchContext context, String field) {
        return context.findElements(By.cssSelector("vaadin-login-form " + field + " input")).stream()
                .findFirst()
                .orElse(null);
    }
}
