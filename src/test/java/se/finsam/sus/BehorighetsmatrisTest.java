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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
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
import se.finsam.sus.organisation.AnnanFinansiar;
import se.finsam.sus.organisation.FinansiarMedel;
import se.finsam.sus.organisation.InsatsDetalj;
import se.finsam.sus.organisation.InsatsService;
import se.finsam.sus.organisation.InsatsUppgifter;
import se.finsam.sus.organisation.InsatsbudgetUppgifter;
import se.finsam.sus.organisation.IngaendeOrganisation;
import se.finsam.sus.organisation.OrganisationDetalj;
import se.finsam.sus.organisation.OrganisationService;
import se.finsam.sus.organisation.OrganisationUppgifter;
import se.finsam.sus.organisation.SamverkansbudgetUppgifter;

/**
 * The scope matrix on the real database: for each role, a user whose uppdrag is in förbund A tries to read and
 * change förbund B's organisation, insatser, samverkansbudget and insatsbudget through the services. Every
 * attempt is refused (as "not found" by the scope check, or by the method's role rule) and leaves an
 * ATKOMST_NEKAD audit row naming the user. Participants and reports join the matrix when they exist.
 */
class BehorighetsmatrisTest extends DatabaseTest {

    static final String LOSENORD = "gröna äpplen på taket";
    static final String FORBUND_A = "Samordningsförbundet Norra Stockholm";

    /**
     * One user per role, each with an uppdrag in förbund A: created and logged in (password step against the real
     * user store) once for the whole matrix.
     */
    private static final Map<Roll, Authentication> ANVANDARE = new EnumMap<>(Roll.class);
    private static ForbundB forbundB;

    @Autowired
    OrganisationService organisationer;

    @Autowired
    InsatsService insatser;

    @Autowired
    AnvandarAdministration anvandarAdministration;

    @Autowired
    UppdragAdministration uppdragAdministration;

    @Autowired
    AuthenticationConfiguration authenticationConfiguration;

    @Autowired
    JdbcTemplate jdbc;

    /** Förbund B and what it has, as seen by the system administrator. */
    record ForbundB(long id, long version, OrganisationUppgifter uppgifter, long insats, long insatsVersion,
            InsatsUppgifter insatsUppgifter) {
    }

    @FunctionalInterface
    interface Forsok {
        void utfor(BehorighetsmatrisTest t, ForbundB b);
    }

    static Stream<Arguments> matris() {
        Map<String, Forsok> forsok = new LinkedHashMap<>();
        forsok.put("läsa organisationen", (t, b) -> t.organisationer.hamta(b.id()));
        forsok.put("läsa logon", (t, b) -> t.organisationer.logo(b.id()));
        forsok.put("läsa samverkansbudgeten", (t, b) -> t.organisationer.samverkansbudgetar(b.id()));
        forsok.put("läsa insatslistan", (t, b) -> t.insatser.insatserFor(b.id()));
        forsok.put("läsa en insats", (t, b) -> t.insatser.hamta(b.insats()));
        forsok.put("läsa insatsbudgeten", (t, b) -> t.insatser.budgetar(b.insats()));
        forsok.put("läsa insatsens finansiärer", (t, b) -> t.insatser.finansiarer(b.insats()));
        forsok.put("ändra organisationen", (t, b) -> t.organisationer.uppdatera(b.id(), b.version(),
                b.uppgifter()));
        forsok.put("ändra ingående organisationer", (t, b) -> t.organisationer.sparaIngaende(b.id(), b.version(),
                List.<IngaendeOrganisation>of()));
        forsok.put("ta bort logon", (t, b) -> t.organisationer.taBortLogo(b.id()));
        forsok.put("ändra samverkansbudgeten", (t, b) -> t.organisationer.sparaSamverkansbudget(b.id(), null,
                new SamverkansbudgetUppgifter(2030, List.<FinansiarMedel>of(), BigDecimal.ZERO, BigDecimal.ONE,
                        BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO)));
        forsok.put("skapa en insats", (t, b) -> t.insatser.skapa(b.id(), b.insatsUppgifter()));
        forsok.put("ändra en insats", (t, b) -> t.insatser.uppdatera(b.insats(), b.insatsVersion(),
                b.insatsUppgifter()));
        forsok.put("ta bort en insats", (t, b) -> t.insatser.taBort(b.insats()));
        forsok.put("ändra insatsbudgeten", (t, b) -> t.insatser.sparaBudget(b.insats(), null,
                new InsatsbudgetUppgifter(2030, 5, BigDecimal.ONE, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO,
                        BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO)));
        forsok.put("ändra insatsens finansiärer", (t, b) -> t.insatser.sparaFinansiarer(b.insats(), b.insatsVersion(),
                List.of(new AnnanFinansiar("ESF", BigDecimal.TEN))));
        return Stream.of(Roll.SAMVERKANSADMINISTRATOR, Roll.INSATSANSVARIG, Roll.DELTAGARANSVARIG, Roll.RAPPORTLASARE)
                .flatMap(roll -> forsok.entrySet().stream().map(f -> Arguments.of(roll, f.getKey(), f.getValue())));
    }

