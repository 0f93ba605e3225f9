package se.finsam.sus.hjalp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The guide is complete: every page listed exists in Swedish and English with a heading, every Markdown file is
 * listed, every link between pages names a page, and every screenshot a page shows is in the image folder.
 */
class HjalpsidorTest {

    private static final Path RESURSER = Path.of("src/main/resources");

    /** Where the screenshots live (served from the web root as {@code hjalp/bilder/…}). */
    static final Path BILDER = RESURSER.resolve("META-INF/resources/hjalp/bilder");

    private final Hjalpsidor sidor = new Hjalpsidor();

    @Test
    void everyPageExistsInBothLanguagesWithAHeading() {
        assertThat(sidor.namn()).contains(Hjalpsidor.START, "ordlista").doesNotHaveDuplicates();
        for (Locale sprak : List.of(Locale.of("sv", "SE"), Locale.ENGLISH)) {
            assertThat(sidor.alla(sprak)).extracting(Hjalpsida::namn).containsExactlyElementsOf(sidor.namn());
            assertThat(sidor.alla(sprak))
                    .allSatisfy(s -> assertThat(s.markdown()).as(s.namn()).startsWith("# "));
        }
        assertThat(sidor.hamta("avsluta", Locale.ENGLISH).orElseThrow().titel()).isEqualTo("Ending a participation");
        assertThat(sidor.hamta("avsluta", Locale.of("sv")).orElseThrow().titel())
                .isEqualTo("Avsluta ett deltagande");
    }

    @Test
    void aNameThatIsNoPageFindsNothing() {
        assertThat(sidor.hamta("finns-inte", Locale.of("sv"))).isEmpty();
        assertThat(sidor.hamta("../vaadin-i18n/translations_sv", Locale.of("sv")))
                .isEmpty();
        assertThat(sidor.hamta("sidor", Locale.of("sv"))).isEmpty();
    }

    @Test
    void everyMarkdownFileIsAListedPage() throws IOException {
        for (String sprak : List.of(Hjalpsidor.SPRAK_SV, Hjalpsidor.SPRAK_EN)) {
            try (Stream<Path> filer = Files.list(RESURSER.resolve(Hjalpsidor.MAPP + sprak))) {
                assertThat(filer.map(f -> f.getFileName().toString().replaceFirst("\\.md$", "")))
                        .as(sprak)
                        .containsExactlyInAnyOrderElementsOf(sidor.namn());
            }
        }
    }

    @Test
    void everyLinkBetweenPagesNamesAPage() {
        for (Locale sprak : List.of(Locale.of("sv"), Locale.ENGLISH)) {
            for (Hjalpsida sida : sidor.alla(sprak)) {
                assertThat(Markdown.lankadeSidor(sida.markdown()))
                        .as(sprak + "/" + sida.namn())
                        .allSatisfy(lank -> assertThat(sidor.namn()).contains(lank));
            }
        }
    }

    @Test
    void everyImageAPageShowsExists() {
        List<String> saknas = new ArrayList<>();
        int bilder = 0;
        for (Locale sprak : List.of(Locale.of("sv"), Locale.ENGLISH)) {
            for (Hjalpsida sida : sidor.alla(sprak)) {
                for (String bild : Markdown.bilder(sida.markdown())) {
                    bilder++;
                    if (!bild.startsWith("bilder/") || !Files.isRegularFile(BILDER.resolve(bild.substring(7)))) {
                        saknas.add(sprak + "/" + sida.namn() + ": " + bild);
                    }
                }
            }
        }
        assertThat(bilder).isPositive();
        assertThat(saknas)
                .as("images the guide shows but the image folder lacks")
                .isEmpty();
    }
}
