package se.finsam.sus.base.ui;

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
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every field help the code uses has its text in Swedish and in English. The names are read from the sources:
 * every call of {@link Falthjalp} must name its help with a string literal (else this test fails), and a
 * {@code perVarde} call names its enum, whose every constant needs a text of its own.
 */
class FalthjalpNycklarTest {

    private static final Path KALLOR = Path.of("src/main/java");
    private static final Pattern ANROP = Pattern.compile("Falthjalp\\.(text|perVarde|ikon)\\(");
    private static final Pattern NAMN = Pattern.compile("\"([a-z0-9-]+)\"");
    private static final Pattern KLASS = Pattern.compile("([A-Z][A-Za-z0-9]*)\\.class");

    record Anrop(String fil, String metod, List<String> argument) {}

    @Test
    void everyFieldHelpUsedHasATextInBothLanguages() throws Exception {
        Properties sv = bundle("sv");
        Properties en = bundle("en");
        List<Anrop> anrop = anrop();
        assertThat(anrop).as("Falthjalp calls found in the sources").hasSizeGreaterThan(30);

        Set<String> nycklar = new TreeSet<>();
        List<String> fel = new ArrayList<>();
        for (Anrop a : anrop) {
            String namnArgument = a.argument().get(a.metod().equals("ikon") ? 0 : 1);
            Matcher namn = NAMN.matcher(namnArgument);
            if (!namn.matches()) {
                fel.add(a.fil() + ": the help's name must be a string literal, not " + namnArgument);
                continue;
            }
            String nyckel = Falthjalp.nyckel(namn.group(1));
            nycklar.add(nyckel);
            if (a.metod().equals("perVarde")) {
                Matcher klass = KLASS.matcher(a.argument().get(2));
                if (!klass.matches()) {
                    fel.add(a.fil() + ": perVarde needs the enum as X.class, not "
                            + a.argument().get(2));
                    continue;
                }
                for (Object varde : enumKlass(klass.group(1)).getEnumConstants()) {
                    nycklar.add(nyckel + "." + ((Enum<?>) varde).name());
                }
            }
        }
        assertThat(fel).isEmpty();
        assertThat(nycklar)
                .as("field help missing in Swedish")
                .allSatisfy(k -> assertThat(sv.getProperty(k)).as(k).isNotBlank());
        assertThat(nycklar)
                .as("field help missing in English")
                .allSatisfy(k -> assertThat(en.getProperty(k)).as(k).isNotBlank());
        assertThat(nycklar).contains("hjalp.falt.preciserad-inriktning.FOREBYGGANDE", "hjalp.falt.tid-i-utanforskap");
    }

    @Test
    void everyHelpKeyOfOneBundleIsInTheOther() throws IOException {
        Set<String> sv = hjalpnycklar(bundle("sv"));
        Set<String> en = hjalpnycklar(bundle("en"));
        assertThat(sv).isNotEmpty();
        assertThat(en).as("hjalp.* keys in sv missing from en").containsAll(sv);
        assertThat(sv).as("hjalp.* keys in en missing from sv").containsAll(en);
    }

    /** The calls of Falthjalp in the main sources, with their arguments split at the top-level commas. */
    static List<Anrop> anrop() throws IOException {
        List<Anrop> anrop = new ArrayList<>();
        try (Stream<Path> filer = Files.walk(KALLOR)) {
            for (Path fil : filer.filter(f -> f.toString().endsWith(".java")).toList()) {
                if (fil.endsWith("Falthjalp.java")) {
                    continue;
                }
                String text = Files.readString(fil);
                assertThat(text)
                        .as(fil + " must call Falthjalp.x(...), not a static import")
                        .doesNotContain("import static se.finsam.sus.base.ui.Falthjalp");
                Matcher m = ANROP.matcher(text);
                while (m.find()) {
                    anrop.add(new Anrop(fil.toString(), m.group(1), argument(text, m.end())));
                }
            }
        }
        return anrop;
    }

    /** The arguments from {@code start} (just after the opening parenthesis) to the matching closing one. */
    static List<String> argument(String text, int start) {
        List<String> argument = new ArrayList<>();
        int djup = 0;
        boolean iStrang = false;
        StringBuilder aktuellt = new StringBuilder();
        for (int i = start; i < text.length(); i++) {
            char c = text.charAt(i);
            if (iStrang) {
                aktuellt.append(c);
                if (c == '\\') {
                    aktuellt.append(text.charAt(++i));
                } else if (c == '"') {
                    iStrang = false;
                }
                continue;
            }
            if (c == '"') {
                iStrang = true;
            } else if (c == '(' || c == '{' || c == '[') {
                djup++;
            } else if (c == ')' || c == '}' || c == ']') {
                if (djup == 0) {
                    argument.add(aktuellt.toString().strip());
                    return argument;
                }
                djup--;
            } else if (c == ',' && djup == 0) {
                argument.add(aktuellt.toString().strip());
                aktuellt.setLength(0);
                continue;
            }
            aktuellt.append(c);
        }
        throw new IllegalStateException("unbalanced call at " + start);
    }

    /** The enum of that simple name among the main sources. */
    private static Class<?> enumKlass(String namn) throws Exception {
        try (Stream<Path> filer = Files.walk(KALLOR)) {
            Path fil = filer.filter(f -> f.getFileName().toString().equals(namn + ".java"))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("no source file " + namn + ".java"));
            String klass =
                    KALLOR.relativize(fil).toString().replace(".java", "").replace('/', '.');
            Class<?> typ = Class.forName(klass);
            assertThat(typ.isEnum()).as(klass).isTrue();
            return typ;
        }
    }

    private static Set<String> hjalpnycklar(Properties bundle) {
        return bundle.stringPropertyNames().stream()
                .filter(k -> k.startsWith("hjalp."))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static Properties bundle(String sprak) throws IOException {
        Properties p = new Properties();
        try (InputStream in = FalthjalpNycklarTest.class.getResourceAsStream(
                        "/vaadin-i18n/translations_" + sprak + ".properties");
                InputStreamReader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            p.load(reader);
        }
        return p;
    }
}
