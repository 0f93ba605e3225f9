package se.finsam.sus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import se.finsam.sus.base.HittadesInteException;
import se.finsam.sus.base.Roll;
import se.finsam.sus.behorighet.AnvandarAdministration;
import se.finsam.sus.behorighet.Arbetsgivare;
import se.finsam.sus.behorighet.NyAnvandare;
import se.finsam.sus.behorighet.TestInloggning;
import se.finsam.sus.behorighet.UppdragAdministration;
import se.finsam.sus.deltagare.DeltagandeFilter;
import se.finsam.sus.deltagare.DeltagandeService;
import se.finsam.sus.deltagare.DeltagarAntal;
import se.finsam.sus.deltagare.DeltagarAntalService;
import se.finsam.sus.deltagare.DeltagarInsatser;
import se.finsam.sus.deltagare.PersonDeltagande;
import se.finsam.sus.deltagare.PersonSokning;
import se.finsam.sus.deltagare.TestDeltagare;
import se.finsam.sus.organisation.FinansiarMedel;
import se.finsam.sus.organisation.IngaendeOrganisation;
import se.finsam.sus.organisation.InsatsDetalj;
import se.finsam.sus.organisation.InsatsFakta;
import se.finsam.sus.organisation.InsatsService;
import se.finsam.sus.organisation.InsatsUppgifter;
import se.finsam.sus.organisation.InsatsbudgetUppgifter;
import se.finsam.sus.organisation.Kostnader;
import se.finsam.sus.organisation.Medfinansiering;
import se.finsam.sus.organisation.OrganisationDetalj;
import se.finsam.sus.organisation.OrganisationService;
import se.finsam.sus.organisation.OrganisationUppgifter;
import se.finsam.sus.organisation.SamverkansbudgetService;
import se.finsam.sus.organisation.SamverkansbudgetUppgifter;

/**
 * The scope matrix on the real database: for each role, a user whose uppdrag is in förbund A tries to read and
 * change förbund B's organisation, insatser, samverkansbudget, insatsbudget and participants through the services.
 * Every attempt is refused (as "not found" by the scope check, or by the method's role rule), leaves an
 * ATKOMST_NEKAD audit row naming the user, and changes nothing of B's. Participants are closer still: a
 * deltagaransvarig with an uppdrag in insats X of förbund A cannot reach insats Y of the same förbund. Reports
 * join the matrix when they exist.
 */
class BehorighetsmatrisTest extends DatabaseTest {

    static final String LOSENORD = "gröna äpplen på taket";
    static final String FORBUND_A = "Samordningsförbundet Norra Stockholm";
    static final List<Roll> ROLLER =
            List.of(Roll.SAMVERKANSADMINISTRATOR, Roll.INSATSANSVARIG, Roll.DELTAGARANSVARIG, Roll.RAPPORTLASARE);
    /** Insatser that take participants one by one and were running a month ago and still are. */
    static final String INDIVIDUELL_PAGAENDE = "inriktning = 'INDIVIDINRIKTAD' and uppfoljningsmetod = 'INDIVID' "
            + "and startdatum <= ? and (slutdatum is null or slutdatum >= ?)";
    /** Test persons (see TestDeltagare): P takes part in B's insats and in insats X of A, Q in insats Y of A. */
    static final String PERSON_P = TestDeltagare.personnummer(0);

    static final String PERSON_Q = TestDeltagare.personnummer(1);
    static final String NY_PERSON = TestDeltagare.personnummer(2);

    /**
     * One user per role, each with an uppdrag in förbund A: created and logged in (password step against the real
     * user store) once for the whole matrix.
     */
    private static final Map<Roll, Authentication> ANVANDARE = new EnumMap<>(Roll.class);

    private static ForbundB forbundB;
    /** A participation in förbund B's insats, and one in insats Y of förbund A. */
    private static Deltagarmal deltagareB;

    private static Deltagarmal deltagareY;
    /** P's participation in insats X of förbund A, where the deltagaransvarig holds the uppdrag. */
    private static long deltagandeX;

    @Autowired
    OrganisationService organisationer;

    @Autowired
    SamverkansbudgetService samverkansbudget;

    @Autowired
    InsatsService insatser;

    @Autowired
    DeltagandeService deltagare;

    @Autowired
    PersonSokning personSokning;

    @Autowired
    DeltagarAntalService antalService;

