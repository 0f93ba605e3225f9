package se.finsam.sus.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Value;
import se.finsam.sus.WebTest;
import se.finsam.sus.webb.Sidgranskning;
import se.finsam.sus.webb.Sidgranskning.Sidram;
import se.finsam.sus.webb.Webbsession;

/**
 * The frame of every page in a real browser (issue 13): the page language follows the chosen language, every
 * page has a title "<page> – SUS" and exactly one h1, the layout has header, navigation, main and footer landmarks,
 * the drawer toggle speaks Swedish (the not-found page, which needs a login, is in SidtitelTest), the accessibility statement is linked, and the favicon is there.
 */
class SidramWebblasareTest extends WebTest {

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
    void aPageInTheLayoutHasLanguageTitleOneH1AndLandmarks() {
        Sidram sida = oppna("/forsorjningsmatt");
        assertThat(sida.sprak()).isEqualTo("sv");
        assertThat(sida.titel()).isEqualTo("Försörjningsmått – SUS");
        assertThat(sida.h1()).containsExactly("Försörjningsmått");
        assertThat(sida.main()).isEqualTo(1);
        assertThat(sida.header()).isEqualTo(1);
        assertThat(sida.nav()).isEqualTo(1);
        assertThat(sida.footer()).isEqualTo(1);
        // The view sits in main; the menu, the header and the footer do not.
        assertThat(webb.hitta(By.tagName("main")).findElements(By.tagName("h1")))
                .hasSize(1);
        assertThat(webb.hitta(By.tagName("vaadin-drawer-toggle")).getAttribute("aria-label"))
                .isEqualTo("Visa eller dölj menyn");
        assertThat(webb.hitta(By.cssSelector("footer #lank-tillganglighet")).getAttribute("href"))
                .endsWith("/tillganglighet");
    }

    @Test
    void theStatementAndLoginPagesHaveTitlesAndOneH1() {
        Sidram statement = oppna("/tillganglighet");
        assertThat(statement.titel()).isEqualTo("Tillgänglighet – SUS");
        assertThat(statement.h1()).containsExactly("Tillgänglighet för SUS");
        assertThat(webb.hitta(By.id("support")).getText()).startsWith("Support:");

        Sidram login = oppna("/login");
        assertThat(login.sprak()).isEqualTo("sv");
        assertThat(login.titel()).isEqualTo("Logga in – SUS");
        assertThat(login.h1()).hasSize(1);
        assertThat(login.main()).isEqualTo(1);
        assertThat(webb.hitta(By.id("lank-tillganglighet")).getAttribute("href"))
                .endsWith("/tillganglighet");
    }

    @Test
    void switchingToEnglishChangesThePageLanguageAndTitles() {
        oppna("/tillganglighet");
        webb.hitta(By.id("byt-sprak")).click();
        webb.vantan().until(d -> "en".equals(webb.granskning().sidram().sprak()));
        Sidgranskning granskning = webb.granskning();
        granskning.vantaTillsKlar();
        Sidram sida = granskning.sidram();
        assertThat(sida.titel()).isEqualTo("Accessibility – SUS");
        assertThat(sida.h1()).containsExactly("Accessibility of SUS");
        assertThat(webb.hitta(By.tagName("vaadin-drawer-toggle")).getAttribute("aria-label"))
                .isEqualTo("Show or hide the menu");
    }

    @Test
    void theFaviconIsServedWithoutLogin() throws Exception {
        HttpResponse<byte[]> svar = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/favicon.ico"))
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
        assertThat(svar.statusCode()).isEqualTo(200);
        // An ICO file: reserved 0, type 1.
        assertThat(svar.body()).startsWith(new byte[] {0, 0, 1, 0});
    }

    @Test
    void anErrorAnsweredBeforeTheApplicationHasLanguageTitleOneH1AndMain() throws Exception {
        // Spring answers some requests itself (a refused or unknown address before Vaadin is reached): its error
        // page is SUS's static error/4xx.html, not the English "Whitelabel" page.
        HttpResponse<String> svar = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/error"))
                                .header("Accept", "text/html")
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(svar.body())
                .contains("<html lang=\"sv\">", "<title>", "<main>")
                .doesNotContain("Whitelabel");
        assertThat(svar.body().split("<h1>", -1)).hasSize(2);
    }

    private Sidram oppna(String vag) {
        webb.oppna(vag);
        Sidgranskning granskning = webb.granskning();
        granskning.vantaTillsKlar();
        return granskning.sidram();
    }
}
