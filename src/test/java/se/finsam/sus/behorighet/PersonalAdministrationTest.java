package se.finsam.sus.behorighet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import se.finsam.sus.DatabaseTest;
import se.finsam.sus.base.HittadesInteException;
import se.finsam.sus.base.Roll;
import se.finsam.sus.base.ValideringsException;

/**
 * The behörighetsadministratör's staff (issue 12 #18): only users of the own employer, only the roles the employer
 * may hold, refusals audited, on the real database. Each test has a kommun of its own, so that its scope is its own.
 */
class PersonalAdministrationTest extends DatabaseTest {

    static final String LOSENORD = "gröna äpplen på taket";

    @Autowired
    PersonalAdministration personal;

    @Autowired
    Kontoskapare konton;

    @Autowired
    AnvandareRepository anvandare;

    @Autowired
    JdbcTemplate jdbc;

    String kommun;
    long admin;

    @BeforeEach
    void behorighetsadministrator() {
        kommun = "Personalkommun " + UUID.randomUUID().toString().substring(0, 8);
        admin = skapa(Set.of(Roll.BEHORIGHETSADMINISTRATOR), Arbetsgivare.KOMMUN, kommun);
        TestInloggning.som(anvandare.findById(admin).orElseThrow());
    }

    @AfterEach
    void logout() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void createsAUserAtTheOwnEmployerWhoMustChangeThePassword() {
        String namn = unikt();
        long id = personal.skapa(
                new NyAnvandare(namn, "Kim Kommun", null, null, Set.of(Roll.DELTAGARANSVARIG), LOSENORD));
        Anvandare a = anvandare.findById(id).orElseThrow();
        assertThat(a.getArbetsgivare()).isEqualTo(Arbetsgivare.KOMMUN);
        assertThat(a.getArbetsgivareNamn()).isEqualTo(kommun);
        assertThat(a.getRoller()).containsExactly(Roll.DELTAGARANSVARIG);
        assertThat(a.isBytLosenord()).isTrue();
        assertThat(audit("ANVANDARE_SKAPAD", id)).isEqualTo(1);
        assertThat(personal.lista(PageRequest.of(0, 50)))
                .extracting(AnvandarRad::id)
                .containsExactly(id);
    }

    @Test
    void listsOnlyTheOwnEmployersStaffWithRolesTheAdministratorGives() {
        long egen = skapa(Set.of(Roll.INSATSANSVARIG), Arbetsgivare.KOMMUN, "  " + kommun.toUpperCase() + " ");
        long egenRapport = skapa(Set.of(Roll.RAPPORTLASARE, Roll.DELTAGARANSVARIG), Arbetsgivare.KOMMUN, kommun);
        skapa(Set.of(Roll.DELTAGARANSVARIG), Arbetsgivare.KOMMUN, kommun + " norra");
        skapa(Set.of(Roll.DELTAGARANSVARIG), Arbetsgivare.REGION, kommun);
        skapa(Set.of(Roll.DELTAGARANSVARIG), Arbetsgivare.FORSAKRINGSKASSAN, null);
        skapa(Set.of(Roll.SYSTEMADMINISTRATOR), Arbetsgivare.KOMMUN, kommun);
        skapa(Set.of(Roll.BEHORIGHETSADMINISTRATOR), Arbetsgivare.KOMMUN, kommun);

        assertThat(personal.lista(PageRequest.of(0, 50)))
                .extracting(AnvandarRad::id)
                .containsExactlyInAnyOrder(egen, egenRapport);
        assertThat(personal.antal()).isEqualTo(2);
        assertThat(personal.rollerAttGe())
                .containsExactly(Roll.INSATSANSVARIG, Roll.DELTAGARANSVARIG, Roll.RAPPORTLASARE);
    }

    @Test
    void aUserForAnotherEmployerIsRefusedAuditedAndNotSaved() {
        String namn = unikt();
        int fore = nekade();
        assertThatThrownBy(() -> personal.skapa(new NyAnvandare(
                        namn, "Fia", Arbetsgivare.FORSAKRINGSKASSAN, null, Set.of(Roll.DELTAGARANSVARIG), LOSENORD)))
                .isInstanceOfSatisfying(
                        ValideringsException.class,
                        e -> assertThat(e.nyckel()).isEqualTo("personal.fel.annan-arbetsgivare"));
        assertThatThrownBy(() -> personal.skapa(new NyAnvandare(
                        namn, "Fia", Arbetsgivare.KOMMUN, "Grannkommunen", Set.of(Roll.RAPPORTLASARE), LOSENORD)))
                .isInstanceOf(ValideringsException.class);
        assertThat(nekade()).isEqualTo(fore + 2);
        assertThat(anvandare.existsByAnvandarnamn(namn)).isFalse();
    }

    @Test
    void rolesTheAdministratorMayNotGiveAreRefusedAndAudited() {
        for (Roll roll :
                Set.of(Roll.SYSTEMADMINISTRATOR, Roll.BEHORIGHETSADMINISTRATOR, Roll.SAMVERKANSADMINISTRATOR)) {
            String namn = unikt();
            int fore = nekade();
            assertThatThrownBy(() -> personal.skapa(new NyAnvandare(namn, "Fia", null, null, Set.of(roll), LOSENORD)))
                    .as(roll.name())
                    .isInstanceOfSatisfying(
                            ValideringsException.class,
                            e -> assertThat(e.nyckel()).isEqualTo("personal.fel.roll"));
            assertThat(nekade()).as(roll.name()).isEqualTo(fore + 1);
            assertThat(anvandare.existsByAnvandarnamn(namn)).isFalse();
        }
    }

