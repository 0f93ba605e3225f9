package se.finsam.sus.hjalp;

/**
 * One page of the user guide in one language.
 *
 * @param namn the page's name in the address ({@code hjalp/<namn>}) and its file name without {@code .md}
 * @param titel the text of the page's first heading
 * @param markdown the page as written
 */
public record Hjalpsida(String namn, String titel, String markdown) {

    public String html() {
        return Markdown.html(markdown);
    }
}
