package se.finsam.sus.hjalp;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.AttributeProvider;
import org.commonmark.renderer.html.DefaultUrlSanitizer;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * The guide's Markdown as HTML that is safe to put into the page. Raw HTML in the text is escaped, not passed on;
 * links may only be http(s), mailto, tel or relative (a {@code javascript:} link loses its address). Relative
 * links name another page of the guide ({@code [Avsluta](avsluta)}) and relative images a file in the guide's
 * image folder ({@code ![…](bilder/start.png)}); both are made to point into the guide, whatever page shows them.
 */
public final class Markdown {

    /** Where the pages' relative image addresses point, seen from the application's root. */
    public static final String ADRESS = "hjalp/";

    private static final List<Extension> TILLAGG = List.of(TablesExtension.create());

    private static final Parser PARSER = Parser.builder().extensions(TILLAGG).build();

    private static final HtmlRenderer HTML = HtmlRenderer.builder()
            .extensions(TILLAGG)
            .escapeHtml(true)
            .sanitizeUrls(true)
            .urlSanitizer(new DefaultUrlSanitizer(List.of("http", "https", "mailto", "tel")))
            .attributeProviderFactory(context -> new Adresser())
            .build();

    private Markdown() {}

    /** The text as HTML: one {@code div} with class {@code sus-hjalptext} around it (Vaadin's Html needs one root). */
    public static String html(String markdown) {
        return "<div class=\"sus-hjalptext\">" + HTML.render(PARSER.parse(markdown)) + "</div>";
    }

    /** The addresses of the images the text shows, as written ({@code bilder/start.png}). */
    public static List<String> bilder(String markdown) {
        List<String> bilder = new ArrayList<>();
        PARSER.parse(markdown).accept(new AbstractVisitor() {
            @Override
            public void visit(Image image) {
                bilder.add(image.getDestination());
            }
        });
        return bilder;
    }

    /** The names of the guide's pages the text links to ({@code [Avsluta](avsluta)} gives {@code avsluta}). */
    public static List<String> lankadeSidor(String markdown) {
        List<String> sidor = new ArrayList<>();
        PARSER.parse(markdown).accept(new AbstractVisitor() {
            @Override
            public void visit(Link link) {
                if (relativ(link.getDestination())) {
                    sidor.add(link.getDestination());
                }
                visitChildren(link);
            }
        });
        return sidor;
    }

    static boolean relativ(String adress) {
        return !adress.isEmpty() && !adress.contains(":") && !adress.startsWith("/") && !adress.startsWith("#");
    }

    /** Points relative links and images into the guide; links to other sites open without access to this page. */
    private static final class Adresser implements AttributeProvider {

        @Override
        public void setAttributes(Node node, String tagName, Map<String, String> attributes) {
            if (node instanceof Image) {
                String src = attributes.getOrDefault("src", "");
                if (relativ(src)) {
                    attributes.put("src", ADRESS + src);
                }
                attributes.put("loading", "lazy");
            } else if (node instanceof Link) {
                String href = attributes.getOrDefault("href", "");
                if (relativ(href)) {
                    attributes.put("href", ADRESS + href);
                    // Vaadin's router then changes the page without loading the application again.
                    attributes.put("router-link", "");
                } else if (href.startsWith("http")) {
                    attributes.put("rel", "noopener noreferrer");
                }
            }
        }
    }
}
