package se.finsam.sus.behorighet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import se.finsam.sus.DatabaseTest;
import se.finsam.sus.base.HittadesInteException;
import se.finsam.sus.base.Roll;
import se.finsam.sus.base.SomSystem;
import se.finsam.sus.base.ValideringsException;

/**
 * The beställning flow (issue 12 #18) on the real database: a förbund's insatsansvarig asks, the
 * behörighetsadministratör of the user's employer approves (the uppdrag is given under its rules) or rejects with a
 * reason; nobody else decides, nobody approves their own beställning or an uppdrag for themselves, and every step
 * and refusal is audited. Each test has a kommun of its own.
 */
class BestallningarTest extends DatabaseTest {

    static final String LOSENORD = "gröna äpplen på taket";
    static final String FORBUND_A = "Samordningsförbundet Norra Stockholm";

    @Autowired
    Bestallningar bestallningar;

    @Autowired
    PersonalAdministration personal;

    @Autowired
    UppdragAdministration uppdrag;

    @Autowired
    Kontoskapare konton;

    @Autowired
    AnvandareRepository anvandare;

    @Autowired
    JdbcTemplate jdbc;

    LocalDate idag = LocalDate.now();
    String kommun;
    long forbund;
    long insats;
    /** Insatsansvarig of förbund A (förbund staff), who asks. */
    long bestallare;
    /** The behörighetsadministratör of the kommun. */
    long admin;
    /** A deltagaransvarig of the kommun, for whom the uppdrag is asked. */
    long handlaggare;

    @BeforeEach
    void forbundOchKommun() {
        kommun = "Beställningskommun " + UUID.randomUUID().toString().substring(0, 8);
        forbund = jdbc.queryForObject("select id from samverkansorganisation where namn = ?", Long.class, FORBUND_A);
        insats = jdbc.queryForObject("select min(id) from insats where organisation_id = ?", Long.class, forbund);
        bestallare = skapa(Set.of(Roll.INSATSANSVARIG), Arbetsgivare.SAMORDNINGSFORBUND, null);
        ge(bestallare, Roll.INSATSANSVARIG, forbund);
        admin = skapa(Set.of(Roll.BEHORIGHETSADMINISTRATOR), Arbetsgivare.KOMMUN, kommun);
        handlaggare = skapa(Set.of(Roll.DELTAGARANSVARIG), Arbetsgivare.KOMMUN, kommun);
    }

