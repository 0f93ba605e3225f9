package se.finsam.sus.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.InputStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.changelog.ChangeSet;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;
import se.finsam.sus.TestDatabase;

/**
 * The migration of co-financing into {@code insats_medfinansiering} (changeset 0090): rows in the old shape
 * ({@code insatsbudget.ovriga_finansiarer}, {@code insats_finansiar}) become the documented rows. On the embedded
 * database the real changelog runs up to the changeset, the old rows are inserted, then the changeset runs. On
 * MariaDB (the shared test database already has the new shape) the changeset's SQL runs against temporary tables
 * in the old shape, which shadow the real tables in this connection only.
 */
class MedfinansieringMigreringTest {

    private static final String CHANGESET = "0090-insats-medfinansiering";
    private static final String FIL = "db/changelog/changes/0090-insats-medfinansiering.yaml";

    /** The old shape: four insatser, their budgets and their financiers without a year. */
    private static final List<String> GAMLA_RADER = List.of(
            // A: named financiers (rad 0 and 2: the old order, renumbered) and amounts in two years.
            "insert into insats (id, organisation_id, namn, startdatum, inriktning, preciserad_inriktning,"
                    + " uppfoljningsmetod) values (9001, 9000, 'A', '2024-03-01', 'INDIVIDINRIKTAD', 'FORBEREDANDE',"
                    + " 'INDIVID')",
            budget(9101, 9001, 2025, "0"),
            budget(9102, 9001, 2024, "1000"),
            budget(9103, 9001, 2026, "500"),
            "insert into insats_finansiar (insats_id, rad, namn, belopp) values (9001, 0, 'ESF', 600)",
            "insert into insats_finansiar (insats_id, rad, namn, belopp) values (9001, 2, 'Länsstyrelsen', 100)",
            // B: financiers but no budget: a budget for its start year is made to hold them.
            "insert into insats (id, organisation_id, namn, startdatum, inriktning, preciserad_inriktning,"
                    + " uppfoljningsmetod) values (9002, 9000, 'B', '2023-05-01', 'INDIVIDINRIKTAD', 'FORBEREDANDE',"
                    + " 'INDIVID')",
            "insert into insats_finansiar (insats_id, rad, namn, belopp) values (9002, 0, 'ESF', 2000)",
            // C: the named financiers explain more than the yearly amount: no extra row.
            "insert into insats (id, organisation_id, namn, startdatum, inriktning, preciserad_inriktning,"
                    + " uppfoljningsmetod) values (9003, 9000, 'C', '2025-01-01', 'INDIVIDINRIKTAD', 'FORBEREDANDE',"
                    + " 'INDIVID')",
            budget(9104, 9003, 2025, "100"),
            "insert into insats_finansiar (insats_id, rad, namn, belopp) values (9003, 0, 'ESF', 300)",
            // D: no co-financing at all.
            "insert into insats (id, organisation_id, namn, startdatum, inriktning, preciserad_inriktning,"
                    + " uppfoljningsmetod) values (9004, 9000, 'D', '2025-01-01', 'INDIVIDINRIKTAD', 'FORBEREDANDE',"
                    + " 'INDIVID')",
            budget(9105, 9004, 2025, "0"));

    /** insats, year, rad, finansiär, budget, utfall: the rule of the changeset's comment applied by hand. */
    private static final List<String> VANTAT = List.of(
            "9001 2024 0 ESF 600.00 0.00",
            "9001 2024 1 Länsstyrelsen 100.00 0.00",
            "9001 2024 2 Övriga finansiärer 300.00 0.00",
            "9001 2026 0 Övriga finansiärer 500.00 0.00",
            "9002 2023 0 ESF 2000.00 0.00",
            "9003 2025 0 ESF 300.00 0.00");

    private static final String RESULTAT = "select b.insats_id, b.ar, m.rad, m.finansiar, m.budget, m.utfall"
            + " from insats_medfinansiering m join insatsbudget b on b.id = m.insatsbudget_id"
            + " where b.insats_id between 9001 and 9004 order by b.insats_id, b.ar, m.rad";

