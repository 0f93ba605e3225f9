package se.finsam.sus.base;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class DemoDataSettingsTest {

    @Test
    void onByDefaultOnlyOnTheEmbeddedDatabase() {
        assertThat(settings("jdbc:h2:file:./data/sus", "").isEnabled()).isTrue();
        assertThat(settings("jdbc:mariadb://db:3306/sus", "").isEnabled()).isFalse();
    }

    @Test
    void explicitSettingWins() {
        assertThat(settings("jdbc:h2:file:./data/sus", "false").isEnabled()).isFalse();
        assertThat(settings("jdbc:mariadb://db:3306/sus", "true").isEnabled()).isTrue();
    }

    @Test
    void roleConstantsMatchTheEnum() {
        assertThat(Roll.valueOf(Roller.SYSTEMADMINISTRATOR)).isEqualTo(Roll.SYSTEMADMINISTRATOR);
        assertThat(Roll.valueOf(Roller.SAMVERKANSADMINISTRATOR)).isEqualTo(Roll.SAMVERKANSADMINISTRATOR);
        assertThat(Roll.valueOf(Roller.INSATSANSVARIG)).isEqualTo(Roll.INSATSANSVARIG);
        assertThat(Roll.valueOf(Roller.DELTAGARANSVARIG)).isEqualTo(Roll.DELTAGARANSVARIG);
        assertThat(Roll.valueOf(Roller.RAPPORTLASARE)).isEqualTo(Roll.RAPPORTLASARE);
        assertThat(Roll.values()).hasSize(5);
    }

    private static DemoDataSettings settings(String url, String demo) {
        return new DemoDataSettings(
                new MockEnvironment().withProperty("spring.datasource.url", url).withProperty("sus.demo-data", demo));
    }
}