    @Autowired
    DeltagarInsatser deltagarInsatser;

    @Autowired
    AnvandarAdministration anvandarAdministration;

    @Autowired
    UppdragAdministration uppdragAdministration;

    @Autowired
    AuthenticationConfiguration authenticationConfiguration;

    @Autowired
    JdbcTemplate jdbc;

    /** Förbund B and what it has, as seen by the system administrator. */
    record ForbundB(
            long id,
            long version,
            OrganisationUppgifter uppgifter,
            long insats,
            long insatsVersion,
            InsatsUppgifter insatsUppgifter) {}

    @FunctionalInterface
    interface Forsok {
        void utfor(BehorighetsmatrisTest t, ForbundB b);
    }

    /**
     * An insats with one of its participations (its person and current version), and a kommun in the area of its
     * förbund, as the target of attempts.
     */
    record Deltagarmal(long insats, long deltagande, long version, String person, String hemkommun) {}

    @FunctionalInterface
    interface DeltagarForsok {
        void utfor(BehorighetsmatrisTest t, Deltagarmal m);
    }

    static Stream<Arguments> matris() {
        Map<String, Forsok> forsok = new LinkedHashMap<>();
        forsok.put("läsa organisationen", (t, b) -> t.organisationer.hamta(b.id()));
        forsok.put("läsa logon", (t, b) -> t.organisationer.logo(b.id()));
        forsok.put("läsa samverkansbudgeten", (t, b) -> t.samverkansbudget.samverkansbudgetar(b.id()));
        forsok.put("läsa insatslistan", (t, b) -> t.insatser.insatserFor(b.id()));
        forsok.put("läsa en insats", (t, b) -> t.insatser.hamta(b.insats()));
        forsok.put("läsa insatsbudgeten", (t, b) -> t.insatser.budgetar(b.insats()));
        forsok.put("ändra organisationen", (t, b) -> t.organisationer.uppdatera(b.id(), b.version(), b.uppgifter()));
        forsok.put(
                "ändra ingående organisationer",
                (t, b) -> t.organisationer.sparaIngaende(b.id(), b.version(), List.<IngaendeOrganisation>of()));
        forsok.put("ta bort logon", (t, b) -> t.organisationer.taBortLogo(b.id()));
        forsok.put(
                "ändra samverkansbudgeten",
                (t, b) -> t.samverkansbudget.sparaSamverkansbudget(
                        b.id(),
                        null,
                        new SamverkansbudgetUppgifter(
                                2030,
                                List.<FinansiarMedel>of(),
                                BigDecimal.ZERO,
                                new Kostnader(
                                        BigDecimal.ONE,
                                        BigDecimal.ZERO,
                                        BigDecimal.ZERO,
                                        BigDecimal.ZERO,
                                        BigDecimal.ZERO,
                                        BigDecimal.ZERO))));
        forsok.put("skapa en insats", (t, b) -> t.insatser.skapa(b.id(), b.insatsUppgifter()));
        forsok.put(
                "ändra en insats", (t, b) -> t.insatser.uppdatera(b.insats(), b.insatsVersion(), b.insatsUppgifter()));
        forsok.put("ta bort en insats", (t, b) -> t.insatser.taBort(b.insats()));
        forsok.put(
                "ändra insatsbudgeten",
                (t, b) -> t.insatser.sparaBudget(
                        b.insats(),
                        null,
                        new InsatsbudgetUppgifter(
                                2030,
                                5,
                                new Kostnader(
                                        BigDecimal.ONE,
                                        BigDecimal.ZERO,
                                        BigDecimal.ZERO,
                                        BigDecimal.ZERO,
                                        BigDecimal.ZERO,
                                        BigDecimal.ZERO),
                                List.of(new Medfinansiering("ESF", BigDecimal.ONE, BigDecimal.ZERO)))));
        return ROLLER.stream()
                .flatMap(roll -> forsok.entrySet().stream().map(f -> Arguments.of(roll, f.getKey(), f.getValue())));
    }

