package se.finsam.sus.geografi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Properties;
import liquibase.Liquibase;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same changelogs also run unchanged on the embedded default database (the Spring tests use MariaDB in CI),
 * with the very URL options of application.properties, and a second start on the same file finds everything
 * in place (demo data survives a restart).
 */
class MigrationerInbaddadTest {

    @TempDir
    Path katalog;

    @Test
    void changelogsRunOnTheEmbeddedFileDatabaseAndAgainOnRestart() throws Exception {
        String url = "jdbc:h2:file:" + katalog.resolve("sus").toAbsolutePath() + standardUrlensAlternativ();
        migrera(url);
        migrera(url);
        try (Connection c = DriverManager.getConnection(url, "sus", "");
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select count(*) from kommun where lan_kod = '01'")) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(26);
        }
        assertThat(Files.list(katalog)).isNotEmpty();
    }

    private static void migrera(String url) throws Exception {
        try (Connection c = DriverManager.getConnection(url, "sus", "")) {
            Database db = DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(c));
            try (Liquibase liquibase =
                    new Liquibase("db/changelog/db.changelog-master.yaml", new ClassLoaderResourceAccessor(), db)) {
                liquibase.update("");
            }
        }
    }

    /** The options after the file name in the default spring.datasource.url, e.g. ";MODE=MariaDB;...". */
    private static String standardUrlensAlternativ() throws Exception {
        Properties p = new Properties();
        try (InputStream in = MigrationerInbaddadTest.class.getResourceAsStream("/application.properties")) {
            p.load(in);
        }
        String standard = p.getProperty("spring.datasource.url");
        String h2 = standard.substring(standard.indexOf("jdbc:h2:file:"), standard.lastIndexOf('}'));
        return h2.substring(h2.indexOf(';'));
    }
}
