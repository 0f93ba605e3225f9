package se.finsam.sus.behorighet;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import se.finsam.sus.DatabaseTest;
import se.finsam.sus.audit.AuditAtgard;
import se.finsam.sus.base.Roll;
import se.finsam.sus.base.ValideringsException;

/**
 * Issue 12 #1: wrong passwords sent in parallel must not get past the lockout. Each attempt is counted atomically
 * in the database before its password is checked, so at most five are evaluated, and every attempt leaves exactly
 * one audit row.
 */
class ParallellInloggningTest extends DatabaseTest {

    static final int FORSOK = 20;

    @Autowired
    AuthenticationConfiguration authenticationConfiguration;

    @Autowired
    Kontoskapare konton;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void parallelWrongPasswordsAreEvaluatedAtMostFiveTimesAndAllAudited() throws Exception {
        AuthenticationManager manager = authenticationConfiguration.getAuthenticationManager();
        String namn = "parallell-" + UUID.randomUUID().toString().substring(0, 8);
        konton.skapaVidStart(namn, "Parallell Testsson", "ratt-losenord-123", Set.of(Roll.RAPPORTLASARE));

        ExecutorService pool = Executors.newFixedThreadPool(FORSOK);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Class<?>>> svar = new ArrayList<>();
        try {
            for (int i = 0; i < FORSOK; i++) {
                svar.add(pool.submit(() -> {
                    start.await();
                    try {
                        manager.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(namn, "fel-losenord"));
                        return Void.class;
                    } catch (RuntimeException e) {
                        return e.getClass();
                    }
                }));
            }
            start.countDown();
            int utvarderade = 0;
            int sparrade = 0;
            List<Class<?>> alla = new ArrayList<>();
            for (Future<Class<?>> f : svar) {
                Class<?> fel = f.get();
                alla.add(fel);
                if (fel == BadCredentialsException.class) {
                    utvarderade++;
                } else if (fel == KontoLastException.class) {
                    sparrade++;
                }
            }
            assertThat(utvarderade).as("passwords evaluated").isLessThanOrEqualTo(Anvandare.MAX_MISSLYCKADE);
            assertThat(utvarderade + sparrade)
                    .as("every attempt refused as wrong or locked: %s", alla)
                    .isEqualTo(FORSOK);
        } finally {
            pool.shutdownNow();
        }
        int misslyckade = auditRader(namn, AuditAtgard.INLOGGNING_MISSLYCKADES);
        int sparrade = auditRader(namn, AuditAtgard.INLOGGNING_SPARRAD);
        assertThat(misslyckade).isLessThanOrEqualTo(Anvandare.MAX_MISSLYCKADE);
        assertThat(misslyckade + sparrade).as("one audit row per attempt").isEqualTo(FORSOK);
        assertThat(auditRader(namn, AuditAtgard.KONTO_LAST)).isEqualTo(1);
    }

    @Autowired
    Tvafaktor tvafaktor;

    @Test
    void parallelWrongOneTimeCodesAreEvaluatedAtMostFiveTimesAndAllAudited() throws Exception {
        AuthenticationManager manager = authenticationConfiguration.getAuthenticationManager();
        String namn = "parallell-tf-" + UUID.randomUUID().toString().substring(0, 8);
        konton.skapaVidStart(namn, "Parallell Testsson", "ratt-losenord-123", Set.of(Roll.DELTAGARANSVARIG));
        Authentication steg1 =
                manager.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(namn, "ratt-losenord-123"));
        String hemlighet = Totp.nyHemlighet();

        ExecutorService pool = Executors.newFixedThreadPool(FORSOK);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Class<?>>> svar = new ArrayList<>();
        try {
            for (int i = 0; i < FORSOK; i++) {
                svar.add(pool.submit(() -> {
                    SecurityContextHolder.getContext().setAuthentication(steg1);
                    start.await();
                    try {
                        tvafaktor.slutforInloggning("000000", hemlighet);
                        return Void.class;
                    } catch (RuntimeException e) {
                        return e.getClass();
                    } finally {
                        SecurityContextHolder.clearContext();
                    }
                }));
            }
            start.countDown();
            int utvarderade = 0;
            int sparrade = 0;
            List<Class<?>> alla = new ArrayList<>();
            for (Future<Class<?>> f : svar) {
                Class<?> fel = f.get();
                alla.add(fel);
                if (fel == ValideringsException.class) {
                    utvarderade++;
                } else if (fel == KontoLastException.class) {
                    sparrade++;
                }
            }
            assertThat(utvarderade).as("codes evaluated and refused").isLessThan(Anvandare.MAX_MISSLYCKADE);
            assertThat(utvarderade + sparrade)
                    .as("every attempt refused as wrong or locked: %s", alla)
                    .isEqualTo(FORSOK);
        } finally {
            pool.shutdownNow();
        }
        int fel = auditRader(namn, AuditAtgard.TVAFAKTOR_FEL);
        assertThat(fel).isLessThanOrEqualTo(Anvandare.MAX_MISSLYCKADE);
        assertThat(fel + auditRader(namn, AuditAtgard.INLOGGNING_SPARRAD))
                .as("one audit row per attempt")
                .isEqualTo(FORSOK);
        assertThat(auditRader(namn, AuditAtgard.KONTO_LAST)).isEqualTo(1);
    }

    private int auditRader(String anvandarnamn, AuditAtgard atgard) {
        return jdbc.queryForObject(
                "select count(*) from audit_post where anvandare = ? and atgard = ?",
                Integer.class,
                anvandarnamn,
                atgard.name());
    }
}
