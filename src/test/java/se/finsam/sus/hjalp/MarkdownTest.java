package se.finsam.sus.hjalp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The guide's Markdown becomes safe HTML: headings and tables render, raw HTML and script links do not. */
class MarkdownTest {

    @Test
    void headingsListsAndTablesRender() {
        String html = Markdown.html("""
                # Rubrik

                ## Underrubrik

                - en
                - två

                | Ord | Betydelse |
                |---|---|
                | ESF | Europeiska socialfonden |
                """);
        assertThat(html)
                .startsWith("<div class=\"sus-hjalptext\">")
                .endsWith("</div>")
                .contains("<h1>Rubrik</h1>", "<h2>Underrubrik</h2>", "<li>två</li>")
                .contains("<table>", "<th>Ord</th>", "<td>ESF</td>", "<td>Europeiska socialfonden</td>");
    }

    @Test
    void rawHtmlIsEscapedNotPassedOn() {
        String html = Markdown.html("""
                Text <script>alert('x')</script> och <img src=x onerror="alert(1)">

                <div onclick="alert(2)">block</div>
                """);
        assertThat(html).doesNotContain("<script", "<img", "<div onclick").contains("&lt;script&gt;", "&lt;div");
    }

    @Test
    void scriptLinksLoseTheirAddressAndExternalLinksOpenWithoutAccessToThePage() {
        String html = Markdown.html("[klicka](javascript:alert(1)) [data](data:text/html,x) [SCB](https://www.scb.se)");
        assertThat(html).doesNotContain("javascript:", "data:text");
        assertThat(html).contains("href=\"https://www.scb.se\"").contains("rel=\"noopener noreferrer\"");
    }

    @Test
    void relativeLinksAndImagesPointIntoTheGuide() {
        String md = "[Avsluta](avsluta) ![Start](bilder/start.png) [mejl](mailto:a@b.se)";
        String html = Markdown.html(md);
        assertThat(html)
                .contains("href=\"hjalp/avsluta\"", "router-link")
                .contains("src=\"hjalp/bilder/start.png\"", "alt=\"Start\"")
                .contains("href=\"mailto:a@b.se\"");
        assertThat(Markdown.bilder(md)).containsExactly("bilder/start.png");
        assertThat(Markdown.lankadeSidor(md)).containsExactly("avsluta");
    }
}