    @Test
    void theChangesetMovesOldRowsByTheRuleOnTheEmbeddedDatabase() throws Exception {
        String url = "jdbc:h2:mem:medfinansiering;MODE=MariaDB;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
        try (Connection c = DriverManager.getConnection(url, "sa", "")) {
            Database db = DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(c));
            try (Liquibase liquibase =
                    new Liquibase("db/changelog/db.changelog-master.yaml", new ClassLoaderResourceAccessor(), db)) {
                List<ChangeSet> ej = liquibase.listUnrunChangeSets(new Contexts(), new LabelExpression());
                int fore = ej.stream().map(ChangeSet::getId).toList().indexOf(CHANGESET);
                assertThat(fore).isPositive();
                liquibase.update(fore, "");
                try (Statement s = c.createStatement()) {
                    s.execute(
                            "insert into samverkansorganisation (id, namn, organisationsnummer, finansieringsform,"
                                    + " startdatum) values (9000, 'Migreringsförbundet', '2220009990', 'FINSAM', '2000-01-01')");
                    for (String sql : GAMLA_RADER) {
                        s.execute(sql);
                    }
                }
                liquibase.update("");
            }
        }
        // Closing Liquibase closed its connection; the in-memory database lives on (DB_CLOSE_DELAY=-1).
        try (Connection c = DriverManager.getConnection(url, "sa", "")) {
            assertThat(rader(c, RESULTAT)).containsExactlyElementsOf(VANTAT);
            assertThat(rader(
                            c,
                            "select ar, planerade_deltagare, personal_budget from insatsbudget where insats_id = 9002"))
                    .containsExactly("2023 0 0.00");
            assertThat(
                            rader(
                                    c,
                                    "select count(*) from information_schema.tables where lower(table_name) = 'insats_finansiar'"))
                    .containsExactly("0");
            assertThat(rader(
                            c,
                            "select count(*) from information_schema.columns where lower(table_name) = 'insatsbudget'"
                                    + " and lower(column_name) = 'ovriga_finansiarer'"))
                    .containsExactly("0");
        }
    }

    @Test
    void theChangesetsSqlMovesOldRowsByTheRuleOnMariaDb() throws Exception {
        assumeTrue(TestDatabase.isMariaDb(), "MariaDB test database not reachable");
        try (Connection c = DriverManager.getConnection(TestDatabase.URL, TestDatabase.USER, TestDatabase.PASSWORD);
                Statement s = c.createStatement()) {
            // The old shape, as 0005 and 0008 made it, and the new table as 0090 creates it; temporary, so the
            // real tables of the shared test database are neither seen nor touched.
            s.execute("create temporary table insats (id bigint primary key, organisation_id bigint not null,"
                    + " namn varchar(200) not null, startdatum date not null, inriktning varchar(30) not null,"
                    + " preciserad_inriktning varchar(50) not null, uppfoljningsmetod varchar(20) not null)");
            s.execute("create temporary table insatsbudget (id bigint auto_increment primary key,"
                    + " version bigint not null default 0, insats_id bigint not null, ar int not null,"
                    + " planerade_deltagare int not null, personal_budget decimal(15,2) not null,"
                    + " personal_utfall decimal(15,2) not null, lokal_budget decimal(15,2) not null,"
                    + " lokal_utfall decimal(15,2) not null, ovrigt_budget decimal(15,2) not null,"
                    + " ovrigt_utfall decimal(15,2) not null, ovriga_finansiarer decimal(15,2) not null,"
                    + " unique (insats_id, ar))");
            s.execute("create temporary table insats_finansiar (insats_id bigint not null, rad int not null,"
                    + " namn varchar(200) not null, belopp decimal(15,2) not null, primary key (insats_id, rad))");
            s.execute("create temporary table insats_medfinansiering (insatsbudget_id bigint not null,"
                    + " rad int not null, finansiar varchar(200) not null, budget decimal(15,2) not null,"
                    + " utfall decimal(15,2) not null, primary key (insatsbudget_id, rad))");
            for (String sql : GAMLA_RADER) {
                s.execute(sql);
            }
            List<String> satser = changesetetsSql();
            assertThat(satser).hasSize(3);
            for (String sql : satser) {
                s.execute(sql);
            }
            assertThat(rader(c, RESULTAT)).containsExactlyElementsOf(VANTAT);
            assertThat(rader(
                            c,
                            "select ar, planerade_deltagare, personal_budget from insatsbudget where insats_id = 9002"))
                    .containsExactly("2023 0 0.00");
        }
    }

    private static String budget(long id, long insats, int ar, String ovriga) {
        return "insert into insatsbudget (id, version, insats_id, ar, planerade_deltagare, personal_budget,"
                + " personal_utfall, lokal_budget, lokal_utfall, ovrigt_budget, ovrigt_utfall, ovriga_finansiarer)"
                + " values (" + id + ", 0, " + insats + ", " + ar + ", 5, 1000, 0, 0, 0, 0, 0, " + ovriga + ")";
    }

    /** The {@code sql} changes of the changeset, in order, exactly as Liquibase runs them. */
    @SuppressWarnings("unchecked")
    private static List<String> changesetetsSql() throws Exception {
        try (InputStream in =
                MedfinansieringMigreringTest.class.getClassLoader().getResourceAsStream(FIL)) {
            Map<String, Object> logg = new Yaml().load(in);
            List<String> satser = new ArrayList<>();
            for (Object post : (List<Object>) logg.get("databaseChangeLog")) {
                Map<String, Object> cs = (Map<String, Object>) ((Map<String, Object>) post).get("changeSet");
                if (!CHANGESET.equals(cs.get("id"))) {
                    continue;
                }
                for (Object andring : (List<Object>) cs.get("changes")) {
                    Map<String, Object> sql = (Map<String, Object>) ((Map<String, Object>) andring).get("sql");
                    if (sql != null) {
                        satser.add((String) sql.get("sql"));
                    }
                }
            }
            return satser;
        }
    }

    private static List<String> rader(Connection c, String sql) throws SQLException {
        List<String> rader = new ArrayList<>();
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<String> v = new ArrayList<>();
                for (int i = 1; i <= n; i++) {
                    v.add(rs.getString(i));
                }
                rader.add(String.join(" ", v));
            }
        }
        return rader;
    }
}
