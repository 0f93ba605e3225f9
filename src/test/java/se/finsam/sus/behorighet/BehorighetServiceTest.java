package se.finsam.sus.behorighet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.context.SecurityContextHolder;
import se.finsam.sus.DatabaseTest;
import se.finsam.sus.base.Roll;

/** "May this user do this on that record?", decided from roles and active uppdrag in the database. */
class BehorighetServiceTest extends DatabaseTest {

    @Autowired
    BehorighetService behorighet;

    @Autowired
    Kontoskapare konton;

    @Autowired
    AnvandareRepository anvandare;

    @Autowired
    UppdragRepository uppdrag;

    @AfterEach
    void logout() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void deltagaransvarigMayActOnlyInInsatserWithAnActiveUppdrag() {
        long id = user(Roll.DELTAGARANSVARIG);
        LocalDate idag = LocalDate.now();
        uppdrag.save(Uppdrag.forInsats(id, Roll.DELTAGARANSVARIG, 101, idag.minusDays(10), idag));
        uppdrag.save(Uppdrag.forInsats(id, Roll.DELTAGARANSVARIG, 102, idag.minusDays(10), idag.minusDays(1)));
        uppdrag.save(Uppdrag.forInsats(id, Roll.DELTAGARANSVARIG, 103, idag.plusDays(1), idag.plusDays(30)));
        uppdrag.save(Uppdrag.forOrganisation(id, Roll.DELTAGARANSVARIG, 7, idag.minusDays(1), idag.plusDays(30)));
        login(id);

        assertThat(behorighet.farIInsats(Roll.DELTAGARANSVARIG, 101, 7))
                .as("ends today: still active")
                .isTrue();
        assertThat(behorighet.farIInsats(Roll.DELTAGARANSVARIG, 102, 7))
                .as("ended yesterday")
                .isFalse();
        assertThat(behorighet.farIInsats(Roll.DELTAGARANSVARIG, 103, 7))
                .as("not started")
                .isFalse();
        assertThat(behorighet.farIInsats(Roll.DELTAGARANSVARIG, 104, 7))
                .as("an organisation uppdrag does not open participants of all its insatser")
                .isFalse();
        assertThat(behorighet.insatserDar(Roll.DELTAGARANSVARIG)).containsExactly(101L);
        assertThat(behorighet.farIInsats(Roll.INSATSANSVARIG, 101, 7))
                .as("other role")
                .isFalse();
    }

    @Test
    void organisationUppdragCoversItsInsatserForInsatsansvarig() {
        long id = user(Roll.INSATSANSVARIG);
        LocalDate idag = LocalDate.now();
        uppdrag.save(Uppdrag.forOrganisation(id, Roll.INSATSANSVARIG, 7, idag.minusDays(1), idag.plusYears(1)));
        login(id);
        assertThat(behorighet.farIOrganisation(Roll.INSATSANSVARIG, 7)).isTrue();
        assertThat(behorighet.farIOrganisation(Roll.INSATSANSVARIG, 8)).isFalse();
        assertThat(behorighet.farIInsats(Roll.INSATSANSVARIG, 555, 7)).isTrue();
        assertThat(behorighet.farIInsats(Roll.INSATSANSVARIG, 555, 8)).isFalse();
        assertThat(behorighet.organisationerDar(Roll.INSATSANSVARIG)).containsExactly(7L);
    }

    @Test
    void uppdragGiveNothingWithoutTheRoleItself() {
        long id = user(Roll.RAPPORTLASARE);
        LocalDate idag = LocalDate.now();
        uppdrag.save(Uppdrag.forInsats(id, Roll.DELTAGARANSVARIG, 101, idag.minusDays(1), idag.plusDays(1)));
        login(id);
        assertThat(behorighet.farIInsats(Roll.DELTAGARANSVARIG, 101, 7)).isFalse();
    }

    @Test
    void reportScopeComesFromActiveRapportUppdrag() {
        long id = user(Roll.RAPPORTLASARE);
        LocalDate idag = LocalDate.now();
        uppdrag.save(Uppdrag.forLan(id, "25", idag.minusDays(1), idag.plusDays(1)));
        uppdrag.save(Uppdrag.forLan(id, "01", idag.minusYears(2), idag.minusDays(1)));
        uppdrag.save(Uppdrag.forOrganisation(id, Roll.RAPPORTLASARE, 42, idag, idag));
        login(id);
        RapportOmfattning scope = behorighet.rapportOmfattning();
        assertThat(scope.riket()).isFalse();
        assertThat(scope.lanKoder()).containsExactly("25");
        assertThat(scope.organisationIds()).containsExactly(42L);
        assertThat(scope.omfattarLan("01")).isFalse();
        assertThat(scope.omfattarOrganisation(9, Set.of("25"))).isTrue();
        assertThat(scope.omfattarOrganisation(9, Set.of("01"))).isFalse();
    }

    @Test
    void noUppdragMeansEmptyReportScope() {
        login(user(Roll.RAPPORTLASARE));
        assertThat(behorighet.rapportOmfattning().arTom()).isTrue();
    }

    @Test
    void uppdragEndingWithinThirtyDaysAreAnnounced() {
        long id = user(Roll.INSATSANSVARIG);
        LocalDate idag = LocalDate.now();
        uppdrag.save(Uppdrag.forOrganisation(id, Roll.INSATSANSVARIG, 1, idag.minusYears(1), idag.plusDays(30)));
        uppdrag.save(Uppdrag.forOrganisation(id, Roll.INSATSANSVARIG, 2, idag.minusYears(1), idag.plusDays(3)));
        uppdrag.save(Uppdrag.forOrganisation(id, Roll.INSATSANSVARIG, 3, idag.minusYears(1), idag.plusDays(31)));
        uppdrag.save(Uppdrag.forOrganisation(id, Roll.INSATSANSVARIG, 4, idag.minusYears(1), idag.minusDays(1)));
        login(id);
        assertThat(behorighet.uppdragSomSnartSlutar())
                .extracting(UppdragInfo::organisationId)
                .containsExactly(2L, 1L);
    }

    @Test
    void refusesAnonymousCallers() {
        assertThatThrownBy(() -> behorighet.farIOrganisation(Roll.INSATSANSVARIG, 7))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    void endDateBeforeStartIsRefused() {
        assertThatThrownBy(() -> Uppdrag.forRiket(1, LocalDate.of(2026, 2, 1), LocalDate.of(2026, 1, 31)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private long user(Roll roll) {
        return konton.skapaVidStart(
                "u-" + UUID.randomUUID().toString().substring(0, 8), "Test", "ett-langt-losenord", Set.of(roll));
    }

    private void login(long id) {
        TestInloggning.som(anvandare.findById(id).orElseThrow());
    }
}
