package se.finsam.sus.behorighet.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationContext;
import se.finsam.sus.WebTest;
import se.finsam.sus.base.Roll;
import se.finsam.sus.webb.WebbAnvandare;
import se.finsam.sus.webb.Webbsession;

/**
 * End to end in Debian's headless Chromium: the real login form, the real security filter chain, the start
 * view. Runs wherever Chromium is installed (CI installs it); nothing is ever downloaded. The users who log in
 * are this class's own, with their own second-factor secrets, so no other browser test can use up their codes.
 */
class InloggningWebblasareTest extends WebTest {

    @Value("${local.server.port}")
    int port;

    @Autowired
    ApplicationContext spring;

    private Webbsession webb;

    @BeforeEach
    void startBrowser() {
        webb = Webbsession.starta(port, "1280,900");
    }

    @AfterEach
    void stopBrowser() {
        if (webb != null) {
            webb.close();
        }
    }

    @Test
    void logsInThroughTheLoginFormAndLandsOnTheStartView() throws Exception {
        WebbAnvandare handlaggare = WebbAnvandare.skapa(spring, Roll.DELTAGARANSVARIG, "Hanna Handläggare");
        webb.oppna("/");
        webb.vantaPaAdress("/login");
        // Second factor: the handläggare's authenticator app is simulated from the secret enrolled at creation.
        webb.loggaIn(handlaggare);

        WebElement start = webb.start().vantaPa();
        assertThat(start.getText()).contains("Välkommen, Hanna Handläggare");
        assertThat(webb.adress()).doesNotContain("login");
        webb.skarmbild("start.png");

        webb.huvudlayout().loggaUt();
        webb.vantaPaAdress("/login");
        webb.oppna("/profil");
        webb.vantaPaAdress("/login");
    }

    @Test
    void administratorSeesTheOrganisations() throws Exception {
        WebbAnvandare admin = WebbAnvandare.skapa(spring, Roll.SYSTEMADMINISTRATOR, "Webbtest Administratör");
        webb.oppna("/organisationer");
        webb.loggaIn(admin);
        webb.oppna("/organisationer");
        webb.vantan().until(d -> d.getPageSource().contains("Samordningsförbundet Norra Stockholm"));
        webb.skarmbild("organisationer.png");
    }

    @Test
    void anyoneOpensTheForsorjningsmattDashboard() {
        webb.oppna("/forsorjningsmatt");
        webb.vantaPa(By.id("fm-tabell"));
        // The dashboard writes its choices into the address (issue 13), so only the path is fixed.
        assertThat(java.net.URI.create(webb.adress()).getPath()).isEqualTo("/forsorjningsmatt");
        assertThat(webb.driver().findElements(By.cssSelector("svg[role='img'] polyline")))
                .isNotEmpty();
        webb.skarmbild("forsorjningsmatt.png");
    }

    @Test
    void wrongPasswordShowsTheGenericMessage() {
        webb.oppna("/login");
        webb.login().skickaIn("rapport", "fel-losenord");
        assertThat(webb.login().felmeddelande())
                .isEqualTo(
                        "Fel användarnamn eller lösenord. Efter fem misslyckade försök i rad är kontot låst en kort stund.");
    }

    /** Issue 13: a refused login cleared the user name; only the password is typed again. */
    @Test
    void aRefusedLoginKeepsTheUserName() {
        webb.oppna("/login");
        webb.login().skickaIn("rapport", "fel-losenord");
        webb.login().felmeddelande();
        assertThat(webb.login().anvandarnamn()).isEqualTo("rapport");
    }
}
