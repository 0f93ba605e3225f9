package se.finsam.sus.deltagare;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import se.finsam.sus.base.Kryptering;
import se.finsam.sus.organisation.InsatsFakta;
import se.finsam.sus.organisation.InsatsUppslag;

/**
 * The benchmark data set of {@link DeltagareBench} (100 förbund, 2,000 insatser, 1,000,000 participations), loaded
 * once into a benchmark database; shared with the report benchmarks (rapport.InsatsrapportBench, and with 80
 * förbund and no benchmark user rapport.DeltagarrapportBench, issue 11). Förbund, individual insatser and
 * participations written round-robin with the demo generator (docs/performance.md, "Deltagare"). Loads only what is
 * missing.
 */
public final class DeltagareBenchData {

    /** The benchmark's fixed encryption key, so that hashes stay valid across runs on the same database. */
    public static final String NYCKEL = DeltagareBench.NYCKEL;

    private DeltagareBenchData() {}

    /** Organisations, insatser, the benchmark user and the participations, unless already there. */
    public static void ladda(JdbcTemplate jdbc, Kryptering kryptering, InsatsUppslag uppslag, PasswordEncoder encoder) {
        ladda(jdbc, kryptering, uppslag, DeltagareBench.ORGANISATIONER, () -> handlaggare(jdbc, encoder));
    }

    /**
     * Loads {@code forbund} förbund (three kommuner each), the benchmark's insatser and participations, without the
     * benchmark user, unless the database already holds that many participations.
     */
    public static void ladda(JdbcTemplate jdbc, Kryptering kryptering, InsatsUppslag uppslag, int forbund) {
        ladda(jdbc, kryptering, uppslag, forbund, () -> {});
    }

    private static void ladda(
            JdbcTemplate jdbc, Kryptering kryptering, InsatsUppslag uppslag, int forbund, Runnable efterInsatser) {
        long har = jdbc.queryForObject("select count(*) from deltagande", Long.class);
        if (har >= (long) DeltagareBench.INSATSER * DeltagareBench.PER_INSATS) {
            return;
        }
        long borjan = System.nanoTime();
        if (jdbc.queryForObject("select count(*) from insats", Long.class) < DeltagareBench.INSATSER) {
            List<String> kommuner = jdbc.queryForList("select kod from kommun order by kod", String.class);
            List<Object[]> orgs = new ArrayList<>();
            List<Object[]> orgKommuner = new ArrayList<>();
            for (int o = 1; o <= forbund; o++) {
                orgs.add(new Object[] {o, "Benchförbund " + o, String.format("B%09d", o)});
                for (int k = 0; k < 3; k++) {
                    orgKommuner.add(new Object[] {o, kommuner.get((o * 3 + k) % kommuner.size())});
                }
            }
            jdbc.batchUpdate(
                    "insert into samverkansorganisation (id, version, namn, organisationsnummer, "
                            + "finansieringsform, startdatum) values (?, 0, ?, ?, 'FINSAM', '2015-01-01')",
                    orgs);
            jdbc.batchUpdate(
                    "insert into organisation_kommun (organisation_id, kommun_kod) values (?, ?)", orgKommuner);
            List<Object[]> insatser = new ArrayList<>();
            for (int n = 1; n <= DeltagareBench.INSATSER; n++) {
                insatser.add(new Object[] {
                    n,
                    (n - 1) / (DeltagareBench.INSATSER / forbund) + 1,
                    "Benchinsats " + n,
                    LocalDate.of(2020, 1, 1).plusMonths(n % 24)
                });
            }
            jdbc.batchUpdate(
                    "insert into insats (id, version, organisation_id, namn, startdatum, inriktning, "
                            + "preciserad_inriktning, uppfoljningsmetod) values (?, 0, ?, ?, ?, 'INDIVIDINRIKTAD', "
                            + "'REHABILITERING_TILL_ARBETE_STUDIER', 'INDIVID')",
                    insatser);
            efterInsatser.run();
        }
        List<InsatsFakta> insatser = uppslag.allaInsatser();
        SyntetiskaDeltagare generator = new SyntetiskaDeltagare(2026, LocalDate.now());
        DeltagarSkrivare skrivare = new DeltagarSkrivare(jdbc, kryptering, "bench", Instant.now());
        List<SyntetiskaDeltagare.Rad> rader = new ArrayList<>();
        long skrivna = 0;
        // Round-robin over the insatser, so that each insats's rows are spread over the table as in real life.
        for (int varv = 0; varv < DeltagareBench.PER_INSATS; varv++) {
            for (InsatsFakta insats : insatser) {
                rader.add(generator.nasta(insats, List.copyOf(new TreeSet<>(insats.organisationensKommuner()))));
                if (rader.size() == 10_000) {
                    skrivare.skriv(rader);
                    skrivna += rader.size();
                    rader.clear();
                    if (skrivna % 100_000 == 0) {
                        System.out.printf(
                                "BENCH loaded %d in %d s%n", skrivna, (System.nanoTime() - borjan) / 1_000_000_000);
                    }
                }
            }
        }
        skrivare.skriv(rader);
        skrivare.summera();
        jdbc.execute("analyze table deltagande, deltagande_forsorjning, deltagande_samtycke_myndighet,"
                + " deltagande_flode");
        System.out.printf(
                "BENCH load of %d participations: %d s%n",
                (long) DeltagareBench.INSATSER * DeltagareBench.PER_INSATS,
                (System.nanoTime() - borjan) / 1_000_000_000);
    }

    /** The benchmark user: a handläggare with uppdrag in ten insatser, among them the one measured. */
    private static void handlaggare(JdbcTemplate jdbc, PasswordEncoder encoder) {
        jdbc.update(
                "insert into anvandare (anvandarnamn, namn, losenord_hash, skapad) values ('bench', "
                        + "'Bench Handläggare', ?, ?)",
                encoder.encode("bench-losenord-2026"),
                LocalDateTime.ofInstant(Instant.now(), ZoneOffset.UTC));
        long anvandare = jdbc.queryForObject("select id from anvandare where anvandarnamn = 'bench'", Long.class);
        jdbc.update("insert into anvandare_roll (anvandare_id, roll) values (?, 'DELTAGARANSVARIG')", anvandare);
        for (int n = 995; n < 1005; n++) {
            jdbc.update(
                    "insert into uppdrag (version, anvandare_id, roll, omfattning, insats_id, startdatum, "
                            + "slutdatum, delegerat) values (0, ?, 'DELTAGARANSVARIG', 'INSATS', ?, ?, ?, false)",
                    anvandare,
                    n,
                    LocalDate.now().minusMonths(1),
                    LocalDate.now().plusYears(2).minusDays(1));
        }
    }
}
