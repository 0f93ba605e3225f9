package se.finsam.sus.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Swedish and English bundles have the same keys, and no value is left empty. */
class OversattningarTest {

    @Test
    void bundlesHaveTheSameKeys() throws IOException {
        Properties sv = load("sv");
        Properties en = load("en");
        assertThat(en.stringPropertyNames()).as("keys in sv missing from en").containsAll(sv.stringPropertyNames());
        assertThat(sv.stringPropertyNames()).as("keys in en missing from sv").containsAll(en.stringPropertyNames());
        for (Properties bundle : Set.of(sv, en)) {
            assertThat(bundle.stringPropertyNames())
                    .allSatisfy(k -> assertThat(bundle.getProperty(k)).isNotBlank());
        }
    }

    @Test
    void everyRoleHasALabel() throws IOException {
        Properties sv = load("sv");
        for (Roll roll : Roll.values()) {
            assertThat(sv.getProperty("roll." + roll.name())).isNotBlank();
        }
    }

    /**
     * Every string literal in the main code that looks like a key of the bundles (dotted, starting with a prefix the
     * bundles use, e.g. {@code "import.kontroll.ar"}) is a key of the bundles: catches a key typed wrong or not
     * added. Prefixes to be completed in code ({@code "fm.serie." + s}) end with a dot or dash and are skipped.
     */
    @Test
    void everyKeyUsedInTheCodeExists() throws IOException {
        Properties sv = load("sv");
        Set<String> prefix = sv.stringPropertyNames().stream()
                .map(k -> k.substring(0, k.indexOf('.') < 0 ? k.length() : k.indexOf('.')))
                .collect(Collectors.toSet());
        Pattern literal = Pattern.compile("\"([a-z][a-z0-9-]*(?:\\.[A-Za-z0-9_-]*[A-Za-z0-9_])+)\"");
        List<String> saknas = new ArrayList<>();
        try (Stream<Path> filer = Files.walk(Path.of("src/main/java"))) {
            for (Path fil : filer.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = literal.matcher(Files.readString(fil));
                while (m.find()) {
                    String nyckel = m.group(1);
                    if (prefix.contains(nyckel.substring(0, nyckel.indexOf('.'))) && !sv.containsKey(nyckel)) {
                        saknas.add(nyckel + " (" + fil.getFileName() + ")");
                    }
                }
            }
        }
        assertThat(saknas)
                .as("keys used in the code but missing from the bundles")
                .isEmpty();
    }

    @Test
    void textsOutsideTheUiComeFromTheBundles() {
        assertThat(Oversattningar.svenska("import.kontroll.dubblett", "12345"))
                .isEqualTo("dubblett: samma nyckel som rad 12345");
        assertThat(Oversattningar.text(Sprak.ENGELSKA, "import.kontroll.dubblett", "2"))
                .isEqualTo("duplicate: same key as line 2");
        assertThat(Oversattningar.text(java.util.Locale.GERMAN, "import.kontroll.ar"))
                .as("Swedish for any other language")
                .isEqualTo("ogiltigt år (väntade ÅÅÅÅ)");
        assertThat(Oversattningar.svenska("import.felrad.varde", "x")).isEqualTo(", värde 'x'");
        assertThat(Oversattningar.svenska("finns.inte")).isEqualTo("!finns.inte!");
    }

    private static Properties load(String locale) throws IOException {
        Properties p = new Properties();
        try (InputStream in =
                OversattningarTest.class.getResourceAsStream("/vaadin-i18n/translations_" + locale + ".properties")) {
            assertThat(in).as("bundle " + locale).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
