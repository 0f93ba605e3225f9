package se.finsam.sus.behorighet;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import se.finsam.sus.WebTest;

/**
 * Issue 12 #9: the login and the open API are rate-limited per client address, with 429 and Retry-After. Each test
 * is a client of its own (the address comes through X-Forwarded-For, honoured from the loopback proxy), so that
 * other tests' logins are not counted.
 */
class AnropsbegransningTest extends WebTest {

    @Value("${local.server.port}")
    int port;

    @Value("${sus.anropsgrans.inloggning-per-minut}")
    int inloggningar;

    @Value("${sus.anropsgrans.api-per-minut}")
    int apiAnrop;

    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void tooManyLoginsFromOneAddressAre429WithRetryAfter() throws Exception {
        String klient = klient();
        for (int i = 0; i < inloggningar; i++) {
            assertThat(login(klient).statusCode()).as("login %d", i + 1).isNotEqualTo(429);
        }
        HttpResponse<String> r = login(klient);
        assertThat(r.statusCode()).isEqualTo(429);
        assertThat(r.headers().firstValue("Retry-After"))
                .hasValueSatisfying(s -> assertThat(Long.parseLong(s)).isPositive());
        assertThat(login(klient()).statusCode()).as("another address").isNotEqualTo(429);
    }

    @Test
    void tooManyApiCallsFromOneAddressAre429WithRetryAfter() throws Exception {
        String klient = klient();
        for (int i = 0; i < apiAnrop; i++) {
            assertThat(api(klient).statusCode()).as("call %d", i + 1).isNotEqualTo(429);
        }
        HttpResponse<String> r = api(klient);
        assertThat(r.statusCode()).isEqualTo(429);
        assertThat(r.headers().firstValue("Retry-After")).isPresent();
        assertThat(r.body()).contains("\"fel\"");
    }

    private static String klient() {
        UUID u = UUID.randomUUID();
        return "10." + (u.hashCode() & 0xff) + "." + ((u.hashCode() >> 8) & 0xff) + "." + ((u.hashCode() >> 16) & 0xff);
    }

    private HttpResponse<String> login(String klient) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                        .header("X-Forwarded-For", klient)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("username=ingen&password=fel"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> api(String klient) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/forsorjningsmatt"))
                        .header("X-Forwarded-For", klient)
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