    /** Every call of the participant service that names an insats or a participation, each valid in itself. */
    static Map<String, DeltagarForsok> deltagarForsok() {
        LocalDate idag = LocalDate.now();
        Map<String, DeltagarForsok> forsok = new LinkedHashMap<>();
        forsok.put("läsa insatsen", (t, m) -> t.antalService.insats(m.insats()));
        forsok.put("läsa ett deltagande", (t, m) -> t.deltagare.hamta(m.deltagande()));
        forsok.put(
                "lista deltagandena",
                (t, m) -> t.deltagare.sok(m.insats(), DeltagandeFilter.alla(), PageRequest.of(0, 10)));
        forsok.put(
                "söka personen i insatsen",
                (t, m) -> t.deltagare.sok(
                        m.insats(),
                        new DeltagandeFilter(DeltagandeFilter.Status.ALLA, m.person()),
                        PageRequest.of(0, 10)));
        forsok.put("räkna deltagandena", (t, m) -> t.deltagare.rakna(m.insats(), DeltagandeFilter.alla()));
        forsok.put(
                "räkna personens deltaganden",
                (t, m) -> t.deltagare.rakna(
                        m.insats(), new DeltagandeFilter(DeltagandeFilter.Status.AKTIVA, m.person())));
        forsok.put(
                "registrera ett deltagande",
                (t, m) -> t.deltagare.registrera(
                        m.insats(), TestDeltagare.inskrivning(NY_PERSON, idag.minusDays(30), m.hemkommun())));
        forsok.put(
                "rätta inskrivningen",
                (t, m) -> t.deltagare.rattaInskrivning(
                        m.deltagande(),
                        m.version(),
                        TestDeltagare.inskrivning(m.person(), idag.minusDays(20), m.hemkommun())));
        forsok.put(
                "skriva ut",
                (t, m) -> t.deltagare.skrivUt(m.deltagande(), m.version(), TestDeltagare.utskrivning(idag)));
        forsok.put("återkalla samtycket", (t, m) -> t.deltagare.aterkallaSamtycke(m.deltagande(), m.version()));
        forsok.put("läsa historiken", (t, m) -> t.deltagare.historik(m.deltagande()));
        forsok.put("läsa antalen", (t, m) -> t.antalService.antal(m.insats()));
        forsok.put(
                "spara antal",
                (t, m) -> t.antalService.sparaAntal(new DeltagarAntal(m.insats(), idag.getYear(), 1, 2, 0, null)));
        return forsok;
    }

    static Stream<Arguments> deltagarmatris() {
        return ROLLER.stream()
                .flatMap(roll ->
                        deltagarForsok().entrySet().stream().map(f -> Arguments.of(roll, f.getKey(), f.getValue())));
    }

    static Stream<Arguments> deltagarForsokIInsatsY() {
        return deltagarForsok().entrySet().stream().map(f -> Arguments.of(f.getKey(), f.getValue()));
    }

    static Stream<Roll> roller() {
        return ROLLER.stream();
    }

    long forbundA;
    /** Insats X of förbund A: the deltagaransvarig's uppdrag. */
    long insatsA;

    @BeforeEach
    void forbund() throws Exception {
        LocalDate idag = LocalDate.now();
        forbundA = jdbc.queryForObject("select id from samverkansorganisation where namn = ?", Long.class, FORBUND_A);
        insatsA = jdbc.queryForObject(
                "select min(id) from insats where organisation_id = ? and " + INDIVIDUELL_PAGAENDE,
                Long.class,
                forbundA,
                idag.minusDays(30),
                idag);
        if (forbundB != null) {
            return;
        }
        long b = jdbc.queryForObject(
                "select min(o.id) from samverkansorganisation o where o.id <> ? and exists "
                        + "(select 1 from insats i where i.organisation_id = o.id and " + INDIVIDUELL_PAGAENDE + ")",
                Long.class,
                forbundA,
                idag.minusDays(30),
                idag);
        long insatsB = jdbc.queryForObject("select min(id) from insats where organisation_id = ?", Long.class, b);
        loginAdmin();
        OrganisationDetalj organisation = organisationer.hamta(b);
        InsatsDetalj insats = insatser.hamta(insatsB);
        SecurityContextHolder.clearContext();
        forbundB = new ForbundB(
                b, organisation.version(), organisation.uppgifter(), insatsB, insats.version(), insats.uppgifter());
        registreraDeltagare(idag);
    }