    long forbundA;
    long insatsA;

    @BeforeEach
    void forbund() throws Exception {
        forbundA = jdbc.queryForObject("select id from samverkansorganisation where namn = ?", Long.class, FORBUND_A);
        insatsA = jdbc.queryForObject("select min(id) from insats where organisation_id = ?", Long.class, forbundA);
        if (forbundB != null) {
            return;
        }
        long b = jdbc.queryForObject("select min(o.id) from samverkansorganisation o where o.id <> ? "
                + "and exists (select 1 from insats i where i.organisation_id = o.id)", Long.class, forbundA);
        long insatsB = jdbc.queryForObject("select min(id) from insats where organisation_id = ?", Long.class, b);
        loginAdmin();
        OrganisationDetalj organisation = organisationer.hamta(b);
        InsatsDetalj insats = insatser.hamta(insatsB);
        SecurityContextHolder.clearContext();
        forbundB = new ForbundB(b, organisation.version(), organisation.uppgifter(), insatsB, insats.version(),
                insats.uppgifter());
    }

    @AfterEach
    void logout() {
        SecurityContextHolder.clearContext();
    }

    @ParameterizedTest(name = "{0}: {1} i förbund B")
    @MethodSource("matris")
    void everyAttemptOnAnotherForbundIsRefusedAndAudited(Roll roll, String vad, Forsok forsok) throws Exception {
        String anvandare = TestInloggning.fullt(anvandareMedUppdragIA(roll)).getName();
        int fore = nekade(anvandare);

        assertThatThrownBy(() -> forsok.utfor(this, forbundB)).as("%s: %s", roll, vad)
                .isInstanceOfAny(HittadesInteException.class, AccessDeniedException.class);

        assertThat(nekade(anvandare)).as("audit row for %s: %s", roll, vad).isEqualTo(fore + 1);
        assertThat(jdbc.queryForObject("select version from samverkansorganisation where id = ?", Long.class,
                forbundB.id())).as("B unchanged").isEqualTo(forbundB.version());
        assertThat(jdbc.queryForObject("select version from insats where id = ?", Long.class, forbundB.insats()))
                .as("B's insats unchanged").isEqualTo(forbundB.insatsVersion());
    }

    private Authentication anvandareMedUppdragIA(Roll roll) throws Exception {
        Authentication finns = ANVANDARE.get(roll);
        if (finns != null) {
            return finns;
        }
        loginAdmin();
        String namn = "matris-" + roll.name().toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 6);
        Arbetsgivare arbetsgivare = roll == Roll.SAMVERKANSADMINISTRATOR ? Arbetsgivare.SAMORDNINGSFORBUND
                : Arbetsgivare.KOMMUN;
        anvandarAdministration.skapa(new NyAnvandare(namn, "Matris " + roll, arbetsgivare, "Testkommun", Set.of(roll),
                LOSENORD));
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
        return authenticationConfiguration.getAuthenticationManager()
                .authenticate(UsernamePasswordAuthenticationToken.unauthenticated(anvandarnamn, losenord));
    }

    /** As after a complete login (the second factor has tests of its own). */
    private void loginAdmin() throws Exception {
        TestInloggning.fullt(losenordssteg("admin", KaribuTest.DEMO_LOSENORD));
    }

    private int nekade(String anvandare) {
        return jdbc.queryForObject("select count(*) from audit_post where atgard = 'ATKOMST_NEKAD' and anvandare = ?",
                Integer.class, anvandare);
    }
}
