package se.finsam.sus.deltagare;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.springframework.jdbc.core.JdbcTemplate;
import se.finsam.sus.base.Kryptering;
import se.finsam.sus.organisation.InsatsFakta;
import se.finsam.sus.organisation.InsatsUppslag;

/**
 * The benchmark data set of issue 11 for benches outside this package (e.g. {@code rapport.DeltagarrapportBench}):
 * förbund, individual insatser and participations written round-robin with the demo generator, as
 * {@link DeltagareBench} does (docs/performance.md, "Deltagare"). Loads only what is missing.
 */
public final class Benchdata {

    private Benchdata() {}

    /**
     * Loads {@code forbund} förbund (three kommuner each), {@code insatser} individual insatser and {@code perInsats}
     * participations per insats, unless the database already holds that many participations.
     */
    public static void ladda(
            JdbcTemplate jdbc, Kryptering kryptering, InsatsUppslag uppslag, int forbund, int insatser, int perInsats) {
        if (jdbc.queryForObject("select count(*) from deltagande", Long.class) >= (long) insatser * perInsats) {
            return;
        }
        long borjan = System.nanoTime();
        if (jdbc.queryForObject("select count(*) from insats", Long.class) < insatser) {
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
            List<Object[]> rader = new ArrayList<>();
            for (int n = 1; n <= insatser; n++) {
                rader.add(new Object[] {
                    n,
                    (n - 1) / (insatser / forbund) + 1,
                    "Benchinsats " + n,
                    LocalDate.of(2020, 1, 1).plusMonths(n % 24)
                });
            }
            jdbc.batchUpdate(
                    "insert into insats (id, version, organisation_id, namn, startdatum, inriktning, "
                            + "preciserad_inriktning, uppfoljningsmetod) values (?, 0, ?, ?, ?, 'INDIVIDINRIKTAD', "
                            + "'REHABILITERING_TILL_ARBETE_STUDIER', 'INDIVID')",
                    rader);
        }
        List<InsatsFakta> alla = uppslag.allaInsatser();
        SyntetiskaDeltagare generator = new SyntetiskaDeltagare(2026, LocalDate.now());
        DeltagarSkrivare skrivare = new DeltagarSkrivare(jdbc, kryptering, "bench", Instant.now());
        List<SyntetiskaDeltagare.Rad> rader = new ArrayList<>();
        long skrivna = 0;
        for (int varv = 0; varv < perInsats; varv++) {
            for (InsatsFakta insats : alla) {
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
        jdbc.execute("analyze table deltagande, deltagande_forsorjning, deltagande_samtycke_myndighet");
        System.out.printf(
                "BENCH load of %d participations: %d s%n",
                (long) insatser * perInsats, (System.nanoTime() - borjan) / 1_000_000_000);
    }
}
