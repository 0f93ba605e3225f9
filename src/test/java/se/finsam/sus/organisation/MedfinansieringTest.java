package se.finsam.sus.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
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

/**
 * Other financiers of an insats per year (insats_medfinansiering): saved with the year's budget, with budget and
 * utfall, validated all or nothing, within the year's total budget, versioned, scoped and audited.
 */
class MedfinansieringTest extends DatabaseTest {

    @Autowired
    InsatsService insatser;

    @Autowired
    AuthenticationConfiguration authenticationConfiguration;

    @Autowired
    JdbcTemplate jdbc;

    long org;
    long insats;

    @BeforeEach
    void insats() throws Exception {
        org = jdbc.queryForObject(
                "select id from samverkansorganisation where organisationsnummer = ?",
                Long.class,
                DemoOrganisationer.FORSTA_ORGNR);
        TestInloggning.fullt(authenticationConfiguration
                .getAuthenticationManager()
                .authenticate(UsernamePasswordAuthenticationToken.unauthenticated("insats", "sus-demo-2026")));
        insats = insatser.skapa(
                org,
                new InsatsUppgifter(
                        "Medfinansierad " + UUID.randomUUID().toString().substring(0, 8),
                        null,
                        LocalDate.of(2025, 1, 1),
                        null,
                        Inriktning.INDIVIDINRIKTAD,
                        PreciseradInriktning.FORBEREDANDE,
                        Set.of(),
                        false,
                        false,
                        false,
                        Uppfoljningsmetod.INDIVID,
                        true));
    }

    @AfterEach
    void logout() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void storesTheYearsFinanciersWithBudgetAndUtfallAndAuditsTheChange() {
        InsatsbudgetRad rad = insatser.sparaBudget(
                insats,
                null,
                uppgifter(
                        2025,
                        "500000",
                        List.of(
                                new Medfinansiering(" ESF+ ", new BigDecimal("150000.5"), new BigDecimal("1000")),
                                new Medfinansiering("Länsstyrelsen", new BigDecimal("20000"), null))));
        assertThat(rad.medfinansiering())
                .containsExactly(
                        new Medfinansiering("ESF+", new BigDecimal("150000.50"), new BigDecimal("1000.00")),
                        new Medfinansiering("Länsstyrelsen", new BigDecimal("20000.00"), new BigDecimal("0.00")));
        assertThat(rad.medfinansieringBudget()).isEqualByComparingTo("170000.50");
        assertThat(rad.medfinansieringUtfall()).isEqualByComparingTo("1000");
        assertThat(rad.forbundetsDel()).isEqualByComparingTo("329999.50");
        assertThat(insatser.budgetar(insats)).containsExactly(rad);
        // The stored rows: one per financier of that insatsbudget year, in the order entered.
        List<Map<String, Object>> rader = jdbc.queryForList(
                "select m.rad, m.finansiar, m.budget, m.utfall from insats_medfinansiering m "
                        + "join insatsbudget b on b.id = m.insatsbudget_id where b.insats_id = ? and b.ar = 2025 "
                        + "order by m.rad",
                insats);
        assertThat(rader).extracting(r -> r.get("finansiar")).containsExactly("ESF+", "Länsstyrelsen");
        assertThat(rader).extracting(r -> ((Number) r.get("rad")).intValue()).containsExactly(0, 1);
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_post where atgard = 'INSATSBUDGET_ANDRAD' and objekt_id = ?"
                                + " and detaljer = 'ar=2025, medfinansiarer=2'",
                        Integer.class,
                        String.valueOf(insats)))
                .isEqualTo(1);

        InsatsbudgetRad andrad = insatser.sparaBudget(
                insats,
                rad.version(),
                uppgifter(
                        2025,
                        "500000",
                        List.of(new Medfinansiering("Länsstyrelsen", new BigDecimal("25000"), new BigDecimal("5")))));
        assertThat(andrad.medfinansiering())
                .containsExactly(
                        new Medfinansiering("Länsstyrelsen", new BigDecimal("25000.00"), new BigDecimal("5.00")));
        assertThatThrownBy(() -> insatser.sparaBudget(insats, rad.version(), uppgifter(2025, "500000", List.of())))
                .as("stale version")
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThat(insatser.budgetar(insats)).containsExactly(andrad);
    }

    @Test
    void badRowsAreRefusedAndNothingOfTheYearIsStored() {
        InsatsbudgetRad fore = insatser.sparaBudget(
                insats,
                null,
                uppgifter(2025, "1000", List.of(new Medfinansiering("ESF", new BigDecimal("100"), null))));
        long v = fore.version();
        // Each attempt also changes the costs: a refusal must leave those unchanged too.
        assertRefused(v, List.of(new Medfinansiering(" ", BigDecimal.ONE, null)), "insats.fel.finansiar-namn");
        assertRefused(v, List.of(new Medfinansiering(null, BigDecimal.ONE, null)), "insats.fel.finansiar-namn");
        assertRefused(
                v,
                List.of(new Medfinansiering("ESF", BigDecimal.ONE, null), new Medfinansiering(" esf", null, null)),
                "insats.fel.finansiar-dubblett");
        assertRefused(v, List.of(new Medfinansiering("ESF", new BigDecimal("-1"), null)), "budget.fel.belopp");
        assertRefused(v, List.of(new Medfinansiering("ESF", null, new BigDecimal("1.005"))), "budget.fel.belopp");
        assertRefused(
                v,
                List.of(new Medfinansiering("x".repeat(201), BigDecimal.ONE, null)),
                "budget.fel.medfinansiar-langd");
        // The rule kept from the old single amount: other financiers' budget within the year's total (2000 here).
        assertRefused(
                v,
                List.of(
                        new Medfinansiering("ESF", new BigDecimal("1500"), null),
                        new Medfinansiering("Länsstyrelsen", new BigDecimal("500.01"), null)),
                "budget.fel.ovriga-finansiarer");
        assertThat(insatser.budgetar(insats)).containsExactly(fore);

        InsatsbudgetRad precis = insatser.sparaBudget(
                insats,
                v,
                uppgifter(
                        2025,
                        "2000",
                        List.of(
                                new Medfinansiering("ESF", new BigDecimal("1500"), new BigDecimal("3000")),
                                new Medfinansiering("Länsstyrelsen", new BigDecimal("500"), null))));
        assertThat(precis.forbundetsDel())
                .as("the whole budget paid by others is allowed; utfall is not limited")
                .isEqualByComparingTo("0");
    }

    @Test
    void anotherForbundsInsatsIsNotFound() {
        long annan =
                jdbc.queryForObject("select min(i.id) from insats i where i.organisation_id <> ?", Long.class, org);
        assertThatThrownBy(() -> insatser.sparaBudget(annan, null, uppgifter(2025, "1000", List.of())))
                .isInstanceOf(HittadesInteException.class);
    }

    private void assertRefused(long version, List<Medfinansiering> rader, String nyckel) {
        assertThatThrownBy(() -> insatser.sparaBudget(insats, version, uppgifter(2025, "2000", rader)))
                .isInstanceOfSatisfying(
                        ValideringsException.class, e -> assertThat(e.nyckel()).isEqualTo(nyckel));
    }

    private static InsatsbudgetUppgifter uppgifter(int ar, String personal, List<Medfinansiering> rader) {
        return new InsatsbudgetUppgifter(
                ar, 10, new Kostnader(new BigDecimal(personal), null, null, null, null, null), rader);
    }
}
