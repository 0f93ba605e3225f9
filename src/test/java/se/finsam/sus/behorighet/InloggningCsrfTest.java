package se.finsam.sus.behorighet;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import se.finsam.sus.WebTest;

/**
 * Issue 12 #7, over real HTTP: a login posted from another site (login CSRF: the victim's browser is logged in
 * as the attacker) is refused; a login from the application's own page still works. The demo user
 * {@code samverkan} needs no second factor, so a correct password alone gives a full session.
 */
class InloggningCsrfTest extends WebTest {

    @Value("${local.server.port}")
    int port;

    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void aLoginPostedFromAForeignOriginIsRefused() throws Exception {
        HttpResponse<String> svar = loggaIn("Origin", "https://angripare.example");
        assertThat(svar.statusCode()).isEqualTo(403);
        assertThat(svar.headers().firstValue("Content-Security-Policy"))
                .as("the refusal has the headers too")
                .isPresent();
        assertThat(inloggad(svar)).as("no session authenticated").isFalse();
    }

    @Test
    void aLoginWithAForeignRefererAndNoOriginIsRefused() throws Exception {
        HttpResponse<String> svar = loggaIn("Referer", "https://angripare.example/sida.html");
        assertThat(svar.statusCode()).isEqualTo(403);
        assertThat(inloggad(svar)).isFalse();
    }

    @Test
    void aLoginFromTheApplicationsOwnOriginWorks() throws Exception {
        HttpResponse<String> svar = loggaIn("Origin", "http://localhost:" + port);
        assertThat(svar.statusCode()).isEqualTo(302);
        assertThat(inloggad(svar)).isTrue();
    }

    private HttpResponse<String> loggaIn(String huvud, String varde) throws Exception {
        String kropp = "username=samverkan&password=" + URLEncoder.encode("sus-demo-2026", StandardCharsets.UTF_8);
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header(huvud, varde)
                        .POST(HttpRequest.BodyPublishers.ofString(kropp))
                        .build(),
                BodyHandlers.ofString());
    }

    /** Whether the session cookie the login answered with (if any) opens a view that needs a login. */
    private boolean inloggad(HttpResponse<String> inloggning) throws Exception {
        Optional<String> kaka = inloggning.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID="))
                .map(c -> c.substring(0, c.indexOf(';') < 0 ? c.length() : c.indexOf(';')))
                .findFirst();
        if (kaka.isEmpty()) {
            return false;
        }
        HttpResponse<String> sida = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/organisationer"))
                        .header("Cookie", kaka.get())
                        .GET()
                        .build(),
                BodyHandlers.ofString());
        return sida.statusCode() == 200;
    }
}
