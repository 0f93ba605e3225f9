package se.finsam.sus.deltagare;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;
import se.finsam.sus.audit.AuditAtgard;
import se.finsam.sus.base.Kryptering;
import se.finsam.sus.behorighet.TestInloggning;
import se.finsam.sus.organisation.InsatsUppslag;

/**
 * Benchmark, not a test (only the {@code bench} profile runs it, never {@code ./mvnw verify}): loads 1,000,000 participations across
 * 2,000 insatser into its own MariaDB database (once; later runs reuse them) and measures, through the real
 * service with scope and audit, opening an insats's participant grid (count + first page of 50) and searching by
 * identity number (keyed-hash look-up). Run:
 *
 * <pre>
 * SUS_BENCH_DB_URL=jdbc:mariadb://127.0.0.1:3306/sus_bench_a ./mvnw -B -ntp -Pbench test -Dtest=DeltagareBench
 * </pre>
 * (user/password from {@code SUS_BENCH_DB_USER}/{@code SUS_BENCH_DB_PASSWORD}, default sus_test). Figures go
 * to standard output and into docs/performance.md by hand.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK)
class DeltagareBench {

    static final int INSATSER = 2_000;
    static final int PER_INSATS = 500;
    static final int ORGANISATIONER = 100;
    static final int UPPREPNINGAR = 30;
    /**
     * Untimed calls before each measurement. One was too few: the first measurement then timed the JIT compiling
     * Hibernate's and Spring's paths (issue 14), which a running server has long done.
     */
    static final int UPPVARMNING = 20;
    /** A fixed key so that hashes stay valid across runs on the same benchmark database. */
    static final String NYCKEL = "YmVuY2htYXJrLW9ubHkta2V5LW5vdC1hLXNlY3JldCE=";

    @DynamicPropertySource
    static void databas(DynamicPropertyRegistry registry) {
        registry.add(
                "spring.datasource.url", () -> env("SUS_BENCH_DB_URL", "jdbc:mariadb://127.0.0.1:3306/sus_bench_a"));
        registry.add("spring.datasource.username", () -> env("SUS_BENCH_DB_USER", "sus_test"));
        registry.add("spring.datasource.password", () -> env("SUS_BENCH_DB_PASSWORD", "sus_test"));
        registry.add("sus.demo-data", () -> "false");
        registry.add("sus.krypteringsnyckel", () -> NYCKEL);
    }

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Kryptering kryptering;

    @Autowired
    InsatsUppslag uppslag;

    @Autowired
    DeltagandeService service;

    @Autowired
    PersonSokning personSokning;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    DeltagarRegister register;

    @Autowired
    DeltagarAtkomst atkomst;

    @Autowired
    DeltagarUppgifter uppgifter;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    AuthenticationConfiguration authenticationConfiguration;

    @Test
    void gridAndIdentitySearchOnAMillionParticipations() throws Exception {
        ladda();
        long insats = jdbc.queryForObject("select min(id) from insats where namn = 'Benchinsats 1000'", Long.class);
        TestInloggning.fullt(authenticationConfiguration
                .getAuthenticationManager()
                .authenticate(UsernamePasswordAuthenticationToken.unauthenticated("bench", "bench-losenord-2026")));
        System.out.printf(
                "BENCH participations=%d insatser=%d in insats %d: %d%n",
                jdbc.queryForObject("select count(*) from deltagande", Long.class),
                jdbc.queryForObject("select count(*) from insats", Long.class),
                insats,
                jdbc.queryForObject("select count(*) from deltagande where insats_id = ?", Long.class, insats));

        DeltagandeFilter alla = DeltagandeFilter.alla();
        DeltagandeFilter aktiva = new DeltagandeFilter(DeltagandeFilter.Status.AKTIVA, null);
        mat("grid: rakna + forsta sidan (50), alla", () -> {
            service.rakna(insats, alla);
            service.sok(insats, alla, PageRequest.of(0, 50)).count();
        });
        mat("grid: rakna + forsta sidan (50), aktiva", () -> {
            service.rakna(insats, aktiva);
            service.sok(insats, aktiva, PageRequest.of(0, 50)).count();
        });
        mat("  of which rakna (alla)", () -> service.rakna(insats, alla));
        mat(
                "  of which forsta sidan (alla)",
                () -> service.sok(insats, alla, PageRequest.of(0, 50)).count());
        mat("  the same two queries in plain SQL (database time)", () -> {
            jdbc.queryForObject("select count(*) from deltagande where insats_id = ?", Long.class, insats);
            jdbc.queryForList(
                    "select * from deltagande where insats_id = ? order by startdatum desc, id desc " + "limit 50",
                    insats);
        });
        mat(
                "grid: sida 10 (50)",
                () -> service.sok(insats, alla, PageRequest.of(9, 50)).count());
        List<String> personer = jdbc.query(
                "select id, identitet_krypterad from deltagande where insats_id in "
                        + "(select insats_id from uppdrag where anvandare_id = (select id from anvandare where anvandarnamn = "
                        + "'bench')) and identitet_krypterad is not null limit 200",
                (rs, i) ->
                        kryptering.dekryptera(rs.getString(2), DeltagarUppgifter.KRYPTERAD_IDENTITET, rs.getLong(1)));
        int[] i = {0};
        mat("sok pa identitetsnummer i insatsen (rakna + sida)", () -> {
            DeltagandeFilter f = new DeltagandeFilter(DeltagandeFilter.Status.ALLA, personer.get(i[0]++ % 200));
            service.rakna(insats, f);
            service.sok(insats, f, PageRequest.of(0, 50)).count();
        });
        mat("forPerson (alla mina insatser)", () -> personSokning.forPerson(personer.get(i[0]++ % 200)));
        delar(insats, alla);
    }

    /**
     * Where a grid call's time goes (issue 14): each part of {@code sok}/{@code rakna} on its own, in a transaction
     * of its own where the part needs one, so that the parts can be compared with the whole call.
     */
    private void delar(long insats, DeltagandeFilter alla) {
        mat("part: empty read-write transaction (begin + commit)", () -> tx.executeWithoutResult(t -> {}));
        mat(
                "part: scope look-up (active uppdrag) in a transaction",
                () -> tx.executeWithoutResult(t -> atkomst.synligaInsatser()));
        mat(
                "part: audit row insert + commit",
                () -> tx.executeWithoutResult(
                        t -> atkomst.logga(AuditAtgard.DELTAGANDE_SOKT, DeltagarAtkomst.INSATS, insats, "bench")));
        DeltagarRegister.Sokning s = tx.execute(t -> register.sokning(insats, alla, "bench"));
        mat("part: count query (JPQL) in a transaction", () -> tx.executeWithoutResult(t -> register.rakna(s)));
        mat(
                "part: page query (JPQL, entities + decryption) in a tx",
                () -> tx.executeWithoutResult(t -> register.sok(s, PageRequest.of(0, 50))));
        String in = String.join(
                ",",
                ((java.util.Set<?>) s.parametrar().get("synliga"))
                        .stream().map(String::valueOf).toList());
        mat(
                "part: the page query as Hibernate sends it, plain SQL",
                () -> jdbc.queryForList(
                        "select * from deltagande where insats_id = ? and insats_id in (" + in + ") "
                                + "order by startdatum desc, id desc limit 50",
                        insats));
        List<Object[]> rader = jdbc.query(
                "select id, identitet_krypterad, identitet_hash from deltagande where insats_id = ? "
                        + "order by startdatum desc, id desc limit 50",
                (rs, n) -> new Object[] {rs.getLong(1), rs.getString(2), rs.getString(3)},
                insats);
        mat(
                "part: decrypt + hash check of 50 identity numbers",
                () -> rader.forEach(r -> {
                    String siffror =
                            kryptering.dekryptera((String) r[1], DeltagarUppgifter.KRYPTERAD_IDENTITET, (Long) r[0]);
                    if (!kryptering.hmac(siffror).equals(r[2])) {
                        throw new IllegalStateException();
                    }
                }));
    }

    private void mat(String vad, Runnable anrop) {
        for (int n = 0; n < UPPVARMNING; n++) {
            anrop.run();
        }
        long[] tider = new long[UPPREPNINGAR];
        for (int n = 0; n < UPPREPNINGAR; n++) {
            long t = System.nanoTime();
            anrop.run();
            tider[n] = System.nanoTime() - t;
        }
        Arrays.sort(tider);
        System.out.printf(
                "BENCH %-50s median %6.1f ms  p90 %6.1f ms  max %6.1f ms%n",
                vad, tider[UPPREPNINGAR / 2] / 1e6, tider[UPPREPNINGAR * 9 / 10] / 1e6, tider[UPPREPNINGAR - 1] / 1e6);
    }

    /** Organisations, insatser, the benchmark user and the participations, unless already there. */
    private void ladda() {
        DeltagareBenchData.ladda(jdbc, kryptering, uppslag, encoder);
    }

    private static String env(String namn, String standard) {
        String v = System.getenv(namn);
        return v == null || v.isBlank() ? standard : v;
    }
}
