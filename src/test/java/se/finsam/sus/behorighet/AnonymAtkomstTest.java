package se.finsam.sus.behorighet;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import se.finsam.sus.WebTest;

/** Over real HTTP: anonymous requests to views go to login; only the health probes are open. */
class AnonymAtkomstTest extends WebTest {

    @Value("${local.server.port}")
    int port;

    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void anonymousRequestToAViewIsSentToLogin() throws Exception {
        for (String path : new String[] {"/", "/profil", "/admin/logg", "/admin/anvandare"}) {
            HttpResponse<String> response = get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(302);
            assertThat(response.headers().firstValue("Location").orElseThrow())
                    .as(path)
                    .endsWith("/login");
        }
    }

    @Test
    void withoutConfigurationThereIsNoELegitimationLogin() throws Exception {
        // sus.e-legitimation.enabled is not set in tests: no OpenID Connect endpoints, the app behaves as before.
        HttpResponse<String> response = get("/oauth2/authorization/elegitimation");
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location").orElseThrow()).endsWith("/login");
    }

    @Test
    void loginPageAndThePublicDashboardAreOpen() throws Exception {
        assertThat(get("/login").statusCode()).isEqualTo(200);
        assertThat(get("/forsorjningsmatt").statusCode()).isEqualTo(200);
    }

    @Test
    void healthProbesAreOpenAndNothingElseFromActuator() throws Exception {
        assertThat(get("/actuator/health").body()).contains("\"status\":\"UP\"");
        assertThat(get("/actuator/health/liveness").statusCode()).isEqualTo(200);
        assertThat(get("/actuator/health/readiness").statusCode()).isEqualTo(200);
        assertThat(get("/actuator/env").statusCode()).isNotEqualTo(200);
        assertThat(get("/actuator/beans").statusCode()).isNotEqualTo(200);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
