package se.finsam.sus.behorighet;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import se.finsam.sus.base.ValideringsException;

/**
 * Password rules: at least 12 characters, not one of the commonly used passwords, not the user name.
 * Length beats complexity rules (NIST SP 800-63B); the list catches the obvious long ones. The list
 * ({@code vanliga-losenord.txt}) holds the project's own long variants and the 49,233 most common passwords of
 * zxcvbn's frequency list (MIT, see the file's header); only entries that the length rule lets through are kept in
 * memory, as the shorter ones are refused before the list is asked.
 */
final class Losenordsregler {

    static final int MIN_LANGD = 12;
    private static final Set<String> VANLIGA = lasVanliga();

    private Losenordsregler() {}

    static void kontrollera(String losenord, String anvandarnamn) {
        if (losenord == null || losenord.length() < MIN_LANGD) {
            throw new ValideringsException("losenord.fel.for-kort", MIN_LANGD);
        }
        String normaliserat = losenord.toLowerCase(Locale.ROOT);
        if (VANLIGA.contains(normaliserat)) {
            throw new ValideringsException("losenord.fel.vanligt");
        }
        if (anvandarnamn != null
                && normaliserat.contains(Anvandare.normalisera(anvandarnamn))
                && !Anvandare.normalisera(anvandarnamn).isEmpty()) {
            throw new ValideringsException("losenord.fel.anvandarnamn");
        }
    }

    private static Set<String> lasVanliga() {
        try (InputStream in = Losenordsregler.class.getResourceAsStream("vanliga-losenord.txt")) {
            if (in == null) {
                throw new IllegalStateException("vanliga-losenord.txt missing");
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))
                    .lines()
                    .map(String::trim)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .filter(l -> l.length() >= MIN_LANGD)
                    .map(l -> l.toLowerCase(Locale.ROOT))
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