    /**
     * P in an insats of förbund B and in insats X of förbund A, Q in insats Y of förbund A, registered by a
     * deltagaransvarig with uppdrag in all three.
     */
    private void registreraDeltagare(LocalDate idag) throws Exception {
        long insatsB = jdbc.queryForObject(
                "select min(id) from insats where organisation_id = ? and " + INDIVIDUELL_PAGAENDE,
                Long.class,
                forbundB.id(),
                idag.minusDays(30),
                idag);
        long insatsY = jdbc.queryForObject(
                "select min(id) from insats where organisation_id = ? and id <> ? and " + INDIVIDUELL_PAGAENDE,
                Long.class,
                forbundA,
                insatsA,
                idag.minusDays(30),
                idag);
        loginAdmin();
        String namn = "matris-registrerare-" + UUID.randomUUID().toString().substring(0, 6);
        anvandarAdministration.skapa(new NyAnvandare(
                namn,
                "Matris registrerare",
                Arbetsgivare.KOMMUN,
                "Testkommun",
                Set.of(Roll.DELTAGARANSVARIG),
                LOSENORD));
        for (long insats : List.of(insatsB, insatsA, insatsY)) {
            uppdragAdministration.geInsatsuppdrag(namn, Roll.DELTAGARANSVARIG, insats, idag, idag.plusYears(1), null);
        }
        TestInloggning.fullt(losenordssteg(namn, LOSENORD));
        deltagareB = registrera(insatsB, PERSON_P, idag);
        deltagandeX = registrera(insatsA, PERSON_P, idag).deltagande();
        deltagareY = registrera(insatsY, PERSON_Q, idag);
        SecurityContextHolder.clearContext();
    }

    private Deltagarmal registrera(long insats, String person, LocalDate idag) {
        String kommun = jdbc.queryForObject(
                "select min(k.kommun_kod) from organisation_kommun k join insats i "
                        + "on i.organisation_id = k.organisation_id where i.id = ?",
                String.class,
                insats);
        long id = deltagare.registrera(insats, TestDeltagare.inskrivning(person, idag.minusDays(30), kommun));
        return new Deltagarmal(insats, id, deltagare.hamta(id).version(), person, kommun);
    }

    @AfterEach
    void logout() {
        SecurityContextHolder.clearContext();
    }

    @ParameterizedTest(name = "{0}: {1} i förbund B")
    @MethodSource("matris")
    void everyAttemptOnAnotherForbundIsRefusedAndAudited(Roll roll, String vad, Forsok forsok) throws Exception {
        String anvandare = TestInloggning.fullt(anvandareMedUppdragIA(roll)).getName();

        nekasOchLoggas(anvandare, roll + ": " + vad, () -> forsok.utfor(this, forbundB));

        assertThat(jdbc.queryForObject(
                        "select version from samverkansorganisation where id = ?", Long.class, forbundB.id()))
                .as("B unchanged")
                .isEqualTo(forbundB.version());
        assertThat(jdbc.queryForObject("select version from insats where id = ?", Long.class, forbundB.insats()))
                .as("B's insats unchanged")
                .isEqualTo(forbundB.insatsVersion());
    }

    @ParameterizedTest(name = "{0}: {1} i förbund B")
    @MethodSource("deltagarmatris")
    void everyAttemptOnAnotherForbundsParticipantsIsRefusedAndAudited(Roll roll, String vad, DeltagarForsok forsok)
            throws Exception {
        String anvandare = TestInloggning.fullt(anvandareMedUppdragIA(roll)).getName();
        String fore = deltagardata(deltagareB);

        nekasOchLoggas(anvandare, roll + ": " + vad, () -> forsok.utfor(this, deltagareB));

        assertThat(deltagardata(deltagareB)).as("B's participants unchanged").isEqualTo(fore);
    }

    @ParameterizedTest(name = "deltagaransvarig i insats X: {0} i insats Y")
    @MethodSource("deltagarForsokIInsatsY")
    void aDeltagaransvarigCannotReachAnotherInsatsOfTheSameForbund(String vad, DeltagarForsok forsok) throws Exception {
        String anvandare = TestInloggning.fullt(anvandareMedUppdragIA(Roll.DELTAGARANSVARIG))
                .getName();
        String fore = deltagardata(deltagareY);

        nekasOchLoggas(anvandare, vad, () -> forsok.utfor(this, deltagareY));

        assertThat(deltagardata(deltagareY)).as("Y's participants unchanged").isEqualTo(fore);
    }

