package se.finsam.sus.hjalp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The user guide's pages: Markdown files in {@code src/main/resources/hjalp/<sv|en>/<namn>.md}, in the order of
 * {@code hjalp/sidor.txt} (one name a line). Swedish is the guide's first language; English exists for every page
 * ({@code HjalpsidorTest}). Screenshots live in {@code META-INF/resources/hjalp/bilder/}, served from the web root.
 */
@Component
public class Hjalpsidor {

    /** The page {@code hjalp} shows without a name. */
    public static final String START = "start";

    static final String MAPP = "hjalp/";
    static final String SPRAK_SV = "sv";
    static final String SPRAK_EN = "en";

    private final List<String> namn;

    public Hjalpsidor() {
        this.namn = las(MAPP + "sidor.txt")
                .map(text -> text.lines()
                        .map(String::strip)
                        .filter(rad -> !rad.isEmpty() && !rad.startsWith("#"))
                        .toList())
                .orElseThrow(() -> new IllegalStateException("hjalp/sidor.txt is missing"));
    }

    /** The names of the pages, in the order the guide lists them. */
    public List<String> namn() {
        return namn;
    }

    /** The pages in the language, in order. */
    public List<Hjalpsida> alla(Locale locale) {
        return namn.stream().flatMap(n -> hamta(n, locale).stream()).toList();
    }

    /** The page in the language (Swedish unless English), or empty for a name that is not a page of the guide. */
    public Optional<Hjalpsida> hamta(String sida, Locale locale) {
        if (!namn.contains(sida)) {
            return Optional.empty();
        }
        String sprak = locale != null && SPRAK_EN.equals(locale.getLanguage()) ? SPRAK_EN : SPRAK_SV;
        return las(fil(sprak, sida)).map(text -> new Hjalpsida(sida, titel(text, sida), text));
    }

    static String fil(String sprak, String sida) {
        return MAPP + sprak + "/" + sida + ".md";
    }

    /** The text of the first level-one heading ({@code # …}), else the page's name. */
    static String titel(String markdown, String reserv) {
        return markdown.lines()
                .filter(rad -> rad.startsWith("# "))
                .map(rad -> rad.substring(2).strip())
                .findFirst()
                .orElse(reserv);
    }

    // Only names from sidor.txt reach this, so an address can never name another file on the class path.
    static Optional<String> las(String resurs) {
        try (InputStream in = Hjalpsidor.class.getClassLoader().getResourceAsStream(resurs)) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