    @Test
    void changesRolesOfOwnStaffWithinTheAllowedRolesOnly() {
        long id = skapa(Set.of(Roll.RAPPORTLASARE), Arbetsgivare.KOMMUN, kommun);
        long version = anvandare.findById(id).orElseThrow().getVersion();
        personal.andraRoller(id, version, Set.of(Roll.DELTAGARANSVARIG, Roll.INSATSANSVARIG));
        assertThat(anvandare.findById(id).orElseThrow().getRoller())
                .containsExactlyInAnyOrder(Roll.DELTAGARANSVARIG, Roll.INSATSANSVARIG);

        long nu = anvandare.findById(id).orElseThrow().getVersion();
        int fore = nekade();
        assertThatThrownBy(() -> personal.andraRoller(id, nu, Set.of(Roll.SYSTEMADMINISTRATOR)))
                .isInstanceOf(ValideringsException.class);
        assertThat(nekade()).isEqualTo(fore + 1);
        assertThat(anvandare.findById(id).orElseThrow().getRoller())
                .containsExactlyInAnyOrder(Roll.DELTAGARANSVARIG, Roll.INSATSANSVARIG);
    }

    @Test
    void deactivatesReactivatesAndUnlocksOwnStaffAudited() {
        long id = skapa(Set.of(Roll.DELTAGARANSVARIG), Arbetsgivare.KOMMUN, kommun);
        personal.setAktiv(id, version(id), false);
        assertThat(anvandare.findById(id).orElseThrow().isAktiv()).isFalse();
        assertThat(audit("ANVANDARE_INAKTIVERAD", id)).isEqualTo(1);
        personal.setAktiv(id, version(id), true);
        assertThat(anvandare.findById(id).orElseThrow().isAktiv()).isTrue();

        jdbc.update(
                "update anvandare set last_till = ?, misslyckade_inloggningar = 0 where id = ?",
                Timestamp.from(Instant.now().plus(10, ChronoUnit.MINUTES)),
                id);
        personal.lasUpp(id, version(id));
        assertThat(anvandare.findById(id).orElseThrow().getLastTill()).isNull();
        assertThat(audit("KONTO_UPPLAST", id)).isEqualTo(1);
    }

    @Test
    void anotherEmployersUserIsNotFoundAuditedAndUnchanged() {
        long annan = skapa(Set.of(Roll.DELTAGARANSVARIG), Arbetsgivare.FORSAKRINGSKASSAN, null);
        long version = version(annan);
        int fore = nekade();
        assertThatThrownBy(() -> personal.setAktiv(annan, version, false)).isInstanceOf(HittadesInteException.class);
        assertThatThrownBy(() -> personal.lasUpp(annan, version)).isInstanceOf(HittadesInteException.class);
        assertThatThrownBy(() -> personal.andraRoller(annan, version, Set.of(Roll.RAPPORTLASARE)))
                .isInstanceOf(HittadesInteException.class);
        assertThat(nekade()).isEqualTo(fore + 3);
        Anvandare a = anvandare.findById(annan).orElseThrow();
        assertThat(a.isAktiv()).isTrue();
        assertThat(a.getVersion()).isEqualTo(version);
        assertThat(a.getRoller()).containsExactly(Roll.DELTAGARANSVARIG);
    }

    @Test
    void theAdministratorCannotDeactivateThemselves() {
        int fore = nekade();
        assertThatThrownBy(() -> personal.setAktiv(admin, version(admin), false))
                .isInstanceOf(HittadesInteException.class);
        assertThat(nekade()).isEqualTo(fore + 1);
        assertThat(anvandare.findById(admin).orElseThrow().isAktiv()).isTrue();
    }

    @Test
    void onlyAuthorityStaffAreBehorighetsadministratorerAndTheyNeedASecondFactor() {
        assertThatThrownBy(() -> skapa(Set.of(Roll.BEHORIGHETSADMINISTRATOR), Arbetsgivare.SAMORDNINGSFORBUND, null))
                .isInstanceOfSatisfying(
                        ValideringsException.class,
                        e -> assertThat(e.nyckel()).isEqualTo("anvandare.fel.behorighetsadministrator-myndighet"));
        assertThat(anvandare.findById(admin).orElseThrow().kraverTvafaktor()).isTrue();
    }

    @Test
    void otherRolesMayNotCallIt() {
        long systemadmin = skapa(Set.of(Roll.SYSTEMADMINISTRATOR), Arbetsgivare.FORSAKRINGSKASSAN, null);
        TestInloggning.som(anvandare.findById(systemadmin).orElseThrow());
        assertThatThrownBy(() -> personal.lista(PageRequest.of(0, 10)))
                .isInstanceOf(AuthorizationDeniedException.class);
    }

    private long skapa(Set<Roll> roller, Arbetsgivare arbetsgivare, String arbetsgivareNamn) {
        String namn = unikt();
        return konton.skapaVidStart(namn, "Test " + namn, LOSENORD, roller, arbetsgivare, arbetsgivareNamn);
    }

    private long version(long id) {
        return anvandare.findById(id).orElseThrow().getVersion();
    }

    private int audit(String atgard, long id) {
        return jdbc.queryForObject(
                "select count(*) from audit_post where atgard = ? and objekt_id = ?",
                Integer.class,
                atgard,
                String.valueOf(id));
    }

    private int nekade() {
        return jdbc.queryForObject(
                "select count(*) from audit_post where atgard = 'ATKOMST_NEKAD' and anvandare = ?",
                Integer.class,
                SusPrincipal.aktuell().orElseThrow().anvandarnamn());
    }

    private static String unikt() {
        return "pa-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
