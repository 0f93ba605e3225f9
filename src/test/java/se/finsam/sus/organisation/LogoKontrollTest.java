package se.finsam.sus.organisation;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.finsam.sus.base.ValideringsException;

/**
 * Issue 12 #2: the payloads that got past the SVG blocklist (and ran script in the application's origin when the
 * logo was opened) are never stored. SVG is not accepted at all, clean or not: only PNG and JPEG, checked by their
 * content.
 */
class LogoKontrollTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                // javascript: with an entity-encoded tab or newline inside the scheme
                "<a href=\"java&#x09;script:alert(1)\"><rect width=\"10\" height=\"10\"/></a>",
                "<a href=\"java&#10;script:alert(document.domain)\"><rect width=\"10\" height=\"10\"/></a>",
                "<a xmlns:x=\"http://www.w3.org/1999/xlink\" x:href=\"&#x6A;avascript:alert(1)\"><text>x</text></a>",
                // <set>/<animate> rewriting href after the check
                "<a href=\"#\"><set attributeName=\"href\" to=\"jav&#x09;ascript:alert(1)\"/><rect width=\"9\"/></a>",
                "<a href=\"#\"><animate attributeName=\"href\" values=\"jav&#x0A;ascript:alert(1)\"/><text>x</text></a>",
                // XHTML iframe/embed with a data: URL
                "<iframe xmlns=\"http://www.w3.org/1999/xhtml\" src=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\"/>",
                "<embed xmlns=\"http://www.w3.org/1999/xhtml\" src=\"data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=\"/>",
                // external references
                "<image href=\"https://angripare.example/spara?cookie\" width=\"10\" height=\"10\"/>",
                "<use href=\"https://angripare.example/logo.svg#x\"/>",
                "<style>@import url(https://angripare.example/a.css);</style>",
                // and a perfectly clean one: SVG is not taken at all
                "<rect width=\"10\" height=\"10\" fill=\"#036\"/>"
            })
    void noSvgIsEverStored(String innehall) {
        byte[] svg = ("<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\">"
                        + innehall + "</svg>")
                .getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> LogoKontroll.innehallstyp(svg))
                .isInstanceOf(ValideringsException.class)
                .hasMessage("organisation.fel.logo-svg");
    }
}
