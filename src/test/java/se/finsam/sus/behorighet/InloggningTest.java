package se.finsam.sus.behorighet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.core.Authentication;
import se.finsam.sus.DatabaseTest;
import se.finsam.sus.audit.AuditAtgard;
import se.finsam.sus.base.Roll;

/** Login through Spring Security's real authentication manager, against users in the database. */
class InloggningTest extends DatabaseTest {

    @Autowired
    AuthenticationConfiguration authenticationConfiguration;

    @Autowired
    Kontoskapare konton;

    @Autowired
    AnvandareRepository anvandare;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    AuthenticationManager manager;
    String namn;

    @BeforeEach
    void setUp() throws Exception {
        manager = authenticationConfiguration.getAuthenticationManager();
        namn = "test-" + UUID.randomUUID().toString().substring(0, 8);
        konton.skapaVidStart(namn, "Test Testsson", "ratt-losenord-123", Set.of(Roll.RAPPORTLASARE));
    }

    @Test
    void correctPasswordLogsInAndIsAudited() {
        assertThat(senastInloggad()).isNull();
        Authentication auth = manager.authenticate(token(namn, "ratt-losenord-123"));
        // The gallring of deactivated users counts from the last completed login (issue 12 #17).
        assertThat(senastInloggad()).isNotNull();
        assertThat(auth.isAuthenticated()).isTrue();
        assertThat(auth.getPrincipal()).isInstanceOfSatisfying(SusPrincipal.class, p -> {
            assertThat(p.visningsnamn()).isEqualTo("Test Testsson");
            assertThat(p.getPassword()).as("hash erased after login").isNull();
        });
        assertThat(auditRader(namn, AuditAtgard.INLOGGNING_LYCKADES)).isEqualTo(1);
    }

    private java.sql.Timestamp senastInloggad() {
        return jdbc.queryForObject(
                "select senast_inloggad from anvandare where anvandarnamn = ?", java.sql.Timestamp.class, namn);
    }

    @Test
    void passwordIsStoredAsAdaptiveHash() {
        String hash = anvandare.findByAnvandarnamn(namn).orElseThrow().getLosenordHash();
        assertThat(hash).startsWith("{bcrypt}").doesNotContain("ratt-losenord-123");
    }

    @Test
    void userNameIsCaseInsensitive() {
        assertThat(manager.authenticate(token(" " + namn.toUpperCase() + " ", "ratt-losenord-123"))
                        .isAuthenticated())
                .isTrue();
    }

    @Test
    void wrongPasswordAndUnknownUserFailTheSameWay() {
        assertThatThrownBy(() -> manager.authenticate(token(namn, "fel")))
                .isExactlyInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> manager.authenticate(token("finns-inte-" + namn, "fel")))
                .isExactlyInstanceOf(BadCredentialsException.class);
        assertThat(auditRader(namn, AuditAtgard.INLOGGNING_MISSLYCKADES)).isEqualTo(1);
    }

    @Test
    void fiveFailuresInARowLockTheAccountForFifteenMinutes() {
        for (int i = 0; i < 4; i++) {
            assertThatThrownBy(() -> manager.authenticate(token(namn, "fel")))
                    .isInstanceOf(BadCredentialsException.class);
        }
        assertThat(anvandare.findByAnvandarnamn(namn).orElseThrow().getLastTill())
                .isNull();
        Instant fore = Instant.now();
        assertThatThrownBy(() -> manager.authenticate(token(namn, "fel"))).isInstanceOf(BadCredentialsException.class);

        Instant lastTill = anvandare.findByAnvandarnamn(namn).orElseThrow().getLastTill();
        assertThat(lastTill).isBetween(fore.plusSeconds(14 * 60), Instant.now().plusSeconds(15 * 60 + 1));
        // Even the right password is refused while locked, and the user is told until when.
        assertThatThrownBy(() -> manager.authenticate(token(namn, "ratt-losenord-123")))
                .isInstanceOfSatisfying(
                        KontoLastException.class, e -> assertThat(e.lastTill()).isEqualTo(lastTill));
        assertThat(auditRader(namn, AuditAtgard.KONTO_LAST)).isEqualTo(1);
        assertThat(auditRader(namn, AuditAtgard.INLOGGNING_SPARRAD)).isEqualTo(1);
    }

    @Test
    void successResetsTheFailureCount() {
        for (int i = 0; i < 4; i++) {
            assertThatThrownBy(() -> manager.authenticate(token(namn, "fel")))
                    .isInstanceOf(BadCredentialsException.class);
        }
        manager.authenticate(token(namn, "ratt-losenord-123"));
        assertThatThrownBy(() -> manager.authenticate(token(namn, "fel"))).isInstanceOf(BadCredentialsException.class);
        assertThat(anvandare.findByAnvandarnamn(namn).orElseThrow().getLastTill())
                .isNull();
        assertThat(anvandare.findByAnvandarnamn(namn).orElseThrow().getMisslyckadeInloggningar())
                .isEqualTo(1);
    }

    @Test
    void textTypedAsAnUnknownUserNameIsNeverStoredInTheAuditLog() {
        // Issue 12 #14: a password typed in the user-name field must not end up in the audit log.
        String skrivet = "Hemligt-Losenord-" + UUID.randomUUID();
        assertThatThrownBy(() -> manager.authenticate(token(skrivet, "fel")))
                .isInstanceOf(BadCredentialsException.class);
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_post where lower(anvandare) like ? or lower(detaljer) like ?",
                        Integer.class,
                        "%" + skrivet.toLowerCase() + "%",
                        "%" + skrivet.toLowerCase() + "%"))
                .isZero();
        assertThat(auditRader(InloggningsLyssnare.OKANT_ANVANDARNAMN, AuditAtgard.INLOGGNING_MISSLYCKADES))
                .isPositive();
        // An existing user's name is still recorded.
        assertThatThrownBy(() -> manager.authenticate(token(namn, "fel"))).isInstanceOf(BadCredentialsException.class);
        assertThat(auditRader(namn, AuditAtgard.INLOGGNING_MISSLYCKADES)).isEqualTo(1);
    }

    private int auditRader(String anvandarnamn, AuditAtgard atgard) {
        return jdbc.queryForObject(
                "select count(*) from audit_post where anvandare = ? and atgard = ?",
                Integer.class,
                anvandarnamn,
                atgard.name());
    }

    private static UsernamePasswordAuthenticationToken token(String user, String password) {
        return UsernamePasswordAuthenticationToken.unauthenticated(user, password);
    }
}
