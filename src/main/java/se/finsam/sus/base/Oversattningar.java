package se.finsam.sus.base;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The user-text bundles ({@code vaadin-i18n/translations_sv|en.properties}) outside a Vaadin UI: for services,
 * the command line and server-drawn charts. Same rules as Vaadin's provider: English for English, else Swedish;
 * the text is a {@link MessageFormat} pattern only when there are arguments. Pass numbers that must not be grouped
 * (line numbers, counts in a command-line message) as strings.
 */
public final class Oversattningar {

    private static final String BUNDLE = "vaadin-i18n.translations";

    private Oversattningar() {}

    /** The text of {@code nyckel} in {@code locale}; {@code !nyckel!} when the key is missing. */
    public static String text(Locale locale, String nyckel, Object... argument) {
        Locale sprak = locale != null && Sprak.ENGELSKA.getLanguage().equals(locale.getLanguage())
                ? Sprak.ENGELSKA
                : Sprak.SVENSKA;
        String monster;
        try {
            monster = ResourceBundle.getBundle(
                            BUNDLE,
                            sprak,
                            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES))
                    .getString(nyckel);
        } catch (MissingResourceException e) {
            return "!" + nyckel + "!";
        }
        return argument.length == 0 ? monster : new MessageFormat(monster, sprak).format(argument);
    }

    /** The Swedish text of {@code nyckel} (the command line, logs). */
    public static String svenska(String nyckel, Object... argument) {
        return text(Sprak.SVENSKA, nyckel, argument);
    }
}
