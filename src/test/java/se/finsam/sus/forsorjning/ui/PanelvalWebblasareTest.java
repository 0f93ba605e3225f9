package se.finsam.sus.forsorjning.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Value;
import se.finsam.sus.WebTest;
import se.finsam.sus.webb.Webbsession;

/**
 * The dashboard's choices in its address, in Debian's headless Chromium: a shared link opens the area it names, the
 * address follows the choices (completed with the defaults), and the language switch, which reloads the page, keeps
 * the area and shows riket in the chosen language.
 */
class PanelvalWebblasareTest extends WebTest {

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
    void aSharedAddressOpensItsAreaAndTheLanguageSwitchKeepsIt() {
        webb.oppna("/forsorjningsmatt?niva=kommun&kod=2584&serie=OHALSA");
        try {
            webb.vantaPa(By.id("fm-jamforelse"));
            webb.vantan().until(d -> webb.adress().contains("&fran="));
        } catch (RuntimeException e) {
            webb.skarmbild("panelval-fel.png");
            throw new AssertionError("Dashboard not shown with its address at " + webb.adress(), e);
        }
        // Vaadin's history API keeps the parameters, not their order.
        assertThat(webb.adress())
                .as("the address completed with the defaults")
                .contains("/forsorjningsmatt?")
                .contains("niva=kommun", "kod=2584", "serie=OHALSA", "rankning=TOTALT")
                .containsPattern("fran=\\d{4}K\\d")
                .containsPattern("till=\\d{4}K\\d");
        assertThat(webb.hitta(By.cssSelector("#forsorjningsmatt h2")).getText()).isEqualTo("Kiruna");
        webb.skarmbild("panelval-svenska.png");

        webb.hitta(By.xpath("//vaadin-button[normalize-space()='English']")).click();
        webb.vantan()
                .until(d -> !d.findElements(By.xpath("//vaadin-button[normalize-space()='Svenska']"))
                        .isEmpty());
        webb.vantaPa(By.id("fm-jamforelse"));
        assertThat(webb.hitta(By.cssSelector("#forsorjningsmatt h2")).getText())
                .as("the area kept")
                .isEqualTo("Kiruna");
        assertThat(webb.adress()).contains("niva=kommun", "kod=2584", "serie=OHALSA");
        assertThat(webb.hitta(By.id("fm-jamforelse")).getText())
                .contains("Sweden")
                .doesNotContain("Riket");
        webb.skarmbild("panelval-engelska.png");
    }
}
