package se.finsam.sus.behorighet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
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

/** Who may give which uppdrag where, on the demo förbund and a second one; refusals are audited. */
class UppdragAdministrationTest extends DatabaseTest {

    static final String LOSENORD = "gröna äpplen på taket";

    @Autowired
    UppdragAdministration administration;

    @Autowired
    UppdragOversikt oversikt;

    @Autowired
    BehorighetService behorighet;

    @Autowired
    Kontoskapare konton;

    @Autowired
    AnvandareRepository anvandare;

    @Autowired
    JdbcTemplate jdbc;

    long egenOrganisation;
    long annanOrganisation;
    long egenInsats;
    long annanInsats;
    LocalDate idag = LocalDate.now();

    @BeforeEach
    void demoForbund() {
        egenOrganisation = jdbc.queryForObject(
                "select id from samverkansorganisation where namn = 'Samordningsförbundet Norra Stockholm'",
                Long.class);
        annanOrganisation = jdbc.queryForObject(
                "select min(id) from samverkansorganisation where id <> ?", Long.class, egenOrganisation);
        egenInsats = jdbc.queryForObject(
                "select min(id) from insats where organisation_id = ?", Long.class, egenOrganisation);
        annanInsats = jdbc.queryForObject(
                "select min(id) from insats where organisation_id = ?", Long.class, annanOrganisation);
    }

