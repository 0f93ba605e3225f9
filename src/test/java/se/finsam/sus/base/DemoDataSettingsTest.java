package se.finsam.sus.base;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class DemoDataSettingsTest {

    /** {@code ./mvnw spring-boot:run} sets {@value DemoDataSettings#RUN_COMMAND} (see pom.xml). */
    @Test
    void theRunCommandHasDemoDataByDefaultOnlyOnTheEmbeddedDatabase() {
        assertThat(runCommand("jdbc:h2:file:./data/sus", "").isEnabled()).isTrue();
        assertThat(runCommand("jdbc:mariadb://db:3306/sus", "").isEnabled()).isFalse();
    }

    /** A production jar or Docker image: demo data (public passwords) only when SUS_DEMO_DATA=true. */
    @Test
    void aBareJarHasNoDemoDataEvenOnTheEmbeddedDatabase() {
        assertThat(settings("jdbc:h2:file:./data/sus", "").isEnabled()).isFalse();
        assertThat(settings("jdbc:mariadb://db:3306/sus", "").isEnabled()).isFalse();
        assertThat(settings("jdbc:h2:file:./data/sus", "true").isEnabled()).isTrue();
    }

    @Test
    void explicitSettingWins() {
        assertThat(settings("jdbc:h2:file:./data/sus", "false").isEnabled()).isFalse();
        assertThat(settings("jdbc:mariadb://db:3306/sus", "true").isEnabled()).isTrue();
        assertThat(runCommand("jdbc:h2:file:./data/sus", "false").isEnabled()).isFalse();
    }

    @Test
    void roleConstantsMatchTheEnum() {
        assertThat(Roll.valueOf(Roller.SYSTEMADMINISTRATOR)).isEqualTo(Roll.SYSTEMADMINISTRATOR);
        assertThat(Roll.valueOf(Roller.SAMVERKANSADMINISTRATOR)).isEqualTo(Roll.SAMVERKANSADMINISTRATOR);
        assertThat(Roll.valueOf(Roller.INSATSANSVARIG)).isEqualTo(Roll.INSATSANSVARIG);
        assertThat(Roll.valueOf(Roller.DELTAGARANSVARIG)).isEqualTo(Roll.DELTAGARANSVARIG);
        assertThat(Roll.valueOf(Roller.RAPPORTLASARE)).isEqualTo(Roll.RAPPORTLASARE);
        assertThat(Roll.valueOf(Roller.BEHORIGHETSADMINISTRATOR)).isEqualTo(Roll.BEHORIGHETSADMINISTRATOR);
        assertThat(Roll.values()).hasSize(6);
    }

    private static DemoDataSettings runCommand(String url, String demo) {
        return new DemoDataSettings(new MockEnvironment()
                .withProperty("spring.datasource.url", url)
                .withProperty("sus.demo-data", demo)
                .withProperty(DemoDataSettings.RUN_COMMAND, "true"));
    }

    private static DemoDataSettings settings(String url, String demo) {
        return new DemoDataSettings(
                new MockEnvironment().withProperty("spring.datasource.url", url).withProperty("sus.demo-data", demo));
    }
}
