package se.finsam.sus.behorighet;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

/** The same-origin rule of {@link SammaUrsprungFilter}, for the cases a browser can produce. */
class SammaUrsprungFilterTest {

    @Test
    void theOwnOriginIsRecognisedWhateverTheCaseAndDefaultPort() {
        assertThat(SammaUrsprungFilter.sammaUrsprung(
                        post("https", "sus.example.se", 443, "Origin", "https://SUS.example.se")))
                .isTrue();
        assertThat(SammaUrsprungFilter.sammaUrsprung(
                        post("http", "localhost", 8080, "Referer", "http://localhost:8080/login?error")))
                .isTrue();
    }

    @Test
    void anotherSchemeHostPortOrANullOriginIsRefused() {
        assertThat(SammaUrsprungFilter.sammaUrsprung(
                        post("https", "sus.example.se", 443, "Origin", "http://sus.example.se")))
                .isFalse();
        assertThat(SammaUrsprungFilter.sammaUrsprung(
                        post("https", "sus.example.se", 443, "Origin", "https://sus.example.se.angripare.example")))
                .isFalse();
        assertThat(SammaUrsprungFilter.sammaUrsprung(
                        post("http", "localhost", 8080, "Origin", "http://localhost:8081")))
                .isFalse();
        assertThat(SammaUrsprungFilter.sammaUrsprung(post("http", "localhost", 8080, "Origin", "null")))
                .as("sandboxed frames and privacy-sensitive redirects send Origin: null")
                .isFalse();
    }

    @Test
    void aRequestWithoutOriginOrRefererComesFromNoBrowserAndPasses() {
        assertThat(SammaUrsprungFilter.sammaUrsprung(post("http", "localhost", 8080, "X-Annat", "x")))
                .isTrue();
    }

    private static MockHttpServletRequest post(String schema, String vard, int port, String huvud, String varde) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/login");
        request.setScheme(schema);
        request.setServerName(vard);
        request.setServerPort(port);
        request.addHeader(huvud, varde);
        return request;
    }
}
