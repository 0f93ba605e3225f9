package se.finsam.sus.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
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
