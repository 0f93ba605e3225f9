package se.finsam.sus;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The command-line import starts the real application without the web layer: every bean must do without Vaadin
 * (a web-only bean once stopped it from starting at all).
 */
class KommandoradStartTest {

    @Test
    void importRunsWithoutTheWebServer(@TempDir Path katalog) throws Exception {
        Path fil = katalog.resolve("utbetalningar.csv");
        Files.writeString(fil, "kvartal;omrade;forman;belopp_kr\n1601K1;2584;SJP;12.50\n");
        String url = TestDatabase.isMariaDb()
                ? TestDatabase.URL
                : "jdbc:h2:mem:kommandorad;MODE=MariaDB;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
        String anvandare = TestDatabase.isMariaDb() ? TestDatabase.USER : "sa";
        String losenord = TestDatabase.isMariaDb() ? TestDatabase.PASSWORD : "";
        try (ConfigurableApplicationContext ctx = Application.kommandorad()
                .run(
                        "import-forsorjning",
                        "utbetalningar",
                        fil.toString(),
                        "--spring.datasource.url=" + url,
                        "--spring.datasource.username=" + anvandare,
                        "--spring.datasource.password=" + losenord,
                        "--sus.demo-data=false",
                        "--sus.krypteringsnyckel=" + Base64.getEncoder().encodeToString(new byte[32]))) {
            assertThat(SpringApplication.exit(ctx)).isZero();
        }
        try (Connection c = DriverManager.getConnection(url, anvandare, losenord);
                Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery(
                    "select count(*) from forsorjning_utbetalning where omrade = '2584' and ar = 1601")) {
                rs.next();
                assertThat(rs.getInt(1)).isEqualTo(1);
            }
            s.executeUpdate("delete from forsorjning_utbetalning where ar = 1601");
        }
    }
}
