package se.finsam.sus.gallring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import se.finsam.sus.DatabaseTest;
import se.finsam.sus.audit.AuditGallring;
import se.finsam.sus.base.SomSystem;
import se.finsam.sus.base.TimeConfig;
import se.finsam.sus.base.ValideringsException;
import se.finsam.sus.behorighet.AnvandarAdministration;
import se.finsam.sus.behorighet.BehorighetGallring;
import se.finsam.sus.deltagare.DeltagandeGallring;

/**
 * The gallring on the real database with a fixed clock. "Today" is 1968-01-15, so with the default retention of five
 * years the limit is 1963-01-15: long before any demo or other test data (report fixtures use the 1980s and later), which the runs here therefore never touch.
 * Every test makes its own records on both sides of the limit, in years (1961–1964) nothing else uses.
 */
class GallringTest extends DatabaseTest {

    private static final LocalDate IDAG = LocalDate.of(1968, 1, 15);
    private static final Clock KLOCKA =
            Clock.fixed(IDAG.atTime(12, 0).atZone(TimeConfig.SWEDEN).toInstant(), TimeConfig.SWEDEN);
    private static final AtomicInteger NASTA = new AtomicInteger();

    @Autowired
    BehorighetGallring behorighet;

    @Autowired
    DeltagandeGallring deltaganden;

    @Autowired
    AuditGallring audit;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AnvandarAdministration anvandarAdministration;

    Gallringsjobb jobb;
    long insats;
    long organisation;

    @BeforeEach
    void forbered() {
        jobb = new Gallringsjobb(behorighet, deltaganden, audit, KLOCKA);
        insats = jdbc.queryForObject("select min(id) from insats where uppfoljningsmetod = 'INDIVID'", Long.class);
        organisation = jdbc.queryForObject("select organisation_id from insats where id = ?", Long.class, insats);
    }

    @AfterEach
    void utloggad() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aParticipationPastItsRetentionGoesWithItsChildrenIntoTheCountsExactlyOnce() {
        long gammal = deltagande(LocalDate.of(1961, 3, 1), LocalDate.of(1962, 6, 30), "KVINNA");
        long innanfor = deltagande(LocalDate.of(1961, 3, 1), LocalDate.of(1963, 2, 1), "KVINNA");
        long oppen = deltagande(LocalDate.of(1961, 3, 1), null, "MAN");
        int kvinnor = antal(1961, "kvinnor");
        int man = antal(1961, "man");
        long gallringsrader = gallringsrader("Deltagande");

        Gallringsjobb.Resultat forsta = jobb.kor();

        assertThat(forsta.deltaganden()).isEqualTo(1);
        assertThat(finns("deltagande", "id", gammal)).isZero();
        for (String barn : List.of("deltagande_forsorjning", "deltagande_samtycke_myndighet", "deltagande_andring")) {
            assertThat(finns(barn, "deltagande_id", gammal)).as(barn).isZero();
            assertThat(finns(barn, "deltagande_id", innanfor)).as(barn).isPositive();
        }
        assertThat(finns("deltagande", "id", innanfor)).isOne();
        assertThat(finns("deltagande", "id", oppen)).isOne();
        assertThat(antal(1961, "kvinnor")).isEqualTo(kvinnor + 1);
        assertThat(antal(1961, "man")).isEqualTo(man);
        assertThat(gallringsrader("Deltagande")).isEqualTo(gallringsrader + 1);
        assertThat(jdbc.queryForObject(
                        "select detaljer from audit_post where atgard = 'GALLRING' and objekttyp = 'Deltagande'"
                                + " order by id desc limit 1",
                        String.class))
                .isEqualTo("antal=1 slutdatum fore=1963-01-15");

        Gallringsjobb.Resultat andra = jobb.kor();

        assertThat(andra.deltaganden()).isZero();
        assertThat(antal(1961, "kvinnor")).isEqualTo(kvinnor + 1);
        assertThat(finns("deltagande", "id", innanfor)).isOne();
        assertThat(gallringsrader("Deltagande")).isEqualTo(gallringsrader + 1);
    }