    @AfterEach
    void logout() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void theForbundAsksAndTheEmployersAdministratorApproves() {
        long id = bestall(bestallare, handlaggare, Roll.DELTAGARANSVARIG);
        assertThat(audit("BESTALLNING_SKAPAD", "Bestallning", id)).isEqualTo(1);

        logga(admin);
        assertThat(bestallningar.vantande()).extracting(BestallningRad::id).containsExactly(id);
        long uppdragId = bestallningar.godkann(id, version(id));

        assertThat(jdbc.queryForMap(
                        "select anvandare_id, roll, insats_id, startdatum, slutdatum from uppdrag where id = ?",
                        uppdragId))
                .containsEntry("anvandare_id", handlaggare)
                .containsEntry("roll", "DELTAGARANSVARIG")
                .containsEntry("insats_id", insats);
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_post where atgard = 'UPPDRAG_GIVET' and objekt_id = ? "
                                + "and detaljer like ?",
                        Integer.class,
                        String.valueOf(uppdragId),
                        "%bestallning=" + id + "%"))
                .isEqualTo(1);
        assertThat(audit("BESTALLNING_GODKAND", "Bestallning", id)).isEqualTo(1);
        assertThat(status(id)).isEqualTo("GODKAND");
        assertThat(bestallningar.vantande()).isEmpty();
        assertThatThrownBy(() -> bestallningar.godkann(id, version(id)))
                .isInstanceOfSatisfying(
                        ValideringsException.class, e -> assertThat(e.nyckel()).isEqualTo("bestallning.fel.beslutad"));
    }

    @Test
    void theAdministratorRejectsWithAReasonTheForbundSees() {
        long id = bestall(bestallare, handlaggare, Roll.DELTAGARANSVARIG);
        logga(admin);
        assertThatThrownBy(() -> bestallningar.avvisa(id, version(id), " "))
                .isInstanceOfSatisfying(
                        ValideringsException.class,
                        e -> assertThat(e.nyckel()).isEqualTo("bestallning.fel.motivering"));
        assertThat(status(id)).isEqualTo("VANTAR");

        bestallningar.avvisa(id, version(id), "Slutar vid månadsskiftet");
        assertThat(status(id)).isEqualTo("AVVISAD");
        assertThat(audit("BESTALLNING_AVVISAD", "Bestallning", id)).isEqualTo(1);
        assertThat(uppdragFor(handlaggare)).isZero();

        logga(bestallare);
        assertThat(bestallningar.forInsats(insats))
                .filteredOn(r -> r.id() == id)
                .singleElement()
                .satisfies(r -> {
                    assertThat(r.status()).isEqualTo(BestallningStatus.AVVISAD);
                    assertThat(r.motivering()).isEqualTo("Slutar vid månadsskiftet");
                });
    }

    @Test
    void anotherEmployersAdministratorNeitherSeesNorDecidesIt() {
        long id = bestall(bestallare, handlaggare, Roll.DELTAGARANSVARIG);
        long annan = skapa(Set.of(Roll.BEHORIGHETSADMINISTRATOR), Arbetsgivare.KOMMUN, kommun + " norra");
        logga(annan);
        assertThat(bestallningar.vantande()).extracting(BestallningRad::id).doesNotContain(id);
        int fore = nekade(annan);
        long version = version(id);
        assertThatThrownBy(() -> bestallningar.godkann(id, version)).isInstanceOf(HittadesInteException.class);
        assertThatThrownBy(() -> bestallningar.avvisa(id, version, "Nej")).isInstanceOf(HittadesInteException.class);
        assertThat(nekade(annan)).isEqualTo(fore + 2);
        assertThat(status(id)).isEqualTo("VANTAR");
        assertThat(version(id)).isEqualTo(version);
        assertThat(uppdragFor(handlaggare)).isZero();
    }

    @Test
    void nobodyApprovesTheirOwnBestallningOrAnUppdragForThemselves() {
        // A kommun's behörighetsadministratör who is also insatsansvarig in the förbund and deltagaransvarig.
        long dubbel = skapa(
                Set.of(Roll.BEHORIGHETSADMINISTRATOR, Roll.INSATSANSVARIG, Roll.DELTAGARANSVARIG),
                Arbetsgivare.KOMMUN,
                kommun);
        ge(dubbel, Roll.INSATSANSVARIG, forbund);
        long egen = bestall(dubbel, handlaggare, Roll.DELTAGARANSVARIG);
        long tillSigSjalv = bestall(bestallare, dubbel, Roll.DELTAGARANSVARIG);

        logga(dubbel);
        int fore = nekade(dubbel);
        assertThatThrownBy(() -> bestallningar.godkann(egen, version(egen)))
                .isInstanceOfSatisfying(
                        ValideringsException.class,
                        e -> assertThat(e.nyckel()).isEqualTo("bestallning.fel.egen-bestallning"));
        assertThatThrownBy(() -> bestallningar.godkann(tillSigSjalv, version(tillSigSjalv)))
                .isInstanceOfSatisfying(
                        ValideringsException.class,
                        e -> assertThat(e.nyckel()).isEqualTo("bestallning.fel.till-sig-sjalv"));
        assertThat(nekade(dubbel)).isEqualTo(fore + 2);
        assertThat(status(egen)).isEqualTo("VANTAR");
        assertThat(status(tillSigSjalv)).isEqualTo("VANTAR");
        assertThat(uppdragFor(dubbel))
                .as("only the insatsansvarig uppdrag given in setup")
                .isEqualTo(1);

        // Another administrator of the same kommun may decide both.
        logga(admin);
        bestallningar.godkann(egen, version(egen));
        bestallningar.godkann(tillSigSjalv, version(tillSigSjalv));
        assertThat(uppdragFor(dubbel)).isEqualTo(2);
    }

    @Test
    void theUppdragRulesStillApplyWhenApproving() {
        long rapport = skapa(Set.of(Roll.RAPPORTLASARE), Arbetsgivare.KOMMUN, kommun);
        long id = bestall(bestallare, rapport, Roll.DELTAGARANSVARIG);
        logga(admin);
        assertThatThrownBy(() -> bestallningar.godkann(id, version(id)))
                .isInstanceOfSatisfying(
                        ValideringsException.class, e -> assertThat(e.nyckel()).isEqualTo("uppdrag.fel.saknar-roll"));
        assertThat(status(id)).isEqualTo("VANTAR");
        assertThat(uppdragFor(rapport)).isZero();

        // Given the role by the same administrator, the user gets the uppdrag.
        personal.andraRoller(
                rapport, anvandare.findById(rapport).orElseThrow().getVersion(), Set.of(Roll.DELTAGARANSVARIG));
        bestallningar.godkann(id, version(id));
        assertThat(uppdragFor(rapport)).isEqualTo(1);
    }

    @Test
    void theForbundAsksOnlyWhatItMayGiveAndOnlyForAuthorityStaff() {
        logga(bestallare);
        long annatForbund = jdbc.queryForObject(
                "select min(organisation_id) from insats where organisation_id <> ?", Long.class, forbund);
        long annanInsats =
                jdbc.queryForObject("select min(id) from insats where organisation_id = ?", Long.class, annatForbund);
        String namn = namn(handlaggare);
        int fore = nekade(bestallare);
        assertThatThrownBy(() -> bestallningar.bestall(new NyBestallning(
                        namn, Roll.DELTAGARANSVARIG, Omfattning.INSATS, annanInsats, idag, idag.plusMonths(6))))
                .isInstanceOf(HittadesInteException.class);
        assertThatThrownBy(() -> bestallningar.bestall(new NyBestallning(
                        namn, Roll.INSATSANSVARIG, Omfattning.ORGANISATION, forbund, idag, idag.plusMonths(6))))
                .as("only a samverkansadministratör gives insatsansvariga on the förbund")
                .isInstanceOf(HittadesInteException.class);
        assertThat(nekade(bestallare)).isEqualTo(fore + 2);

        long forbundsanstalld = skapa(Set.of(Roll.INSATSANSVARIG), Arbetsgivare.SAMORDNINGSFORBUND, null);
        assertRefused(forbundsanstalld, Roll.DELTAGARANSVARIG, Omfattning.INSATS, "bestallning.fel.myndighet");
        assertRefused(handlaggare, Roll.SAMVERKANSADMINISTRATOR, Omfattning.INSATS, "bestallning.fel.roll");
        assertRefused(handlaggare, Roll.DELTAGARANSVARIG, Omfattning.ORGANISATION, "bestallning.fel.roll");
        bestall(bestallare, handlaggare, Roll.DELTAGARANSVARIG);
        logga(bestallare);
        assertRefused(handlaggare, Roll.DELTAGARANSVARIG, Omfattning.INSATS, "bestallning.fel.finns-redan");
        assertThat(jdbc.queryForObject(
                        "select count(*) from bestallning where anvandare_id in (?, ?)",
                        Integer.class,
                        handlaggare,
                        forbundsanstalld))
                .isEqualTo(1);
    }

    @Test
    void aBehorighetsadministratorHoldsNoUppdrag() {
        String namn = namn(admin);
        SomSystem.somSystemadministrator(() -> assertThatThrownBy(() -> uppdrag.geOrganisationsuppdrag(
                        namn, Roll.BEHORIGHETSADMINISTRATOR, forbund, idag, idag.plusYears(1), null))
                .isInstanceOfSatisfying(
                        ValideringsException.class, e -> assertThat(e.nyckel()).isEqualTo("uppdrag.fel.omfattning")));
        assertThat(uppdragFor(admin)).isZero();
    }

    @Test
    void eachRoleCallsOnlyItsPart() {
        logga(admin);
        assertThatThrownBy(() -> bestallningar.bestall(new NyBestallning(
                        namn(handlaggare), Roll.DELTAGARANSVARIG, Omfattning.INSATS, insats, idag, idag)))
                .isInstanceOf(AuthorizationDeniedException.class);
        logga(bestallare);
        assertThatThrownBy(() -> bestallningar.vantande()).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> bestallningar.godkann(1, 0)).isInstanceOf(AuthorizationDeniedException.class);
    }

    private void assertRefused(long mottagare, Roll roll, Omfattning omfattning, String nyckel) {
        long id = omfattning == Omfattning.INSATS ? insats : forbund;
        assertThatThrownBy(() -> bestallningar.bestall(
                        new NyBestallning(namn(mottagare), roll, omfattning, id, idag, idag.plusMonths(6))))
                .as(nyckel)
                .isInstanceOfSatisfying(
                        ValideringsException.class, e -> assertThat(e.nyckel()).isEqualTo(nyckel));
    }

    private long bestall(long av, long mottagare, Roll roll) {
        logga(av);
        long id = bestallningar.bestall(
                new NyBestallning(namn(mottagare), roll, Omfattning.INSATS, insats, idag, idag.plusMonths(6)));
        SecurityContextHolder.clearContext();
        return id;
    }

    private void ge(long vem, Roll roll, long organisation) {
        SomSystem.somSystemadministrator(() -> uppdrag.geOrganisationsuppdrag(
                namn(vem), roll, organisation, idag.minusDays(1), idag.plusYears(1), null));
    }

    private void logga(long vem) {
        TestInloggning.som(anvandare.findById(vem).orElseThrow());
    }

    private String namn(long id) {
        return anvandare.findById(id).orElseThrow().getAnvandarnamn();
    }

    private long skapa(Set<Roll> roller, Arbetsgivare arbetsgivare, String arbetsgivareNamn) {
        String namn = "be-" + UUID.randomUUID().toString().substring(0, 8);
        return konton.skapaVidStart(namn, "Test " + namn, LOSENORD, roller, arbetsgivare, arbetsgivareNamn);
    }

    private long version(long bestallning) {
        return jdbc.queryForObject("select version from bestallning where id = ?", Long.class, bestallning);
    }

    private String status(long bestallning) {
        return jdbc.queryForObject("select status from bestallning where id = ?", String.class, bestallning);
    }

    private int uppdragFor(long anvandareId) {
        return jdbc.queryForObject("select count(*) from uppdrag where anvandare_id = ?", Integer.class, anvandareId);
    }

    private int audit(String atgard, String typ, long id) {
        return jdbc.queryForObject(
                "select count(*) from audit_post where atgard = ? and objekttyp = ? and objekt_id = ?",
                Integer.class,
                atgard,
                typ,
                String.valueOf(id));
    }

    private int nekade(long vem) {
        return jdbc.queryForObject(
                "select count(*) from audit_post where atgard = 'ATKOMST_NEKAD' and anvandare = ?",
                Integer.class,
                namn(vem));
    }
}
