package se.finsam.sus.behorighet;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import se.finsam.sus.WebTest;

/** Issue 12 #5 and #2, over real HTTP: the security headers on pages and on served files such as logos. */
class SakerhetsHuvudenTest extends WebTest {

    @Value("${local.server.port}")
    int port;

    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void pagesCarryAContentSecurityPolicyAndTheOtherSecurityHeaders() throws Exception {
        for (String sida : List.of("/login", "/forsorjningsmatt", "/")) {
            HttpResponse<String> svar = get(sida, null);
            var huvuden = svar.headers();
            assertThat(huvuden.firstValue("Content-Security-Policy"))
                    .as(sida)
                    .hasValueSatisfying(csp -> assertThat(csp)
                            .contains("default-src 'self'")
                            .contains("frame-ancestors 'none'")
                            .contains("object-src 'none'")
                            .contains("base-uri 'self'"));
            assertThat(huvuden.firstValue("X-Content-Type-Options")).as(sida).hasValue("nosniff");
            assertThat(huvuden.firstValue("Referrer-Policy")).as(sida).hasValue("same-origin");
            assertThat(huvuden.firstValue("Cache-Control"))
                    .as(sida)
                    .hasValueSatisfying(c -> assertThat(c).contains("no-store"));
            assertThat(huvuden.firstValue("Strict-Transport-Security"))
                    .as("no HSTS over plain HTTP")
                    .isEmpty();
        }
    }

    @Test
    void behindATlsProxyThereIsHstsAndTheSessionCookieIsSecure() throws Exception {
        HttpResponse<String> svar = get("/", "https");
        assertThat(svar.headers().firstValue("Strict-Transport-Security"))
                .hasValueSatisfying(h -> assertThat(h).contains("max-age="));
        assertThat(svar.headers().allValues("Set-Cookie"))
                .filteredOn(c -> c.startsWith("JSESSIONID="))
                .isNotEmpty()
                .allSatisfy(c -> assertThat(c).containsIgnoringCase("; Secure").containsIgnoringCase("HttpOnly"));
    }

    @Test
    void theSessionIdIsNeverPutInAUrl() throws Exception {
        HttpResponse<String> svar = get("/admin/anvandare", null);
        assertThat(svar.statusCode()).isEqualTo(302);
        assertThat(svar.headers().firstValue("Location").orElseThrow()).doesNotContainIgnoringCase("jsessionid");
    }

    @Test
    void servedFilesSuchAsLogosMayRunNothing() throws Exception {
        HttpResponse<String> svar = get("/VAADIN/dynamic/resource/0/00000000-0000-0000-0000-000000000000/logo-1", null);
        assertThat(svar.headers().firstValue("Content-Security-Policy")).hasValue("default-src 'none'; sandbox");
        assertThat(svar.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    }

    private HttpResponse<String> get(String sida, String vidarebefordratProtokoll) throws Exception {
        HttpRequest.Builder fraga = HttpRequest.newBuilder(URI.create("http://localhost:" + port + sida));
        if (vidarebefordratProtokoll != null) {
            fraga.header("X-Forwarded-Proto", vidarebefordratProtokoll);
        }
        return http.send(fraga.GET().build(), BodyHandlers.ofString());
    }
}