    @Test
    void aFelregistreringIsRemovedWithoutBeingCounted() {
        long fel = deltagande(LocalDate.of(1962, 3, 1), LocalDate.of(1962, 4, 1), "KVINNA");
        jdbc.update("update deltagande set avslutsanledning = 'FELREGISTRERING' where id = ?", fel);
        int kvinnor = antal(1962, "kvinnor");

        jobb.kor();

        assertThat(finns("deltagande", "id", fel)).isZero();
        assertThat(antal(1962, "kvinnor")).isEqualTo(kvinnor);
    }

    @Test
    void twoRunsAtOnceCountEveryParticipationExactlyOnce() throws Exception {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            ids.add(deltagande(LocalDate.of(1961, 5, 1), LocalDate.of(1962, 1, 31), "MAN"));
        }
        int man = antal(1961, "man");
        ExecutorService tradar = Executors.newFixedThreadPool(2);
        try {
            Callable<Gallringsjobb.Resultat> korning = jobb::kor;
            Future<Gallringsjobb.Resultat> a = tradar.submit(korning);
            Future<Gallringsjobb.Resultat> b = tradar.submit(korning);
            long a1 = a.get().deltaganden();
            long b1 = b.get().deltaganden();
            // Each run removed its share or stopped (-1) on meeting the other; together exactly the 40.
            assertThat(Math.max(a1, 0) + Math.max(b1, 0)).isEqualTo(40);
        } finally {
            tradar.shutdown();
        }
        assertThat(jobb.kor().deltaganden()).isZero();
        for (long id : ids) {
            assertThat(finns("deltagande", "id", id)).isZero();
        }
        assertThat(antal(1961, "man")).isEqualTo(man + 40);
    }

    @Test
    void endedUppdragPastTheirRetentionAreDeleted() {
        long anvandare = anvandare(true, null);
        long gammalt = uppdrag(anvandare, LocalDate.of(1962, 12, 31));
        long innanfor = uppdrag(anvandare, LocalDate.of(1963, 1, 15));
        long rader = gallringsrader("Uppdrag");

        assertThat(jobb.kor().uppdrag()).isEqualTo(1);
        assertThat(finns("uppdrag", "id", gammalt)).isZero();
        assertThat(finns("uppdrag", "id", innanfor)).isOne();
        assertThat(gallringsrader("Uppdrag")).isEqualTo(rader + 1);

        assertThat(jobb.kor().uppdrag()).isZero();
        assertThat(gallringsrader("Uppdrag")).isEqualTo(rader + 1);
    }

    @Test
    void decidedBestallningarPastTheirRetentionAreDeletedAndWaitingOnesStay() {
        long anvandare = anvandare(true, null);
        long gammalGodkand = bestallning(anvandare, "GODKAND", LocalDateTime.of(1962, 12, 1, 9, 0));
        long gammalAvvisad = bestallning(anvandare, "AVVISAD", LocalDateTime.of(1961, 5, 1, 9, 0));
        long innanfor = bestallning(anvandare, "AVVISAD", LocalDateTime.of(1963, 2, 1, 9, 0));
        long vantar = bestallning(anvandare, "VANTAR", null);
        long rader = gallringsrader("Bestallning");

        assertThat(jobb.kor().bestallningar()).isEqualTo(2);
        assertThat(finns("bestallning", "id", gammalGodkand)).isZero();
        assertThat(finns("bestallning", "id", gammalAvvisad)).isZero();
        assertThat(finns("bestallning", "id", innanfor)).isOne();
        assertThat(finns("bestallning", "id", vantar)).isOne();
        assertThat(gallringsrader("Bestallning")).isEqualTo(rader + 1);
        assertThat(jdbc.queryForObject(
                        "select detaljer from audit_post where atgard = 'GALLRING' and objekttyp = 'Bestallning'"
                                + " order by id desc limit 1",
                        String.class))
                .isEqualTo("antal=2 beslutad fore=1963-01-15");

        assertThat(jobb.kor().bestallningar()).isZero();
        assertThat(gallringsrader("Bestallning")).isEqualTo(rader + 1);
        jdbc.update("delete from bestallning where anvandare_id = ?", anvandare);
    }

    @Test
    void aDeactivatedUserWithoutLoginsForTheRetentionIsAnonymisedAndAuditStaysReadable() {
        long gammal = anvandare(false, LocalDateTime.of(1962, 11, 1, 8, 0));
        long nyligen = anvandare(false, LocalDateTime.of(1963, 2, 1, 8, 0));
        long aktiv = anvandare(true, LocalDateTime.of(1961, 1, 1, 8, 0));
        String namn = jdbc.queryForObject("select anvandarnamn from anvandare where id = ?", String.class, gammal);
        long uppdraget = uppdrag(gammal, LocalDate.of(1964, 6, 30));
        jdbc.update(
                "insert into audit_post (tidpunkt, anvandare, atgard) values (?, ?, 'INLOGGNING_LYCKADES')",
                Timestamp.valueOf(LocalDateTime.of(1962, 11, 1, 7, 0)),
                namn);
        long rader = gallringsrader("Anvandare");

        assertThat(jobb.kor().anvandare()).isEqualTo(1);

        assertThat(jdbc.queryForMap(
                        "select anvandarnamn, namn, losenord_hash, totp_hemlighet, arbetsgivare_namn, anonymiserad"
                                + " from anvandare where id = ?",
                        gammal))
                .containsEntry("anvandarnamn", "gallrad-" + gammal)
                .containsEntry("namn", "(gallrad)")
                .containsEntry("losenord_hash", null)
                .containsEntry("totp_hemlighet", null)
                .containsEntry("arbetsgivare_namn", null)
                .containsEntry("anonymiserad", true);
        assertThat(finns("anvandare_roll", "anvandare_id", gammal)).isZero();
        // The uppdrag still points at the row (no broken key), and the audit log still names the user as then.
        assertThat(finns("uppdrag", "id", uppdraget)).isOne();
        assertThat(jdbc.queryForObject("select count(*) from audit_post where anvandare = ?", Integer.class, namn))
                .isOne();
        assertThat(jdbc.queryForObject("select anonymiserad from anvandare where id = ?", Boolean.class, nyligen))
                .isFalse();
        assertThat(jdbc.queryForObject("select anonymiserad from anvandare where id = ?", Boolean.class, aktiv))
                .isFalse();
        assertThat(gallringsrader("Anvandare")).isEqualTo(rader + 1);

        assertThat(jobb.kor().anvandare()).isZero();
        assertThat(gallringsrader("Anvandare")).isEqualTo(rader + 1);

        // Nobody can bring the emptied account back.
        long version = jdbc.queryForObject("select version from anvandare where id = ?", Long.class, gammal);
        SomSystem.somSystemadministrator(() -> assertThatThrownBy(
                        () -> anvandarAdministration.setAktiv(gammal, version, true))
                .isInstanceOfSatisfying(
                        ValideringsException.class,
                        e -> assertThat(e.getMessage()).contains("anvandare.fel.gallrad")));
    }

    @Test
    void auditRowsAreOnlyCountedByTheApplicationAndTheirCountIsAudited() {
        long gammal = auditrad(LocalDateTime.of(1962, 12, 1, 0, 0));
        long innanfor = auditrad(LocalDateTime.of(1963, 2, 1, 0, 0));
        long fore = jdbc.queryForObject(
                "select count(*) from audit_post where tidpunkt < ?",
                Long.class,
                Timestamp.valueOf(LocalDateTime.ofInstant(
                        LocalDate.of(1963, 1, 15)
                                .atStartOfDay(TimeConfig.SWEDEN)
                                .toInstant(),
                        ZoneOffset.UTC)));

        Gallringsjobb.Resultat r = jobb.kor();

        assertThat(r.auditForfallna()).isEqualTo(fore).isPositive();
        assertThat(finns("audit_post", "id", gammal)).isOne();
        assertThat(finns("audit_post", "id", innanfor)).isOne();
        assertThat(jdbc.queryForObject(
                        "select detaljer from audit_post where atgard = 'GALLRING' and objekttyp = 'AuditPost'"
                                + " and anvandare = 'system' order by id desc limit 1",
                        String.class))
                .isEqualTo("forfallna=" + fore + " fore=1963-01-15 (raderas av databasadministratoren)");
    }

    /** The database administrator's script deletes audit rows past five years, and only those. */
    @Test
    void theAdministratorsScriptDeletesOnlyAuditRowsOlderThanTheRetention() throws Exception {
        LocalDateTime nu = LocalDateTime.now(ZoneOffset.UTC);
        long gammal = auditrad(nu.minusYears(5).minusDays(1));
        long innanfor = auditrad(nu.minusYears(5).plusDays(1));
        String skript = Files.readString(Path.of("docs/gallring-audit.sql"));
        List<String> satser = skript.lines()
                .filter(rad -> !rad.isBlank() && !rad.startsWith("--"))
                .toList();
        assertThat(satser).singleElement().asString().startsWith("DELETE FROM audit_post WHERE tidpunkt <");

        jdbc.update(satser.getFirst());

        assertThat(finns("audit_post", "id", gammal)).isZero();
        assertThat(finns("audit_post", "id", innanfor)).isOne();
    }

    @Test
    void onlyTheGallringMayCallTheGallringServices() {
        assertThatThrownBy(() -> deltaganden.gallra(IDAG)).isInstanceOf(RuntimeException.class);
        SomSystem.somSystemadministrator(() -> {
            assertThatThrownBy(() -> deltaganden.gallra(IDAG)).isInstanceOf(AuthorizationDeniedException.class);
            assertThatThrownBy(() -> behorighet.gallraUppdrag(IDAG)).isInstanceOf(AuthorizationDeniedException.class);
            assertThatThrownBy(() -> behorighet.gallraAnvandare(IDAG)).isInstanceOf(AuthorizationDeniedException.class);
            assertThatThrownBy(() -> behorighet.gallraBestallningar(IDAG))
                    .isInstanceOf(AuthorizationDeniedException.class);
            assertThatThrownBy(() -> audit.forfallna(IDAG)).isInstanceOf(AuthorizationDeniedException.class);
        });
    }

    /** The shipped schedule is a valid cron expression: every night at 02:30. */
    @Test
    void theDefaultScheduleRunsEveryNightAtHalfPastTwo() throws Exception {
        java.util.Properties egenskaper = new java.util.Properties();
        try (var in = getClass().getResourceAsStream("/application.properties")) {
            egenskaper.load(in);
        }
        CronExpression cron = CronExpression.parse(egenskaper.getProperty("sus.gallring.cron"));
        assertThat(cron.next(IDAG.atTime(12, 0))).isEqualTo(IDAG.plusDays(1).atTime(2, 30));
    }

    /** A participation with försörjning ticks at start and exit, two consent authorities and one correction. */
    private long deltagande(LocalDate start, LocalDate slut, String kon) {
        jdbc.update(
                """
                insert into deltagande (insats_id, organisation_id, samordningsnummer, kon, aldersgrupp, hemkommun,
                  remitterande, tid_i_utanforskap, samtycke_datum, samtycke_registrering, samtycke_registrerat_av,
                  startdatum, slutdatum, avslutsanledning, timmar_start_arbete_med_stod,
                  timmar_start_arbete_utan_stod, timmar_start_studier, timmar_start_eget_foretag, skapad, skapad_av,
                  identitet_hash)
                values (?, ?, false, ?, 'AR_20_24', '0180', 'FORSAKRINGSKASSAN', 'AR_1_2', ?, true, 'gallringstest',
                  ?, ?, ?, 0, 0, 0, 0, ?, 'gallringstest', ?)""",
                insats,
                organisation,
                kon,
                start,
                start,
                slut,
                slut == null ? null : "ARBETE",
                Timestamp.valueOf(start.atStartOfDay()),
                "%064d".formatted(NASTA.incrementAndGet() + 900_000_000L));
        long id = jdbc.queryForObject("select max(id) from deltagande where skapad_av = 'gallringstest'", Long.class);
        jdbc.update(
                "insert into deltagande_forsorjning (deltagande_id, tillfalle, kalla) values (?, 'START', 'SJUKPENNING')",
                id);
        if (slut != null) {
            jdbc.update(
                    "insert into deltagande_forsorjning (deltagande_id, tillfalle, kalla) values (?, 'SLUT', 'AKASSA')",
                    id);
        }
        jdbc.update(
                "insert into deltagande_samtycke_myndighet (deltagande_id, myndighet) values (?, 'KOMMUN'), (?, 'FORSAKRINGSKASSAN')",
                id,
                id);
        jdbc.update(
                "insert into deltagande_andring (deltagande_id, tidpunkt, anvandare, falt, gammalt_varde, nytt_varde)"
                        + " values (?, ?, 'gallringstest', 'startdatum', '1961-01-01', ?)",
                id,
                Timestamp.valueOf(start.atStartOfDay()),
                start.toString());
        return id;
    }

    private long anvandare(boolean aktiv, LocalDateTime senastInloggad) {
        String namn = "gallring" + NASTA.incrementAndGet() + "-" + System.nanoTime();
        jdbc.update(
                "insert into anvandare (anvandarnamn, namn, losenord_hash, aktiv, skapad, arbetsgivare,"
                        + " arbetsgivare_namn, totp_hemlighet, senast_inloggad) values (?, 'Test Testsson',"
                        + " '{bcrypt}x', ?, ?, 'KOMMUN', 'Testkommun', 'hemlig', ?)",
                namn,
                aktiv,
                Timestamp.valueOf(LocalDateTime.of(1960, 1, 1, 0, 0)),
                senastInloggad == null ? null : Timestamp.valueOf(senastInloggad));
        long id = jdbc.queryForObject("select id from anvandare where anvandarnamn = ?", Long.class, namn);
        jdbc.update("insert into anvandare_roll (anvandare_id, roll) values (?, 'RAPPORTLASARE')", id);
        return id;
    }

    private long uppdrag(long anvandare, LocalDate slut) {
        jdbc.update(
                "insert into uppdrag (anvandare_id, roll, omfattning, organisation_id, startdatum, slutdatum)"
                        + " values (?, 'RAPPORTLASARE', 'ORGANISATION', ?, ?, ?)",
                anvandare,
                organisation,
                slut.minusYears(1),
                slut);
        return jdbc.queryForObject("select max(id) from uppdrag where anvandare_id = ?", Long.class, anvandare);
    }

    /** A beställning of a deltagaransvarig uppdrag for the user, waiting or decided at {@code beslutad}. */
    private long bestallning(long anvandare, String status, LocalDateTime beslutad) {
        jdbc.update(
                "insert into bestallning (anvandare_id, roll, omfattning, organisation_id, startdatum, slutdatum,"
                        + " bestalld_av, bestalld, status, beslutad_av, beslutad, motivering) values (?,"
                        + " 'DELTAGARANSVARIG', 'ORGANISATION', ?, '1960-01-01', '1960-12-31', ?, ?, ?, ?, ?, ?)",
                anvandare,
                organisation,
                anvandare,
                Timestamp.valueOf(LocalDateTime.of(1960, 1, 1, 9, 0)),
                status,
                beslutad == null ? null : anvandare,
                beslutad == null ? null : Timestamp.valueOf(beslutad),
                "AVVISAD".equals(status) ? "Ingen anställning" : null);
        return jdbc.queryForObject("select max(id) from bestallning where anvandare_id = ?", Long.class, anvandare);
    }

    private long auditrad(LocalDateTime utc) {
        String markor = "gallringstest-" + NASTA.incrementAndGet();
        jdbc.update(
                "insert into audit_post (tidpunkt, anvandare, atgard, detaljer) values (?, 'gallringstest', 'LOGG_EXPORTERAD', ?)",
                Timestamp.valueOf(utc),
                markor);
        return jdbc.queryForObject("select id from audit_post where detaljer = ?", Long.class, markor);
    }

    private int antal(int ar, String kolumn) {
        return jdbc.queryForObject(
                "select coalesce(sum(" + kolumn + "), 0) from deltagar_antal where insats_id = ? and ar = ?",
                Integer.class,
                insats,
                ar);
    }

    private long gallringsrader(String typ) {
        return jdbc.queryForObject(
                "select count(*) from audit_post where atgard = 'GALLRING' and objekttyp = ? and anvandare = 'system'",
                Long.class,
                typ);
    }

    private int finns(String tabell, String kolumn, long id) {
        return jdbc.queryForObject("select count(*) from " + tabell + " where " + kolumn + " = ?", Integer.class, id);
    }
}
