package se.finsam.sus.forsorjning;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import se.finsam.sus.base.Oversattningar;

/**
 * One error in an import file: line number (the header is line 1), column name, the value found and what is
 * wrong, as an i18n key with its arguments (like {@link se.finsam.sus.base.ValideringsException}), so that views
 * show it in the user's language.
 */
public record ImportFel(long rad, String kolumn, String varde, String nyckel, List<Object> argument) {

    public ImportFel {
        argument = Collections.unmodifiableList(Arrays.asList(argument.toArray()));
    }

    public ImportFel(long rad, String kolumn, String varde, String nyckel, Object... argument) {
        this(rad, kolumn, varde, nyckel, Arrays.asList(argument));
    }

    /** What is wrong, in the given language. */
    public String meddelande(Locale locale) {
        return Oversattningar.text(locale, nyckel, argument.toArray());
    }

    /** What is wrong, in Swedish (the command line, logs). */
    public String meddelande() {
        return Oversattningar.svenska(nyckel, argument.toArray());
    }

    /** The whole error in Swedish, e.g. {@code rad 3, kolumn ar, värde '20x1': ogiltigt år (väntade ÅÅÅÅ)}. */
    @Override
    public String toString() {
        return Oversattningar.svenska("import.felrad.rad", String.valueOf(rad))
                + (kolumn == null ? "" : Oversattningar.svenska("import.felrad.kolumn", kolumn))
                + (varde == null ? "" : Oversattningar.svenska("import.felrad.varde", varde))
                + ": " + meddelande();
    }
}
