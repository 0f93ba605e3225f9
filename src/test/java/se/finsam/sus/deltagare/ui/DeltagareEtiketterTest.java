package se.finsam.sus.deltagare.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import se.finsam.sus.base.Kon;

/** Every constant of every public enum of the deltagare feature has a label in Swedish and English. */
class DeltagareEtiketterTest {

    @Test
    void everyDeltagareEnumConstantHasALabelInBothLanguages() throws IOException {
        List<Class<?>> enums = Stream.concat(
                        new ClassFileImporter()
                                        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                                        .importPackages("se.finsam.sus.deltagare")
                                        .stream()
                                        .filter(c -> c.getPackageName().equals("se.finsam.sus.deltagare"))
                                        .filter(JavaClass::isEnum)
                                        .filter(c -> c.getModifiers().contains(JavaModifier.PUBLIC))
                                        .<Class<?>>map(JavaClass::reflect),
                        // Kon lives in base now, but the deltagare views label it with their own keys.
                        Stream.of(Kon.class))
                .toList();
        assertThat(enums).hasSizeGreaterThanOrEqualTo(8);
        for (String sprak : List.of("sv", "en")) {
            Properties bundle = load(sprak);
            for (Class<?> typ : enums) {
                for (Object konstant : typ.getEnumConstants()) {
                    String nyckel = Etikett.nyckel((Enum<?>) konstant);
                    assertThat(bundle.getProperty(nyckel))
                            .as(sprak + " " + nyckel)
                            .isNotBlank();
                }
            }
        }
    }

    private static Properties load(String locale) throws IOException {
        Properties p = new Properties();
        try (InputStream in = DeltagareEtiketterTest.class.getResourceAsStream(
                "/vaadin-i18n/translations_" + locale + ".properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
