package se.finsam.sus.deltagare;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.core.context.SecurityContextHolder;
import se.finsam.sus.DatabaseTest;
import se.finsam.sus.behorighet.TestInloggning;

/**
 * The stored report sums follow every change of a participation made through the service: deltagande_flode (per
 * insats and month, started and ended by kön) and the försörjning bit sets always equal what a count of the
 * participations and their ticks gives.
 */
class RapportsummorTest extends DatabaseTest {

    @Autowired
    DeltagandeService service;

    @Autowired
    DeltagarInsatser deltagarInsatser;

    @Autowired
    AuthenticationConfiguration authenticationConfiguration;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    LocalDate idag;
    long insats;

    @BeforeEach
    void loggaIn() throws Exception {
        TestInloggning.fullt(authenticationConfiguration
                .getAuthenticationManager()
                .authenticate(UsernamePasswordAuthenticationToken.unauthenticated("handlaggare", "sus-demo-2026")));
        idag = LocalDate.now(clock);
        insats = TestDeltagare.oppenInsatsINorraStockholm(deltagarInsatser, idag);
    }

    @AfterEach
    void logout() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void theSumsFollowRegistrationExitCorrectionFelregistreringAndWithdrawnConsent() {
        assertThat(lagrat()).as("before").isEqualTo(raknat());

        long a = service.registrera(
                insats, TestDeltagare.inskrivning(DeltagareServiceTest.nyttNummer(), idag.minusDays(50), "0114"));
        long b = service.registrera(
                insats, TestDeltagare.inskrivning(DeltagareServiceTest.nyttNummer(), idag.minusDays(45), "0114"));
        long c = service.registrera(
                insats, TestDeltagare.inskrivning(DeltagareServiceTest.nyttNummer(), idag.minusDays(40), "0114"));
        assertThat(lagrat()).as("after registration").isEqualTo(raknat());
        assertThat(startade(idag.minusDays(50))).as("started in that month").isPositive();

        service.skrivUt(a, version(a), TestDeltagare.utskrivning(idag.minusDays(5)));
        assertThat(lagrat()).as("after exit").isEqualTo(raknat());

        var detalj = service.hamta(b);
        service.rattaInskrivning(
                b, detalj.version(), TestDeltagare.inskrivning(detalj.identitetsnummer(), idag.minusDays(35), "0114"));
        assertThat(lagrat()).as("after a corrected start date").isEqualTo(raknat());

        service.skrivUt(
                c, version(c), new Utskrivning(idag.minusDays(3), Avslutsanledning.FELREGISTRERING, null, false));
        assertThat(lagrat()).as("after a felregistrering").isEqualTo(raknat());

        service.aterkallaSamtycke(a, version(a));
        assertThat(lagrat()).as("after withdrawn consent").isEqualTo(raknat());

        assertThat(jdbc.queryForObject(
                        "select count(*) from deltagande d where d.insats_id = ? and (d.forsorjning_start_bitar <> "
                                + bitar("START") + " or d.forsorjning_slut_bitar <> " + bitar("SLUT") + ")",
                        Integer.class,
                        insats))
                .as("bit sets equal to the ticks")
                .isZero();
        assertThat(jdbc.queryForObject("select forsorjning_start_bitar from deltagande where id = ?", Integer.class, b))
                .isEqualTo(Forsorjningskalla.SJUKPENNING.bit());
    }

    @Test
    void theBitOfEachSourceIsFixed() {
        // Stored in deltagande: a source may be added at the end, never moved (migration 0170 uses these values).
        assertThat(List.of(Forsorjningskalla.values()).stream().map(Forsorjningskalla::bit))
                .containsExactly(1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 1024);
        assertThat(Forsorjningskalla.ur(
                        Forsorjningskalla.bitar(Set.of(Forsorjningskalla.LON, Forsorjningskalla.AKASSA))))
                .containsExactly(Forsorjningskalla.AKASSA, Forsorjningskalla.LON);
    }

    private long version(long id) {
        return service.hamta(id).version();
    }

    private long startade(LocalDate dag) {
        return jdbc.queryForObject(
                "select coalesce(sum(startade_kvinnor + startade_man + startade_annat), 0) from deltagande_flode"
                        + " where insats_id = ? and manad = ?",
                Long.class,
                insats,
                DeltagandeFlode.manad(dag));
    }

    /** The stored rows of the insats, without rows that sum to nothing. */
    private Map<Integer, List<Integer>> lagrat() {
        Map<Integer, List<Integer>> rader = new TreeMap<>();
        jdbc.query(
                "select manad, startade_kvinnor, startade_man, startade_annat, avslutade_kvinnor, avslutade_man,"
                        + " avslutade_annat from deltagande_flode where insats_id = ?",
                rs -> {
                    List<Integer> v =
                            List.of(rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5), rs.getInt(6), rs.getInt(7));
                    if (v.stream().anyMatch(n -> n != 0)) {
                        rader.put(rs.getInt(1), v);
                    }
                },
                insats);
        return rader;
    }

    /** The same, counted from the insats's participations (with the row of totals, month 0). */
    private Map<Integer, List<Integer>> raknat() {
        String raknas = "d.insats_id = ? and d.anonymiserad = false"
                + " and (d.avslutsanledning is null or d.avslutsanledning <> 'FELREGISTRERING')";
        Map<Integer, int[]> summor = new TreeMap<>();
        jdbc.query(
                "select year(startdatum) * 100 + month(startdatum), kon, 0 from deltagande d where " + raknas
                        + " union all select year(slutdatum) * 100 + month(slutdatum), kon, 1 from deltagande d"
                        + " where d.slutdatum is not null and " + raknas,
                rs -> {
                    int kon = switch (rs.getString(2)) {
                        case "KVINNA" -> 0;
                        case "MAN" -> 1;
                        default -> 2;
                    };
                    summor.computeIfAbsent(rs.getInt(1), m -> new int[6])[rs.getInt(3) * 3 + kon]++;
                },
                insats,
                insats);
        if (!summor.isEmpty()) {
            int[] totalt = new int[6];
            summor.values().forEach(v -> java.util.Arrays.setAll(totalt, i -> totalt[i] + v[i]));
            summor.put(DeltagandeFlode.TOTALT, totalt);
        }
        Map<Integer, List<Integer>> rader = new TreeMap<>();
        summor.forEach((m, v) -> rader.put(m, java.util.Arrays.stream(v).boxed().toList()));
        return rader;
    }

    private static String bitar(String tillfalle) {
        StringBuilder fall = new StringBuilder("case f.kalla");
        for (Forsorjningskalla k : Forsorjningskalla.values()) {
            fall.append(" when '").append(k.name()).append("' then ").append(k.bit());
        }
        return "coalesce((select sum(" + fall + " else 0 end) from deltagande_forsorjning f"
                + " where f.deltagande_id = d.id and f.tillfalle = '" + tillfalle + "'), 0)";
    }
}