    @AfterEach
    void logout() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void samverkansadministratorGivesInsatsansvarigaUppdragOnlyInTheirOwnOrganisation() {
        String ny = user(Roll.INSATSANSVARIG);
        login("samverkan");
        long id = administration.geOrganisationsuppdrag(
                ny, Roll.INSATSANSVARIG, egenOrganisation, idag, idag.plusYears(1), null);
        assertThat(administration.forOrganisation(egenOrganisation))
                .extracting(UppdragRad::id)
                .contains(id);

        assertThatThrownBy(() -> administration.geOrganisationsuppdrag(
                        ny, Roll.INSATSANSVARIG, annanOrganisation, idag, idag.plusYears(1), null))
                .isInstanceOf(HittadesInteException.class);
        assertThatThrownBy(() -> administration.geOrganisationsuppdrag(
                        "samverkan", Roll.SAMVERKANSADMINISTRATOR, egenOrganisation, idag, idag.plusYears(1), null))
                .isInstanceOf(HittadesInteException.class);
        assertThatThrownBy(() -> administration.forOrganisation(annanOrganisation))
                .isInstanceOf(HittadesInteException.class);
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_post where atgard = 'ATKOMST_NEKAD' "
                                + "and anvandare = 'samverkan' and objekt_id = ?",
                        Integer.class,
                        String.valueOf(annanOrganisation)))
                .isGreaterThanOrEqualTo(2);
    }

    @Test
    void insatsansvarigConnectsDeltagaransvarigaToTheirInsatser() {
        String handlaggare = user(Roll.DELTAGARANSVARIG);
        login("insats");
        long id = administration.geInsatsuppdrag(
                handlaggare, Roll.DELTAGARANSVARIG, egenInsats, idag, idag.plusMonths(6), null);
        assertThat(administration.forInsats(egenInsats))
                .extracting(UppdragRad::id)
                .contains(id);
        assertThatThrownBy(() -> administration.geInsatsuppdrag(
                        handlaggare, Roll.DELTAGARANSVARIG, annanInsats, idag, idag.plusMonths(6), null))
                .isInstanceOf(HittadesInteException.class);

        login(handlaggare);
        assertThat(behorighet.farIInsats(Roll.DELTAGARANSVARIG, egenInsats, egenOrganisation))
                .isTrue();
        assertThat(behorighet.farIInsats(Roll.DELTAGARANSVARIG, annanInsats, annanOrganisation))
                .isFalse();
    }

    @Test
    void rulesAreExplained() {
        String utanRoll = user(Roll.RAPPORTLASARE);
        String handlaggare = user(Roll.DELTAGARANSVARIG);
        login("insats");
        assertRefused(
                () -> administration.geInsatsuppdrag(
                        utanRoll, Roll.DELTAGARANSVARIG, egenInsats, idag, idag.plusMonths(1), null),
                "uppdrag.fel.saknar-roll");
        assertRefused(
                () -> administration.geInsatsuppdrag(
                        handlaggare,
                        Roll.DELTAGARANSVARIG,
                        egenInsats,
                        idag,
                        idag.plusYears(2).plusDays(1),
                        null),
                "uppdrag.fel.for-langt");
        assertRefused(
                () -> administration.geInsatsuppdrag(
                        handlaggare, Roll.DELTAGARANSVARIG, egenInsats, idag, idag.minusDays(1), null),
                "uppdrag.fel.datum");
        assertRefused(
                () -> administration.geInsatsuppdrag(
                        "finns-inte", Roll.DELTAGARANSVARIG, egenInsats, idag, idag.plusMonths(1), null),
                "uppdrag.fel.okand-anvandare");
        assertRefused(
                () -> administration.geInsatsuppdrag(
                        handlaggare, Roll.DELTAGARANSVARIG, egenInsats, idag, idag.plusMonths(1), utanRoll),
                "uppdrag.fel.ersattare");
    }

    @Test
    void anInsatsansvarigWhoIsAlsoDeltagaransvarigCannotOpenPersonalDataToThemselves() {
        String sjalv = "up-" + UUID.randomUUID().toString().substring(0, 8);
        konton.skapaVidStart(
                sjalv,
                "Test " + sjalv,
                LOSENORD,
                Set.of(Roll.INSATSANSVARIG, Roll.DELTAGARANSVARIG),
                Arbetsgivare.KOMMUN,
                null);
        String annan = user(Roll.DELTAGARANSVARIG);
        login("samverkan");
        administration.geInsatsuppdrag(sjalv, Roll.INSATSANSVARIG, egenInsats, idag, idag.plusMonths(6), null);

        login(sjalv);
        assertRefused(
                () -> administration.geInsatsuppdrag(
                        sjalv, Roll.DELTAGARANSVARIG, egenInsats, idag, idag.plusMonths(6), null),
                "uppdrag.fel.egen-atkomst");
        assertRefused(
                () -> administration.geInsatsuppdrag(
                        annan, Roll.DELTAGARANSVARIG, egenInsats, idag, idag.plusMonths(6), sjalv),
                "uppdrag.fel.egen-atkomst");
        long id = administration.geInsatsuppdrag(
                annan, Roll.DELTAGARANSVARIG, egenInsats, idag, idag.plusMonths(6), null);
        assertRefused(() -> administration.bytErsattare(id, sjalv), "uppdrag.fel.egen-atkomst");
        assertThat(behorighet.farIInsats(Roll.DELTAGARANSVARIG, egenInsats, egenOrganisation))
                .isFalse();

        // Someone else may still name them: the rule is about giving oneself access.
        login("insats");
        administration.geInsatsuppdrag(sjalv, Roll.DELTAGARANSVARIG, egenInsats, idag, idag.plusMonths(6), null);
    }

    @Test
    void aDeputyHoldsTheRightsOnlyWhileDelegatedAndEndingStopsAccessToday() {
        String ordinarie = user(Roll.DELTAGARANSVARIG);
        String ersattare = user(Roll.DELTAGARANSVARIG);
        login("insats");
        long id = administration.geInsatsuppdrag(
                ordinarie, Roll.DELTAGARANSVARIG, egenInsats, idag, idag.plusMonths(6), ersattare);
        login(ersattare);
        assertThat(behorighet.farIInsats(Roll.DELTAGARANSVARIG, egenInsats, egenOrganisation))
                .isFalse();

        login("insats");
        administration.delegera(id, true);
        login(ersattare);
        assertThat(behorighet.farIInsats(Roll.DELTAGARANSVARIG, egenInsats, egenOrganisation))
                .isTrue();

        login("insats");
        administration.avsluta(id);
        login(ordinarie);
        assertThat(behorighet.farIInsats(Roll.DELTAGARANSVARIG, egenInsats, egenOrganisation))
                .isFalse();
        login(ersattare);
        assertThat(behorighet.farIInsats(Roll.DELTAGARANSVARIG, egenInsats, egenOrganisation))
                .isFalse();
    }

    @Test
    void renewalExtendsWithinTwoYears() {
        String ny = user(Roll.DELTAGARANSVARIG);
        login("insats");
        long id = administration.geInsatsuppdrag(ny, Roll.DELTAGARANSVARIG, egenInsats, idag, idag.plusDays(10), null);
        administration.forlang(id, idag.plusYears(2));
        assertThat(administration.forInsats(egenInsats))
                .filteredOn(r -> r.id() == id)
                .extracting(r -> r.uppdrag().slutdatum())
                .containsExactly(idag.plusYears(2));
        assertRefused(() -> administration.forlang(id, idag.plusYears(2).plusDays(1)), "uppdrag.fel.for-langt");
    }

    @Test
    void askingWhetherTheUppdragMayBeShownIsNotAuditedButARealAttemptIs() {
        String ansvarig = user(Roll.INSATSANSVARIG);
        login("samverkan");
        administration.geInsatsuppdrag(ansvarig, Roll.INSATSANSVARIG, egenInsats, idag, idag.plusMonths(6), null);

        login(ansvarig);
        assertThat(administration.farSeOrganisationensUppdrag(egenOrganisation)).isFalse();
        assertThat(administration.farSeInsatsensUppdrag(egenInsats)).isTrue();
        assertThat(administration.farSeInsatsensUppdrag(annanInsats)).isFalse();
        assertThat(administration.farSeInsatsensUppdrag(Long.MAX_VALUE)).isFalse();
        assertThat(nekade(ansvarig)).isZero();

        assertThatThrownBy(() -> administration.forOrganisation(egenOrganisation))
                .isInstanceOf(HittadesInteException.class);
        assertThatThrownBy(() -> administration.forInsats(annanInsats)).isInstanceOf(HittadesInteException.class);
        assertThat(nekade(ansvarig)).isEqualTo(2);

        login("samverkan");
        assertThat(administration.farSeOrganisationensUppdrag(egenOrganisation)).isTrue();
        assertThat(administration.farSeOrganisationensUppdrag(annanOrganisation))
                .isFalse();
        login("rapport");
        assertThat(administration.farSeOrganisationensUppdrag(egenOrganisation)).isFalse();
    }

    private int nekade(String anvandarnamn) {
        return jdbc.queryForObject(
                "select count(*) from audit_post where atgard = 'ATKOMST_NEKAD' and anvandare = ?",
                Integer.class,
                anvandarnamn);
    }

    @Test
    void rolesWithoutAdministrationCannotGiveUppdrag() {
        login("rapport");
        assertThatThrownBy(() -> administration.geInsatsuppdrag(
                        "handlaggare", Roll.DELTAGARANSVARIG, egenInsats, idag, idag.plusMonths(1), null))
                .isInstanceOf(AuthorizationDeniedException.class);
    }

    @Test
    void systemadministratorGivesRapportlasareALanTheWholeCountryOrAForbund() {
        String lasare = user(Roll.RAPPORTLASARE);
        login("admin");
        long lan = administration.geRapportuppdrag(lasare, Omfattning.LAN, "25", null, idag, idag.plusYears(1));
        long riket = administration.geRapportuppdrag(lasare, Omfattning.RIKET, null, null, idag, idag.plusYears(1));
        long forbund = administration.geRapportuppdrag(
                lasare, Omfattning.ORGANISATION, null, annanOrganisation, idag, idag.plusYears(1));
        assertThat(oversikt.sok(new UppdragFilter(lasare, null, null), PageRequest.of(0, 10)))
                .extracting(
                        UppdragRad::id,
                        r -> r.uppdrag().omfattning(),
                        r -> r.uppdrag().lanKod())
                .containsExactlyInAnyOrder(
                        tuple(lan, Omfattning.LAN, "25"),
                        tuple(riket, Omfattning.RIKET, null),
                        tuple(forbund, Omfattning.ORGANISATION, null));
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_post where atgard = 'UPPDRAG_GIVET' "
                                + "and objekt_id in (?, ?, ?)",
                        Integer.class,
                        String.valueOf(lan),
                        String.valueOf(riket),
                        String.valueOf(forbund)))
                .isEqualTo(3);

        login(lasare);
        RapportOmfattning scope = behorighet.rapportOmfattning();
        assertThat(scope.riket()).isTrue();
        assertThat(scope.lanKoder()).containsExactly("25");
        assertThat(scope.organisationIds()).containsExactly(annanOrganisation);
    }

    @Test
    void rapportuppdragRulesAreExplained() {
        String lasare = user(Roll.RAPPORTLASARE);
        String annanRoll = user(Roll.INSATSANSVARIG);
        login("admin");
        assertRefused(
                () -> administration.geRapportuppdrag(annanRoll, Omfattning.LAN, "25", null, idag, idag.plusYears(1)),
                "uppdrag.fel.saknar-roll");
        assertRefused(
                () -> administration.geRapportuppdrag(lasare, Omfattning.LAN, "99", null, idag, idag.plusYears(1)),
                "uppdrag.fel.lan");
        assertRefused(
                () -> administration.geRapportuppdrag(lasare, Omfattning.LAN, null, null, idag, idag.plusYears(1)),
                "uppdrag.fel.lan");
        assertRefused(
                () -> administration.geRapportuppdrag(
                        lasare, Omfattning.ORGANISATION, null, null, idag, idag.plusYears(1)),
                "uppdrag.fel.organisation");
        assertRefused(
                () -> administration.geRapportuppdrag(
                        lasare, Omfattning.INSATS, null, egenInsats, idag, idag.plusYears(1)),
                "uppdrag.fel.omfattning");
        assertRefused(
                () -> administration.geRapportuppdrag(
                        lasare,
                        Omfattning.RIKET,
                        null,
                        null,
                        idag,
                        idag.plusYears(2).plusDays(1)),
                "uppdrag.fel.for-langt");
    }

    @Test
    void samverkansadministratorGivesRapportuppdragOnlyOnTheirOwnForbund() {
        String lasare = user(Roll.RAPPORTLASARE);
        login("samverkan");
        long id = administration.geRapportuppdrag(
                lasare, Omfattning.ORGANISATION, null, egenOrganisation, idag, idag.plusYears(1));
        assertThat(administration.forOrganisation(egenOrganisation))
                .extracting(UppdragRad::id)
                .contains(id);
        administration.forlang(id, idag.plusYears(2));

        int fore = nekade("samverkan");
        assertThatThrownBy(() -> administration.geRapportuppdrag(
                        lasare, Omfattning.ORGANISATION, null, annanOrganisation, idag, idag.plusYears(1)))
                .isInstanceOf(HittadesInteException.class);
        assertThatThrownBy(() ->
                        administration.geRapportuppdrag(lasare, Omfattning.LAN, "01", null, idag, idag.plusYears(1)))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() ->
                        administration.geRapportuppdrag(lasare, Omfattning.RIKET, null, null, idag, idag.plusYears(1)))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> oversikt.sok(UppdragFilter.ALLA, PageRequest.of(0, 10)))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThat(nekade("samverkan")).isEqualTo(fore + 4);
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_post where atgard = 'ATKOMST_NEKAD' "
                                + "and anvandare = 'samverkan' and objekt_id = ?",
                        Integer.class,
                        String.valueOf(annanOrganisation)))
                .isPositive();
        login(lasare);
        assertThat(behorighet.rapportOmfattning().organisationIds()).containsExactly(egenOrganisation);
    }

    @Test
    void theOverviewFiltersByNameRoleAndStatus() {
        String snart = user(Roll.RAPPORTLASARE);
        String lange = user(Roll.RAPPORTLASARE);
        login("admin");
        long slutarSnart = administration.geRapportuppdrag(
                snart, Omfattning.RIKET, null, null, idag.minusMonths(1), idag.plusDays(10));
        long aktivt = administration.geRapportuppdrag(lange, Omfattning.LAN, "01", null, idag, idag.plusYears(1));
        long avslutat = administration.geRapportuppdrag(lange, Omfattning.RIKET, null, null, idag, idag.plusYears(1));
        administration.avsluta(avslutat);

        assertThat(ids(new UppdragFilter(snart.toUpperCase(), null, null))).containsExactly(slutarSnart);
        assertThat(ids(new UppdragFilter("up-", Roll.RAPPORTLASARE, UppdragStatus.SLUTAR_SNART)))
                .contains(slutarSnart)
                .doesNotContain(aktivt, avslutat);
        assertThat(ids(new UppdragFilter("up-", null, UppdragStatus.AKTIVT)))
                .contains(aktivt)
                .doesNotContain(slutarSnart, avslutat);
        assertThat(ids(new UppdragFilter(lange, null, UppdragStatus.AVSLUTAT))).containsExactly(avslutat);
        assertThat(ids(new UppdragFilter(lange, Roll.INSATSANSVARIG, null))).isEmpty();
        assertThat(oversikt.antal(new UppdragFilter(lange, null, null))).isEqualTo(2);
        assertThat(oversikt.sok(new UppdragFilter(lange, null, null), PageRequest.of(0, 1)))
                .hasSize(1);
        assertThat(oversikt.sok(new UppdragFilter(lange, null, UppdragStatus.AKTIVT), PageRequest.of(0, 5)))
                .singleElement()
                .satisfies(r -> {
                    assertThat(r.omfattningsnamn()).isEqualTo("Stockholms län");
                    assertThat(r.uppdrag().status(idag)).isEqualTo(UppdragStatus.AKTIVT);
                });
    }

    @Test
    void aDeputyCanBeAppointedLaterAndTheDelegationEndsWhenTheDeputyChanges() {
        String ordinarie = user(Roll.DELTAGARANSVARIG);
        String forsta = user(Roll.DELTAGARANSVARIG);
        String andra = user(Roll.DELTAGARANSVARIG);
        String utanRoll = user(Roll.RAPPORTLASARE);
        login("insats");
        long id = administration.geInsatsuppdrag(
                ordinarie, Roll.DELTAGARANSVARIG, egenInsats, idag, idag.plusMonths(6), null);
        assertRefused(() -> administration.bytErsattare(id, utanRoll), "uppdrag.fel.ersattare");
        assertRefused(() -> administration.bytErsattare(id, ordinarie), "uppdrag.fel.ersattare");
        administration.bytErsattare(id, forsta);
        administration.delegera(id, true);
        login(forsta);
        assertThat(behorighet.farIInsats(Roll.DELTAGARANSVARIG, egenInsats, egenOrganisation))
                .isTrue();

        login("insats");
        administration.bytErsattare(id, andra);
        login(forsta);
        assertThat(behorighet.farIInsats(Roll.DELTAGARANSVARIG, egenInsats, egenOrganisation))
                .isFalse();
        login(andra);
        assertThat(behorighet.farIInsats(Roll.DELTAGARANSVARIG, egenInsats, egenOrganisation))
                .as("not before the uppdrag is delegated to the new deputy")
                .isFalse();
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_post where atgard = 'UPPDRAG_ANDRAT' "
                                + "and objekt_id = ? and detaljer like 'ersattare=%'",
                        Integer.class, String.valueOf(id)))
                .isEqualTo(2);

        login("samverkan");
        assertThatThrownBy(() -> administration.bytErsattare(id, forsta))
                .as("only who may administer the insats")
                .isInstanceOf(HittadesInteException.class);
    }

    private List<Long> ids(UppdragFilter filter) {
        return oversikt.sok(filter, PageRequest.of(0, 100)).stream()
                .map(UppdragRad::id)
                .toList();
    }

    private void assertRefused(Runnable anrop, String nyckel) {
        assertThatThrownBy(anrop::run)
                .isInstanceOfSatisfying(
                        ValideringsException.class, e -> assertThat(e.nyckel()).isEqualTo(nyckel));
    }

    private String user(Roll roll) {
        String namn = "up-" + UUID.randomUUID().toString().substring(0, 8);
        konton.skapaVidStart(namn, "Test " + namn, LOSENORD, Set.of(roll), Arbetsgivare.KOMMUN, null);
        return namn;
    }

    /** The user as after a complete login (password and, where required, the second factor). */
    private void login(String namn) {
        TestInloggning.som(anvandare.findByAnvandarnamn(namn).orElseThrow());
    }
}
