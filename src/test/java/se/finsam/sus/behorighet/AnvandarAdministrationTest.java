package se.finsam.sus.behorighet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import se.finsam.sus.DatabaseTest;
import se.finsam.sus.base.Roll;
import se.finsam.sus.base.ValideringsException;

/** User administration rules, enforced in the service on the real database. */
@WithMockUser(username = "admin", roles = "SYSTEMADMINISTRATOR")
class AnvandarAdministrationTest extends DatabaseTest {

    static final String LOSENORD = "gröna äpplen på taket";

    @Autowired
    AnvandarAdministration administration;

    @Autowired
    AnvandareRepository anvandare;

    @Autowired
    MittKonto mittKonto;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void createsAUserWithEmployerRolesAndAuditRow() {
        String namn = unikt();
        long id = administration.skapa(new NyAnvandare(
                namn,
                "Kim Kommun",
                Arbetsgivare.KOMMUN,
                "Luleå",
                Set.of(Roll.DELTAGARANSVARIG, Roll.RAPPORTLASARE),
                LOSENORD));
        Anvandare a = anvandare.findById(id).orElseThrow();
        assertThat(a.getArbetsgivare()).isEqualTo(Arbetsgivare.KOMMUN);
        assertThat(a.getArbetsgivareNamn()).isEqualTo("Luleå");
        assertThat(a.getRoller()).containsExactlyInAnyOrder(Roll.DELTAGARANSVARIG, Roll.RAPPORTLASARE);
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_post where atgard = 'ANVANDARE_SKAPAD' "
                                + "and objekt_id = ? and anvandare = 'admin'",
                        Integer.class,
                        String.valueOf(id)))
                .isEqualTo(1);
    }

    @Test
    void samverkansadministratorIsNeverAlsoDeltagaransvarig() {
        assertRefused(
                new NyAnvandare(
                        unikt(),
                        "X",
                        Arbetsgivare.KOMMUN,
                        null,
                        Set.of(Roll.SAMVERKANSADMINISTRATOR, Roll.DELTAGARANSVARIG),
                        LOSENORD),
                "anvandare.fel.samverkan-och-deltagare");
    }

    @Test
    void forbundStaffCannotBeDeltagaransvarig() {
        assertRefused(
                new NyAnvandare(
                        unikt(), "X", Arbetsgivare.SAMORDNINGSFORBUND, null, Set.of(Roll.DELTAGARANSVARIG), LOSENORD),
                "anvandare.fel.deltagaransvarig-myndighet");
    }

    @Test
    void badInputIsRefusedWithTheRuleAndNothingSaved() {
        long fore = anvandare.count();
        assertRefused(
                new NyAnvandare("A B", "X", Arbetsgivare.KOMMUN, null, Set.of(Roll.RAPPORTLASARE), LOSENORD),
                "anvandare.fel.anvandarnamn");
        assertRefused(
                new NyAnvandare("admin", "X", Arbetsgivare.KOMMUN, null, Set.of(Roll.RAPPORTLASARE), LOSENORD),
                "anvandare.fel.upptaget");
        assertRefused(
                new NyAnvandare(unikt(), " ", Arbetsgivare.KOMMUN, null, Set.of(Roll.RAPPORTLASARE), LOSENORD),
                "anvandare.fel.namn");
        assertRefused(
                new NyAnvandare(unikt(), "X", null, null, Set.of(Roll.RAPPORTLASARE), LOSENORD),
                "anvandare.fel.arbetsgivare");
        assertRefused(
                new NyAnvandare(unikt(), "X", Arbetsgivare.KOMMUN, null, Set.of(), LOSENORD),
                "anvandare.fel.ingen-roll");
        assertRefused(
                new NyAnvandare(unikt(), "X", Arbetsgivare.KOMMUN, null, Set.of(Roll.RAPPORTLASARE), "password1234"),
                "losenord.fel.vanligt");
        assertThat(anvandare.count()).isEqualTo(fore);
    }

    @Test
    void rolesChangeUnderTheSameRulesAndStaleVersionsAreRefused() {
        long id = administration.skapa(new NyAnvandare(
                unikt(), "Sam", Arbetsgivare.SAMORDNINGSFORBUND, null, Set.of(Roll.SAMVERKANSADMINISTRATOR), LOSENORD));
        long version = anvandare.findById(id).orElseThrow().getVersion();
        assertThatThrownBy(() -> administration.andraRoller(id, version, Set.of(Roll.DELTAGARANSVARIG)))
                .hasMessage("anvandare.fel.deltagaransvarig-myndighet");
        administration.andraRoller(id, version, Set.of(Roll.INSATSANSVARIG));
        assertThat(anvandare.findById(id).orElseThrow().getRoller()).containsExactly(Roll.INSATSANSVARIG);
        assertThatThrownBy(() -> administration.setAktiv(id, version, false))
                .isInstanceOf(OptimisticLockingFailureException.class);
    }

    @Test
    void theEmployerChangesUnderTheRoleRules() {
        long id = administration.skapa(new NyAnvandare(
                unikt(), "Hugo", Arbetsgivare.KOMMUN, "Solna", Set.of(Roll.DELTAGARANSVARIG), LOSENORD));
        long version = anvandare.findById(id).orElseThrow().getVersion();
        assertThatThrownBy(() ->
                        administration.andraArbetsgivare(id, version, Arbetsgivare.SAMORDNINGSFORBUND, "Förbundet"))
                .hasMessage("anvandare.fel.deltagaransvarig-myndighet");
        assertThatThrownBy(() -> administration.andraArbetsgivare(id, version, null, null))
                .hasMessage("anvandare.fel.arbetsgivare");
        administration.andraArbetsgivare(id, version, Arbetsgivare.REGION, " Region Stockholm ");
        Anvandare a = anvandare.findById(id).orElseThrow();
        assertThat(a.getArbetsgivare()).isEqualTo(Arbetsgivare.REGION);
        assertThat(a.getArbetsgivareNamn()).isEqualTo("Region Stockholm");
        assertThatThrownBy(() -> administration.andraArbetsgivare(id, version, Arbetsgivare.KOMMUN, null))
                .isInstanceOf(OptimisticLockingFailureException.class);
    }

    @Test
    void deactivatedUserCannotLogIn() {
        String namn = unikt();
        long id = administration.skapa(
                new NyAnvandare(namn, "Dea", Arbetsgivare.REGION, null, Set.of(Roll.RAPPORTLASARE), LOSENORD));
        administration.setAktiv(id, anvandare.findById(id).orElseThrow().getVersion(), false);
        assertThat(anvandare.findById(id).orElseThrow().isAktiv()).isFalse();
        assertThat(new SusPrincipal(anvandare.findById(id).orElseThrow()).isEnabled())
                .isFalse();
    }

    @Test
    @WithMockUser(username = "rapport", roles = "RAPPORTLASARE")
    void onlySystemAdministratorsAdministerUsers() {
        assertThatThrownBy(() -> administration.skapa(
                        new NyAnvandare(unikt(), "X", Arbetsgivare.KOMMUN, null, Set.of(Roll.RAPPORTLASARE), LOSENORD)))
                .isInstanceOf(AuthorizationDeniedException.class);
    }

    @Test
    void changingOwnPasswordChecksTheCurrentOneAndTheRules() {
        String namn = unikt();
        administration.skapa(
                new NyAnvandare(namn, "Bo", Arbetsgivare.KOMMUN, null, Set.of(Roll.RAPPORTLASARE), LOSENORD));
        org.springframework.security.core.context.SecurityContextHolder.getContext()
                .setAuthentication(
                        org.springframework.security.authentication.UsernamePasswordAuthenticationToken.authenticated(
                                namn,
                                null,
                                java.util.List.of(
                                        new org.springframework.security.core.authority.SimpleGrantedAuthority(
                                                se.finsam.sus.base.Roller.INLOGGAD))));
        assertThatThrownBy(() -> mittKonto.bytLosenord("fel", "blå bilar i regnet"))
                .hasMessage("losenord.fel.nuvarande");
        assertThatThrownBy(() -> mittKonto.bytLosenord(LOSENORD, "kort")).hasMessage("losenord.fel.for-kort");
        assertThatThrownBy(() -> mittKonto.bytLosenord(LOSENORD, LOSENORD)).hasMessage("losenord.fel.samma");
        String fore = anvandare.findByAnvandarnamn(namn).orElseThrow().getLosenordHash();
        mittKonto.bytLosenord(LOSENORD, "blå bilar i regnet");
        assertThat(anvandare.findByAnvandarnamn(namn).orElseThrow().getLosenordHash())
                .isNotEqualTo(fore);
    }

    private void assertRefused(NyAnvandare ny, String nyckel) {
        assertThatThrownBy(() -> administration.skapa(ny))
                .isInstanceOfSatisfying(
                        ValideringsException.class, e -> assertThat(e.nyckel()).isEqualTo(nyckel));
    }

    private static String unikt() {
        return "anv-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
