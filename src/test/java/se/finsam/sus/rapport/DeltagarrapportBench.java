package se.finsam.sus.rapport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import se.finsam.sus.base.Kryptering;
import se.finsam.sus.base.Sprak;
import se.finsam.sus.base.SqlVillkor;
import se.finsam.sus.behorighet.TestInloggning;
import se.finsam.sus.deltagare.DeltagareBenchData;
import se.finsam.sus.organisation.InsatsUppslag;

/**
 * Benchmark, not a test (only the {@code bench} profile runs it): the national Deltagarrapport's entry × exit
 * matrix split by kön on 1,000,000 participations in 2,000 insatser over 80 förbund (issue 11), against a
 * hand-written SQL aggregate for the same figures in the same run. Loads the data set once (dropping the schema
 * first when the database does not hold it yet); later runs reuse it. Run:
 *
 * <pre>
 * SUS_BENCH_DB_URL=jdbc:mariadb://127.0.0.1:3306/sus_bench_a ./mvnw -B -ntp -Pbench test -Dtest=DeltagarrapportBench
 * </pre>
 * (user/password from {@code SUS_BENCH_DB_USER}/{@code SUS_BENCH_DB_PASSWORD}, default sus_test). Figures go to
 * standard output and into docs/performance.md ("Rapporter") by hand.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK)
class DeltagarrapportBench {

    static final int FORBUND = 80;
    static final int INSATSER = 2_000;
    static final int PER_INSATS = 500;
    /** Calls measured after one warm-up: {@code -Dsus.bench.upprepningar} (default 15). */
    static final int UPPREPNINGAR = Integer.getInteger("sus.bench.upprepningar", 15);

    static final String NYCKEL = "YmVuY2htYXJrLW9ubHkta2V5LW5vdC1hLXNlY3JldCE=";
    static final Period PERIOD = Period.tolka("2025");

    @DynamicPropertySource
    static void databas(DynamicPropertyRegistry registry) {
        String url = env("SUS_BENCH_DB_URL", "jdbc:mariadb://127.0.0.1:3306/sus_bench_a");
        String user = env("SUS_BENCH_DB_USER", "sus_test");
        String password = env("SUS_BENCH_DB_PASSWORD", "sus_test");
        boolean laddad = laddad(url, user, password);
        registry.add("spring.datasource.url", () -> url);
        registry.add("spring.datasource.username", () -> user);
        registry.add("spring.datasource.password", () -> password);
        registry.add("spring.liquibase.drop-first", () -> String.valueOf(!laddad));
        registry.add("sus.demo-data", () -> "false");
        registry.add("sus.krypteringsnyckel", () -> NYCKEL);
    }

    /** Does the database already hold the data set? (Otherwise it is dropped and loaded from scratch.) */
    private static boolean laddad(String url, String user, String password) {
        try (Connection c = DriverManager.getConnection(url, user, password);
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select count(*) from deltagande")) {
            return rs.next() && rs.getLong(1) >= (long) INSATSER * PER_INSATS;
        } catch (SQLException e) {
            return false;
        }
    }

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    NamedParameterJdbcTemplate named;

    @Autowired
    Kryptering kryptering;

    @Autowired
    InsatsUppslag uppslag;

    @Autowired
    RapportService service;

    @Autowired
    Smatalsskydd skydd;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    AuthenticationConfiguration authenticationConfiguration;

    @Test
    void nationalMatrixSplitByKon() throws Exception {
        DeltagareBenchData.ladda(jdbc, kryptering, uppslag, FORBUND);
        anvandare();
        TestInloggning.fullt(authenticationConfiguration
                .getAuthenticationManager()
                .authenticate(
                        UsernamePasswordAuthenticationToken.unauthenticated("rapportbench", "bench-losenord-2026")));
        Rapporturval urval = new Rapporturval(PERIOD, Enhet.RIKET, null, null, null, true, false, null);
        MapSqlParameterSource p =
                new MapSqlParameterSource().addValue("fran", PERIOD.fran()).addValue("till", PERIOD.till());
        System.out.printf(
                "BENCH participations=%d insatser=%d forbund=%d avslutade %s: %d%n",
                jdbc.queryForObject("select count(*) from deltagande", Long.class),
                jdbc.queryForObject("select count(*) from insats", Long.class),
                jdbc.queryForObject("select count(*) from samverkansorganisation", Long.class),
                PERIOD.text(),
                named.queryForObject(
                        "select count(*) from deltagande where slutdatum between :fran and :till", p, Long.class));

        long[] summa = {0};
        long rapport = mat("matrix split by kon, Deltagarrapport code (1 query + tables + protection)", () -> {
            Deltagargrupper g = new Deltagargrupper(new Rapportfraga(named, urval, SqlVillkor.SANT, Sprak.SVENSKA));
            DeltagarForsorjning f = new DeltagarForsorjning(g).rakna();
            summa[0] += skydd.skydda(f.matris()).rader().size()
                    + skydd.skydda(f.floden()).rader().size();
        });
        long hand = mat("the same figures, hand-written SQL (1 aggregate over the stored bit sets)", () -> {
            summa[0] += named.queryForList(HANDSKRIVEN_BITAR, p).size();
        });
        mat("  the same figures, hand-written SQL (4 aggregates over the tick rows)", () -> {
            for (String sql : HANDSKRIVEN) {
                summa[0] += named.queryForList(sql, p).size();
            }
        });
        mat(
                "  pairs only, hand-written SQL (1 aggregate)",
                () -> summa[0] += named.queryForList(HANDSKRIVEN.get(0), p).size());
        mat(
                "whole Deltagarrapport through RapportService, riket, kon=ja (15 tables)",
                () -> summa[0] += service.kor(Rapportfamilj.DELTAGARE, urval, Sprak.SVENSKA)
                        .tabeller()
                        .size());
        System.out.printf("BENCH ratio report/hand (medians): %.2f (checksum %d)%n", (double) rapport / hand, summa[0]);
    }

    /**
     * The matrix's figures by kön by hand over the stored bit sets: one count per (bits at entry, bits at exit, kön),
     * from which pairs, ticks and avslutade follow by arithmetic (what the report does in {@code rakna()}).
     */
    static final String HANDSKRIVEN_BITAR =
            "select d.forsorjning_start_bitar, d.forsorjning_slut_bitar, d.kon, count(*) from deltagande d"
                    + " where d.slutdatum between :fran and :till and d.anonymiserad = false"
                    + " and d.avslutsanledning <> 'FELREGISTRERING'"
                    + " group by d.forsorjning_start_bitar, d.forsorjning_slut_bitar, d.kon";

    /** The matrix's figures by kön, as one would write them by hand: pairs, entry ticks, exit ticks, avslutade. */
    static final List<String> HANDSKRIVEN = List.of(
            "select s.kalla, e.kalla, d.kon, count(*) from deltagande d"
                    + " join deltagande_forsorjning s on s.deltagande_id = d.id and s.tillfalle = 'START'"
                    + " join deltagande_forsorjning e on e.deltagande_id = d.id and e.tillfalle = 'SLUT'"
                    + " where d.slutdatum between :fran and :till and d.anonymiserad = false"
                    + " and d.avslutsanledning <> 'FELREGISTRERING' group by s.kalla, e.kalla, d.kon",
            "select f.kalla, d.kon, count(*) from deltagande d"
                    + " join deltagande_forsorjning f on f.deltagande_id = d.id and f.tillfalle = 'START'"
                    + " where d.slutdatum between :fran and :till and d.anonymiserad = false"
                    + " and d.avslutsanledning <> 'FELREGISTRERING' group by f.kalla, d.kon",
            "select f.kalla, d.kon, count(*) from deltagande d"
                    + " join deltagande_forsorjning f on f.deltagande_id = d.id and f.tillfalle = 'SLUT'"
                    + " where d.slutdatum between :fran and :till and d.anonymiserad = false"
                    + " and d.avslutsanledning <> 'FELREGISTRERING' group by f.kalla, d.kon",
            "select d.kon, count(*) from deltagande d"
                    + " where d.slutdatum between :fran and :till and d.anonymiserad = false"
                    + " and d.avslutsanledning <> 'FELREGISTRERING' group by d.kon");

    /** Median of {@link #UPPREPNINGAR} calls after one warm-up, in microseconds; prints median, p90, max. */
    private long mat(String vad, Runnable anrop) {
        return new Matning(UPPREPNINGAR, 75, 7).mat(vad, anrop);
    }

    /** A rapportläsare with a riket uppdrag. */
    private void anvandare() {
        if (jdbc.queryForObject("select count(*) from anvandare where anvandarnamn = 'rapportbench'", Long.class) > 0) {
            return;
        }
        jdbc.update(
                "insert into anvandare (anvandarnamn, namn, losenord_hash, skapad) values ('rapportbench',"
                        + " 'Rapportläsare Bench', ?, ?)",
                encoder.encode("bench-losenord-2026"),
                LocalDateTime.ofInstant(Instant.now(), ZoneOffset.UTC));
        long id = jdbc.queryForObject("select id from anvandare where anvandarnamn = 'rapportbench'", Long.class);
        jdbc.update("insert into anvandare_roll (anvandare_id, roll) values (?, 'RAPPORTLASARE')", id);
        jdbc.update(
                "insert into uppdrag (version, anvandare_id, roll, omfattning, startdatum, slutdatum, delegerat)"
                        + " values (0, ?, 'RAPPORTLASARE', 'RIKET', ?, ?, false)",
                id,
                LocalDate.now().minusDays(1),
                LocalDate.now().plusYears(1));
    }

    private static String env(String namn, String standard) {
        String v = System.getenv(namn);
        return v == null || v.isBlank() ? standard : v;
    }
}
