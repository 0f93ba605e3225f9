package se.finsam.sus.geografi;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import liquibase.Liquibase;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;
import org.junit.jupiter.api.Test;

/**
 * The same changelogs also run unchanged on the embedded default database (the Spring tests use MariaDB in CI).
 */
class MigrationerInbaddadTest {

    @Test
    void changelogsRunOnEmbeddedDatabase() throws Exception {
        String url = "jdbc:h2:mem:migrationstest;MODE=MariaDB;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1";
        try (Connection c = DriverManager.getConnection(url, "sa", "")) {
            Database db = DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(c));
            try (Liquibase liquibase = new Liquibase("db/changelog/db.changelog-master.yaml",
                    new ClassLoaderResourceAccessor(), db)) {
                liquibase.update("");
            }
        }
        // Liquibase closes its connection; the in-memory database lives on (DB_CLOSE_DELAY=-1).
        try (Connection c = DriverManager.getConnection(url, "sa", "")) {
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("select count(*) from kommun where lan_kod = '01'")) {
                rs.next();
                assertThat(rs.getInt(1)).isEqualTo(26);
            }
        }
    }
}
