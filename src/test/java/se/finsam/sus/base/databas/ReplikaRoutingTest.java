package se.finsam.sus.base.databas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.Locale;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import se.finsam.sus.DatabaseTest;
import se.finsam.sus.TestDatabase;
import se.finsam.sus.behorighet.BehorighetService;
import se.finsam.sus.behorighet.TestInloggning;
import se.finsam.sus.forsorjning.ForsorjningsmattService;
import se.finsam.sus.rapport.Enhet;
import se.finsam.sus.rapport.Period;
import se.finsam.sus.rapport.RapportService;
import se.finsam.sus.rapport.Rapporturval;

/**
 * Issue 14: where a query goes when a replica is configured. In the tests the replica is the test database itself,
 * reached through the replica pool, whose sessions carry {@code @sus_kalla = 'replika'} and are read-only
 * ({@code TestDatabase}); a primary session has no such variable.
 */
class ReplikaRoutingTest extends DatabaseTest {

    private static final String KALLA = "select @sus_kalla";

    @Autowired
    DataSource dataSource;

    @Autowired
    PlatformTransactionManager transaktioner;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    RapportService rapporter;

    @Autowired
    ForsorjningsmattService forsorjningsmatt;

    @Autowired
    AuthenticationConfiguration authenticationConfiguration;

    ReplikaMedReserv replika;

    @BeforeEach
    void medReplika() {
        assumeTrue(
                TestDatabase.medReplika(), "the replica routing is on in tests with SUS_TEST_REPLIKA=true on MariaDB");
        replika = ((ReplikaKonfiguration.StangbarRouting) dataSource).reserv();
    }

    @AfterEach
    void loggaUt() {
        SecurityContextHolder.clearContext();
    }

    /** A transaction as {@code @Transactional} on the named class's method starts it. */
    private Object kallaI(Class<?> klass, boolean lasning) {
        TransactionTemplate t = new TransactionTemplate(transaktioner);
        t.setName(klass.getName() + ".metod");
        t.setReadOnly(lasning);
        return t.execute(s -> jdbc.queryForObject(KALLA, String.class));
    }

    @Test
    void readOnlyTransactionOfAMarkedServiceReadsFromTheReplica() {
        assertThat(kallaI(RapportService.class, true)).isEqualTo("replika");
        assertThat(kallaI(ForsorjningsmattService.class, true)).isEqualTo("replika");
    }

    @Test
    void readWriteTransactionOfAMarkedServiceGoesToThePrimary() {
        assertThat(kallaI(RapportService.class, false)).isNull();
    }

    @Test
    void readOnlyTransactionOfAnUnmarkedServiceStaysOnThePrimary() {
        // A grid refreshed right after a save must see the save, so only reports and the API go to the replica.
        assertThat(kallaI(BehorighetService.class, true)).isNull();
    }

    @Test
    void statementsOutsideATransactionGoToThePrimary() {
        assertThat(jdbc.queryForObject(KALLA, String.class)).isNull();
    }

    @Test
    void aWriteInsideAReplicaTransactionFails() {
        // The guard the next test rests on: a write on a replica session fails instead of diverging the replica.
        TransactionTemplate t = new TransactionTemplate(transaktioner);
        t.setName(RapportService.class.getName() + ".kor");
        t.setReadOnly(true);
        assertThatThrownBy(
                        () -> t.executeWithoutResult(s -> jdbc.update("update lan set namn = namn where kod = '01'")))
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("READ ONLY");
    }

    @Test
    void theRealServicesReadFromTheReplica() {
        long fore = replika.franReplikan();
        forsorjningsmatt.kvartalMedData();
        assertThat(replika.franReplikan()).isEqualTo(fore + 1);
    }

    @Test
    void aReportReadsFromTheReplicaAndWritesItsAuditRowToThePrimary() throws Exception {
        TestInloggning.fullt(authenticationConfiguration
                .getAuthenticationManager()
                .authenticate(UsernamePasswordAuthenticationToken.unauthenticated("rapport", "sus-demo-2026")));
        long auditFore = auditRader();
        long fore = replika.franReplikan();

        rapporter.kor(rapporter.familjer().getFirst(), Rapporturval.av(Period.ar(2025), Enhet.RIKET), Locale.of("sv"));

        // The audit row's REQUIRES_NEW transaction is read-write: on a replica session its insert would have failed.
        assertThat(auditRader()).isEqualTo(auditFore + 1);
        assertThat(replika.franReplikan()).isEqualTo(fore + 1);
    }

    private long auditRader() {
        return jdbc.queryForObject("select count(*) from audit_post where atgard = 'RAPPORT_KORD'", Long.class);
    }
}
