package se.finsam.sus;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Chooses the database for Spring tests: the MariaDB test database when it can be reached (always in CI, where
 * {@code CI=true} makes an unreachable MariaDB a loud failure), otherwise an in-memory embedded database so that
 * {@code ./mvnw verify} also passes on a laptop without MariaDB.
 */
public final class TestDatabase {

    public static final String URL = env("SUS_TEST_DB_URL", "jdbc:mariadb://127.0.0.1:3306/sus_test");
    public static final String USER = env("SUS_TEST_DB_USER", "sus_test");
    public static final String PASSWORD = env("SUS_TEST_DB_PASSWORD", "sus_test");
    private static final String EMBEDDED =
            "jdbc:h2:mem:sus_test;MODE=MariaDB;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";

    private static Boolean mariaDb;

    private TestDatabase() {}

    /** True when the tests run on MariaDB. */
    public static synchronized boolean isMariaDb() {
        if (mariaDb == null) {
            mariaDb = reachable();
            if (!mariaDb && "true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new IllegalStateException("CI=true but the MariaDB test database " + URL + " cannot be reached");
            }
            if (!mariaDb) {
                System.err.println("MariaDB test database " + URL + " not reachable: tests use the embedded database");
            }
        }
        return mariaDb;
    }

    public static void register(DynamicPropertyRegistry registry) {
        boolean maria = isMariaDb();
        registry.add("spring.datasource.url", () -> maria ? URL : EMBEDDED);
        registry.add("spring.datasource.username", () -> maria ? USER : "sa");
        registry.add("spring.datasource.password", () -> maria ? PASSWORD : "");
        // Every test run migrates from an empty schema, so all changelogs are proven to run.
        registry.add("spring.liquibase.drop-first", () -> "true");
        registry.add("sus.demo-data", () -> "true");
        if (maria && "true".equals(System.getenv("SUS_TEST_REPLIKA"))) {
            // Issue 14: with SUS_TEST_REPLIKA=true, every Spring test on MariaDB runs with the replica routing on, the
            // test database standing in for its own replica (opt-in until the whole suite has been run this way).
            // Replica sessions are marked (ReplikaRoutingTest asks where a query went) and
            // read-only, so a report or API call that wrote inside its read-only transaction would fail here.
            registry.add("sus.db.replika-url", () -> URL);
            registry.add(
                    "sus.db.replika.hikari.connection-init-sql",
                    () -> "SET @sus_kalla = 'replika', SESSION tx_read_only = 1");
            registry.add("sus.db.replika.hikari.maximum-pool-size", () -> "4");
        }
    }

    /** Whether the tests run with the replica routing on (MariaDB and {@code SUS_TEST_REPLIKA=true}). */
    public static boolean medReplika() {
        return isMariaDb() && "true".equals(System.getenv("SUS_TEST_REPLIKA"));
    }

    private static boolean reachable() {
        DriverManager.setLoginTimeout(5);
        try (Connection ignored = DriverManager.getConnection(URL, USER, PASSWORD)) {
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
