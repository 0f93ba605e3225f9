package se.finsam.sus.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.core.context.SecurityContextHolder;
import se.finsam.sus.DatabaseTest;
import se.finsam.sus.base.HittadesInteException;
import se.finsam.sus.base.ValideringsException;
import se.finsam.sus.behorighet.TestInloggning;

/** Financiers of an insats outside the förbund: named, with amounts, validated, scoped, versioned, audited. */
class InsatsFinansiarTest extends DatabaseTest {

    @Autowired
    InsatsService insatser;

    @Autowired
    AuthenticationConfiguration authenticationConfiguration;

    @Autowired
    JdbcTemplate jdbc;

    long egen;
    long annan;

    @BeforeEach
    void demo() throws Exception {
        egen = jdbc.queryForObject(
                "select min(i.id) from insats i join samverkansorganisation s on s.id = "
                        + "i.organisation_id where s.namn = 'Samordningsförbundet Norra Stockholm'",
                Long.class);
        annan = jdbc.queryForObject(
                "select min(i.id) from insats i join samverkansorganisation s on s.id = "
                        + "i.organisation_id where s.namn <> 'Samordningsförbundet Norra Stockholm'",
                Long.class);
        TestInloggning.fullt(authenticationConfiguration
                .getAuthenticationManager()
                .authenticate(UsernamePasswordAuthenticationToken.unauthenticated("insats", "sus-demo-2026")));
    }

    @AfterEach
    void logout() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void storesNamedFinanciersAndAuditsTheChange() {
        long version = insatser.hamta(egen).version();
        insatser.sparaFinansiarer(
                egen,
                version,
                List.of(
                        new AnnanFinansiar(" ESF-rådet ", new BigDecimal("150000.5")),
                        new AnnanFinansiar("Region Stockholm", new BigDecimal("20000"))));
        assertThat(insatser.finansiarer(egen))
                .containsExactly(
                        new AnnanFinansiar("ESF-rådet", new BigDecimal("150000.50")),
                        new AnnanFinansiar("Region Stockholm", new BigDecimal("20000.00")));
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_post where atgard = 'INSATS_ANDRAD' and objekt_id = ?"
                                + " and detaljer like 'finansiarer:%'",
                        Integer.class, String.valueOf(egen)))
                .isGreaterThanOrEqualTo(1);
        assertThatThrownBy(() -> insatser.sparaFinansiarer(egen, version, List.of()))
                .as("stale version")
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
    }

    @Test
    void badRowsAreRefusedAndNothingIsStored() {
        long version = insatser.hamta(egen).version();
        List<AnnanFinansiar> fore = insatser.finansiarer(egen);
        assertRefused(version, List.of(new AnnanFinansiar(" ", BigDecimal.ONE)), "insats.fel.finansiar-namn");
        assertRefused(
                version,
                List.of(new AnnanFinansiar("ESF", BigDecimal.ONE), new AnnanFinansiar("esf", BigDecimal.TEN)),
                "insats.fel.finansiar-dubblett");
        assertRefused(version, List.of(new AnnanFinansiar("ESF", new BigDecimal("-1"))), "budget.fel.belopp");
        assertRefused(version, List.of(new AnnanFinansiar("ESF", new BigDecimal("1.005"))), "budget.fel.belopp");
        assertRefused(version, List.of(new AnnanFinansiar("ESF", null)), "insats.fel.finansiar-belopp");
        assertThat(insatser.finansiarer(egen)).isEqualTo(fore);
    }

    @Test
    void anotherForbundsInsatsIsNotFound() {
        assertThatThrownBy(() -> insatser.sparaFinansiarer(annan, 0, List.of()))
                .isInstanceOf(HittadesInteException.class);
    }

    private void assertRefused(long version, List<AnnanFinansiar> lista, String nyckel) {
        assertThatThrownBy(() -> insatser.sparaFinansiarer(egen, version, lista))
                .isInstanceOfSatisfying(
                        ValideringsException.class, e -> assertThat(e.nyckel()).isEqualTo(nyckel));
    }
}
