package se.finsam.sus.rapport;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import se.finsam.sus.base.Kryptering;
import se.finsam.sus.behorighet.TestInloggning;
import se.finsam.sus.deltagare.DeltagareBenchData;
import se.finsam.sus.organisation.InsatsUppslag;

/**
 * Benchmark, not a test (only the {@code bench} profile runs it): the national Insatsrapport (and the behovsgrupper
 * report) on the data set of the participants benchmark (deltagare.DeltagareBench) — 1,000,000 participations in 2,000 insatser — loaded by
 * {@link DeltagareBenchData} when the database is empty, then given varied insats variables, budgets and
 * anonymous counts by a few SQL updates (once). Measured through {@link RapportService#kor} as a riket
 * rapportläsare: scope check, audit row and small-count protection included. Run:
 *
 * <pre>
 * SUS_BENCH_DB_URL=jdbc:mariadb://127.0.0.1:3306/sus_bench_a ./mvnw -B -ntp -Pbench test -Dtest=InsatsrapportBench
 * </pre>
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK)
class InsatsrapportBench {

    /** Timed runs per figure after one warm-up ({@code SUS_BENCH_UPPREPNINGAR}, default 30). */
    static final int UPPREPNINGAR = Integer.parseInt(env("SUS_BENCH_UPPREPNINGAR", "30"));

    @DynamicPropertySource
    static void databas(DynamicPropertyRegistry registry) {
        registry.add(
                "spring.datasource.url", () -> env("SUS_BENCH_DB_URL", "jdbc:mariadb://127.0.0.1:3306/sus_bench_a"));
        registry.add("spring.datasource.username", () -> env("SUS_BENCH_DB_USER", "sus_test"));
        registry.add("spring.datasource.password", () -> env("SUS_BENCH_DB_PASSWORD", "sus_test"));
        registry.add("sus.demo-data", () -> "false");
        registry.add("sus.krypteringsnyckel", () -> DeltagareBenchData.NYCKEL);
    }

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Kryptering kryptering;

    @Autowired
    InsatsUppslag uppslag;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    AuthenticationConfiguration authenticationConfiguration;

    @Autowired
    RapportService rapporter;

    @Test
    void nationalInsatsrapportOnAMillionParticipations() throws Exception {
        DeltagareBenchData.ladda(jdbc, kryptering, uppslag, encoder);
        variera();
        loggaIn();
        int ar = LocalDate.now().getYear();
        System.out.printf(
                "BENCH participations=%d insatser=%d counted in %d: %d%n",
                jdbc.queryForObject("select count(*) from deltagande", Long.class),
                jdbc.queryForObject("select count(*) from insats", Long.class),
                ar,
                jdbc.queryForObject(
                        "select count(*) from deltagande_rapport d where d.startdatum <= ? and (d.slutdatum is null"
                                + " or d.slutdatum >= ?)",
                        Long.class,
                        LocalDate.of(ar, 12, 31),
                        LocalDate.of(ar, 1, 1)));
        Locale sv = Locale.forLanguageTag("sv");
        Rapporturval riket = Rapporturval.av(Period.ar(ar), Enhet.RIKET);
        Rapporturval jamfor = new Rapporturval(Period.ar(ar), Enhet.RIKET, null, null, null, false, true, null);
        mat("Insatsrapport, riket, year", () -> rapporter.kor(Rapportfamilj.INSATSER, riket, sv));
        mat("Insatsrapport, riket, year, compare by lan", () -> rapporter.kor(Rapportfamilj.INSATSER, jamfor, sv));
        mat(
                "Insatsrapport, riket, tertial",
                () -> rapporter.kor(Rapportfamilj.INSATSER, Rapporturval.av(Period.tertial(ar, 1), Enhet.RIKET), sv));
        mat("Behovsgrupper, riket, year", () -> rapporter.kor(Rapportfamilj.BEHOVSGRUPPER, riket, sv));
        mat("Behovsgrupper, riket, year, compare by lan", () -> rapporter.kor(Rapportfamilj.BEHOVSGRUPPER, jamfor, sv));
        mat(
                "  reference: participations per insats in plain SQL",
                () -> jdbc.queryForList(
                        "select d.insats_id, count(*) from deltagande_rapport d where d.startdatum <= ? and"
                                + " (d.slutdatum is null or d.slutdatum >= ?) group by d.insats_id",
                        LocalDate.of(ar, 12, 31),
                        LocalDate.of(ar, 1, 1)));
    }

    /** Varied insats variables, budgets and anonymous counts over the benchmark insatser (once). */
    private void variera() {
        if (jdbc.queryForObject("select count(*) from insats_malgrupp", Long.class) > 0) {
            return;
        }
        jdbc.update("update insats set langtidssjukskrivna = (mod(id, 3) = 0), unga_funktionsnedsattning ="
                + " (mod(id, 5) = 0), unga_aktivitetsersattning = (mod(id, 7) = 0), esf_finansierad = (mod(id, 4) = 0),"
                + " uppfoljningsmetod = case when mod(id, 10) = 0 then 'ENDAST_ANTAL' else 'INDIVID' end,"
                + " preciserad_inriktning = case mod(id, 4) when 0 then 'FORBEREDANDE' when 1 then 'FOREBYGGANDE'"
                + " when 2 then 'KARTLAGGNING_AV_BEHOV' else 'REHABILITERING_TILL_ARBETE_STUDIER' end");
        jdbc.update("update insats set inriktning = 'STRUKTUROVERGRIPANDE', preciserad_inriktning ="
                + " 'UTBILDNING_KONFERENS' where mod(id, 20) = 0");
        jdbc.update("insert into insats_malgrupp (insats_id, malgrupp) select id, 'ALLA' from insats");
        jdbc.update("insert into insats_malgrupp (insats_id, malgrupp) select id, 'UNGA_VUXNA' from insats"
                + " where mod(id, 2) = 0 and inriktning = 'INDIVIDINRIKTAD'");
        int ar = LocalDate.now().getYear();
        for (int y = ar - 2; y <= ar; y++) {
            jdbc.update(
                    "insert into insatsbudget (version, insats_id, ar, planerade_deltagare, personal_budget,"
                            + " personal_utfall, lokal_budget, lokal_utfall, ovrigt_budget, ovrigt_utfall)"
                            + " select 0, id, ?, 50, 100000, 90000, 0, 0, 0, 0 from insats",
                    y);
            jdbc.update(
                    "insert into deltagar_antal (version, insats_id, ar, kvinnor, man, ovriga)"
                            + " select 0, id, ?, 3, 2, 1 from insats",
                    y);
        }
        jdbc.execute("analyze table insats, insats_malgrupp, insatsbudget, deltagar_antal");
    }

    private void loggaIn() throws Exception {
        if (jdbc.queryForObject("select count(*) from anvandare where anvandarnamn = 'bench-rapport'", Long.class)
                == 0) {
            jdbc.update(
                    "insert into anvandare (anvandarnamn, namn, losenord_hash, skapad) values ('bench-rapport',"
                            + " 'Bench Rapportläsare', ?, ?)",
                    encoder.encode("bench-losenord-2026"),
                    LocalDateTime.ofInstant(Instant.now(), ZoneOffset.UTC));
            long id = jdbc.queryForObject("select id from anvandare where anvandarnamn = 'bench-rapport'", Long.class);
            jdbc.update("insert into anvandare_roll (anvandare_id, roll) values (?, 'RAPPORTLASARE')", id);
            jdbc.update(
                    "insert into uppdrag (version, anvandare_id, roll, omfattning, startdatum, slutdatum, delegerat)"
                            + " values (0, ?, 'RAPPORTLASARE', 'RIKET', ?, ?, false)",
                    id,
                    LocalDate.now().minusMonths(1),
                    LocalDate.now().plusYears(1));
        }
        TestInloggning.fullt(authenticationConfiguration
                .getAuthenticationManager()
                .authenticate(
                        UsernamePasswordAuthenticationToken.unauthenticated("bench-rapport", "bench-losenord-2026")));
    }

    private static void mat(String vad, Runnable anrop) {
        new Matning(UPPREPNINGAR, 50, 6).mat(vad, anrop);
    }

    private static String env(String namn, String standard) {
        String v = System.getenv(namn);
        return v == null || v.isBlank() ? standard : v;
    }
}