    /**
     * A search by person is not refused for a deltagaransvarig: it finds only the participations in their own
     * insatser (P's in X, not P's in B; nothing of Q, who is only in Y). Every other role is refused.
     */
    @ParameterizedTest(name = "{0}: söka personer")
    @MethodSource("roller")
    void aPersonSearchFindsOnlyParticipationsInTheUsersOwnInsatser(Roll roll) throws Exception {
        String anvandare = TestInloggning.fullt(anvandareMedUppdragIA(roll)).getName();
        if (roll != Roll.DELTAGARANSVARIG) {
            nekasOchLoggas(anvandare, roll + ": söka personen", () -> personSokning.forPerson(PERSON_P));
            return;
        }
        int fore = nekade(anvandare);
        assertThat(personSokning.forPerson(PERSON_P))
                .extracting(PersonDeltagande::id)
                .containsExactly(deltagandeX);
        assertThat(personSokning.forPerson(PERSON_Q)).isEmpty();
        assertThat(deltagarInsatser.minaInsatser()).extracting(InsatsFakta::id).containsExactly(insatsA);
        assertThat(nekade(anvandare)).as("nothing refused").isEqualTo(fore);
    }

    /** The attempt is refused, by scope ("not found") or by role, and leaves exactly one ATKOMST_NEKAD row. */
    private void nekasOchLoggas(String anvandare, String vad, ThrowingCallable forsok) {
        int fore = nekade(anvandare);
        assertThatThrownBy(forsok).as(vad).isInstanceOfAny(HittadesInteException.class, AccessDeniedException.class);
        assertThat(nekade(anvandare)).as("audit row for %s", vad).isEqualTo(fore + 1);
    }

    /** Everything an attempt could change about the insats's participations and counts. */
    private String deltagardata(Deltagarmal m) {
        return jdbc.queryForMap(
                        "select (select count(*) from deltagande where insats_id = ?) as deltaganden, "
                                + "(select sum(version) from deltagande where insats_id = ?) as versioner, "
                                + "(select count(*) from deltagande_andring a join deltagande d on d.id = a.deltagande_id "
                                + "where d.insats_id = ?) as andringar, "
                                + "(select count(*) from deltagar_antal where insats_id = ?) as ar, "
                                + "(select sum(version) from deltagar_antal where insats_id = ?) as antalversioner, "
                                + "(select version from deltagande where id = ?) as version, "
                                + "(select identitet_hash from deltagande where id = ?) as identitet",
                        m.insats(),
                        m.insats(),
                        m.insats(),
                        m.insats(),
                        m.insats(),
                        m.deltagande(),
                        m.deltagande())
                .toString();
    }

    private Authentication anvandareMedUppdragIA(Roll roll) throws Exception {
        Authentication finns = ANVANDARE.get(roll);
        if (finns != null) {
            return finns;
        }
        loginAdmin();
        String namn = "matris-" + roll.name().toLowerCase() + "-"
                + UUID.randomUUID().toString().substring(0, 6);
        Arbetsgivare arbetsgivare =
                roll == Roll.SAMVERKANSADMINISTRATOR ? Arbetsgivare.SAMORDNINGSFORBUND : Arbetsgivare.KOMMUN;
        anvandarAdministration.skapa(
                new NyAnvandare(namn, "Matris " + roll, arbetsgivare, "Testkommun", Set.of(roll), LOSENORD));
        LocalDate idag = LocalDate.now();
        if (roll == Roll.DELTAGARANSVARIG) {
            uppdragAdministration.geInsatsuppdrag(namn, roll, insatsA, idag, idag.plusYears(1), null);
        } else {
            uppdragAdministration.geOrganisationsuppdrag(namn, roll, forbundA, idag, idag.plusYears(1), null);
        }
        SecurityContextHolder.clearContext();
        Authentication losenordssteg = losenordssteg(namn, LOSENORD);
        ANVANDARE.put(roll, losenordssteg);
        return losenordssteg;
    }

    private Authentication losenordssteg(String anvandarnamn, String losenord) throws Exception {
        return authenticationConfiguration
                .getAuthenticationManager()
                .authenticate(UsernamePasswordAuthenticationToken.unauthenticated(anvandarnamn, losenord));
    }

    /** As after a complete login (the second factor has tests of its own). */
    private void loginAdmin() throws Exception {
        TestInloggning.fullt(losenordssteg("admin", KaribuTest.DEMO_LOSENORD));
    }

    private int nekade(String anvandare) {
        return jdbc.queryForObject(
                "select count(*) from audit_post where atgard = 'ATKOMST_NEKAD' and anvandare = ?",
                Integer.class,
                anvandare);
    }
}
