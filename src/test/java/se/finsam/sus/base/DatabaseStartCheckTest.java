package se.finsam.sus.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DatabaseStartCheckTest {

    @Test
    void unreachableDatabaseGivesOneLineNamingTheUrl() {
        // Port 1 on loopback: nothing listens there, the connection is refused at once.
        String url = "jdbc:mariadb://127.0.0.1:1/sus?password=hemligt";
        assertThatThrownBy(() -> DatabaseStartCheck.verify(url, "sus", "x"))
                .isInstanceOf(DatabaseStartCheck.DatabaseUnreachableException.class)
                .satisfies(e -> {
                    assertThat(e.getMessage())
                            .contains("jdbc:mariadb://127.0.0.1:1/sus")
                            .doesNotContain("hemligt")
                            .doesNotContain("\n");
                });
    }

    @Test
    void missingUrlIsExplained() {
        assertThatThrownBy(() -> DatabaseStartCheck.verify(" ", null, null)).hasMessageContaining("SUS_DB_URL");
    }

    @Test
    void embeddedDatabaseIsReachable() {
        DatabaseStartCheck.verify("jdbc:h2:mem:startcheck", "sa", "");
    }
}
