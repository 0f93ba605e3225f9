package se.finsam.sus.behorighet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;
import se.finsam.sus.DatabaseTest;
import se.finsam.sus.base.Roll;

/** The first system administrator on a real database comes from SUS_ADMIN_USER/SUS_ADMIN_PASSWORD. */
@Transactional // rolled back: the demo administrator is only hidden for the duration of each test
class ForstaAdministratorTest extends DatabaseTest {

    @Autowired
    Kontoskapare konton;

    @Autowired
    AnvandareRepository anvandare;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void noActiveAdministrator() {
        jdbc.update("update anvandare set aktiv = false where id in "
                + "(select anvandare_id from anvandare_roll where roll = 'SYSTEMADMINISTRATOR')");
    }

    @Test
    void createdAtFirstStartWhenNoneExists() {
        new ForstaAdministrator(konton, "driftchef", "ett-langt-losenord").run(null);
        Anvandare admin = anvandare.findByAnvandarnamn("driftchef").orElseThrow();
        assertThat(admin.getRoller()).containsExactly(Roll.SYSTEMADMINISTRATOR);
        assertThat(admin.getLosenordHash()).startsWith("{bcrypt}");
    }

    @Test
    void nothingIsCreatedWithoutCredentials() {
        long fore = anvandare.count();
        new ForstaAdministrator(konton, "", "").run(null);
        assertThat(anvandare.count()).isEqualTo(fore);
    }

    @Test
    void shortPasswordStopsTheStart() {
        assertThatThrownBy(() -> new ForstaAdministrator(konton, "driftchef", "kort").run(null))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("12");
        assertThat(anvandare.findByAnvandarnamn("driftchef")).isEmpty();
    }

    @Test
    void ignoredOnceAnAdministratorExists() {
        jdbc.update("update anvandare set aktiv = true where anvandarnamn = 'admin'");
        new ForstaAdministrator(konton, "driftchef", "ett-langt-losenord").run(null);
        assertThat(anvandare.findByAnvandarnamn("driftchef")).isEmpty();
    }
}
