package se.finsam.sus.deltagare;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import liquibase.Liquibase;
import liquibase.changelog.ChangeSet;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;
import org.junit.jupiter.api.Test;

/**
 * Changesets 0080–0082 keep existing participations: a database migrated up to just before them, holding
 * participations with and without a behovsgrupp and a felregistrering, is migrated the rest of the way; every
 * behovsgrupp becomes a row of {@code deltagande_behovsgrupp}, the old column is gone, earlier rows were not
 * arbetssökande at entry and have nothing recorded at exit, and the report view still shows the same rows. Runs
 * on its own embedded database (MariaDB mode, as the demo), because the Spring tests' database is migrated once
 * for the whole run; the full migration on MariaDB runs at every test start.
 */
class MigreringBehovsgrupperTest {

    private static final String MASTER = "db/changelog/db.changelog-master.yaml";
    private static final String FORSTA_NYA = "0080-deltagande-behovsgrupp";

    @Test
    void existingBehovsgruppBecomesARowAndTheViewKeepsItsRows() throws Exception {
        String url = "jdbc:h2:mem:migrering-" + UUID.randomUUID() + ";MODE=MariaDB;DB_CLOSE_DELAY=-1";
        // Liquibase closes its connection: one connection per step (the in-memory database stays).
        try (Liquibase lb = liquibase(DriverManager.getConnection(url, "sa", ""))) {
            int fore = indexAv(lb, FORSTA_NYA);
            assertThat(fore)
                    .as("changeset " + FORSTA_NYA + " is in the master changelog")
                    .isPositive();
            lb.update(fore, "");
        }
        try (Connection c = DriverManager.getConnection(url, "sa", "");
                Statement s = c.createStatement()) {
            // Only the participation rows matter here, not their insats and organisation.
            s.execute("set referential_integrity false");
            s.execute(insert(1, "'LANGTIDSSJUKSKRIVNA'", "null"));
            s.execute(insert(2, "null", "null"));
            s.execute(insert(3, "'UNGA_AKTIVITETSERSATTNING'", "'ARBETE'"));
            s.execute(insert(4, "'UNGA_FUNKTIONSNEDSATTNING'", "'FELREGISTRERING'"));
            s.execute("set referential_integrity true");
        }
        try (Liquibase lb = liquibase(DriverManager.getConnection(url, "sa", ""))) {
            lb.update("");
        }
        try (Connection c = DriverManager.getConnection(url, "sa", "")) {
            assertThat(rader(c, "select deltagande_id, behovsgrupp from deltagande_behovsgrupp order by 1"))
                    .containsExactly(
                            "1 LANGTIDSSJUKSKRIVNA", "3 UNGA_AKTIVITETSERSATTNING", "4 UNGA_FUNKTIONSNEDSATTNING");
            assertThat(kolumner(c, "select * from deltagande")).doesNotContain("BEHOVSGRUPP");
            assertThat(rader(
                            c,
                            "select id, utbildningsniva, arbetssokande_start, arbetssokande_slut from deltagande"
                                    + " order by id"))
                    .containsExactly(
                            "1 null false null", "2 null false null", "3 null false null", "4 null false null");
            assertThat(rader(c, "select id, identitet_hash from deltagande_rapport order by id"))
                    .as("same rows as before: not the felregistrering")
                    .containsExactly("1 hash1", "2 hash2", "3 hash3");
            assertThat(rader(
                            c,
                            "select r.id, b.behovsgrupp from deltagande_rapport r join deltagande_behovsgrupp b"
                                    + " on b.deltagande_id = r.id order by r.id"))
                    .containsExactly("1 LANGTIDSSJUKSKRIVNA", "3 UNGA_AKTIVITETSERSATTNING");
        }
    }

    private static Liquibase liquibase(Connection c) throws Exception {
        Database db = DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(c));
        return new Liquibase(MASTER, new ClassLoaderResourceAccessor(), db);
    }

    /** How many changesets come before the one with {@code id}, in the order they run. */
    private static int indexAv(Liquibase lb, String id) throws Exception {
        List<ChangeSet> alla = lb.getDatabaseChangeLog().getChangeSets();
        for (int i = 0; i < alla.size(); i++) {
            if (alla.get(i).getId().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    private static String insert(long id, String behovsgrupp, String anledning) {
        String slut = anledning.equals("null") ? "null" : "date '2025-06-30'";
        return "insert into deltagande (id, version, insats_id, organisation_id, identitet_krypterad, identitet_hash,"
                + " samordningsnummer, kon, aldersgrupp, hemkommun, behovsgrupp, remitterande, tid_i_utanforskap,"
                + " samtycke_datum, samtycke_registrering, samtycke_registrerat_av, startdatum, slutdatum,"
                + " avslutsanledning, timmar_start_arbete_med_stod, timmar_start_arbete_utan_stod,"
                + " timmar_start_studier, timmar_start_eget_foretag, anonymiserad, skapad, skapad_av) values ("
                + id + ", 0, 1, 1, 'x', 'hash" + id + "', false, 'KVINNA', 'AR_30_39', '0114', " + behovsgrupp
                + ", 'KOMMUN', 'OKANT', date '2025-01-01', true, 'test', date '2025-01-01', " + slut + ", "
                + anledning + ", 0, 0, 0, 0, false, timestamp '2025-01-01 00:00:00', 'test')";
    }

    private static List<String> rader(Connection c, String sql) throws SQLException {
        List<String> rader = new ArrayList<>();
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<String> varden = new ArrayList<>();
                for (int i = 1; i <= n; i++) {
                    varden.add(String.valueOf(rs.getObject(i)));
                }
                rader.add(String.join(" ", varden));
            }
        }
        return rader;
    }

    private static List<String> kolumner(Connection c, String sql) throws SQLException {
        List<String> namn = new ArrayList<>();
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                namn.add(rs.getMetaData().getColumnLabel(i).toUpperCase(java.util.Locale.ROOT));
            }
        }
        return namn;
    }
}
