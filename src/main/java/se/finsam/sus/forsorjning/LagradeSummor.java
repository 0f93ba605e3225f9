package se.finsam.sus.forsorjning;

import java.util.Arrays;
import java.util.stream.Collectors;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The measure's stored sums for each län (its länskod) and riket ({@code 00}) per quarter: how many kommuner count,
 * their summed population (at 31 Dec of the nearest year before the quarter's year) and their summed amount per
 * benefit. Only kommuner with payments in the quarter and a population figure count, exactly as the computed
 * measure (docs/forsorjningsmatt.md). Kept current by the import, in its transaction, for the quarters it touched.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class LagradeSummor {

    /** The first and last quarter number ({@code ar * 10 + kv}) there can be. */
    static final int FORSTA = 10;

    static final int SISTA = 99_994;

    private final JdbcTemplate jdbc;

    /** The column of a benefit's summed amount. */
    static String kolumn(Forman f) {
        return "belopp_" + f.name().toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * Recomputes the sums of every quarter numbered {@code fran}–{@code till} from the stored payments and
     * population (set-based: one grouped insert for the län, one for riket from the län).
     */
    void berakna(int fran, int till) {
        int franAr = fran / 10;
        int tillAr = till / 10;
        jdbc.update(
                "delete from forsorjning_summa where ar between ? and ? and ar * 10 + kv between ? and ?",
                franAr,
                tillAr,
                fran,
                till);
        // No population figure before the last year: no kommun can count, and the payments need not be grouped.
        Integer befolkning = jdbc.queryForObject(
                "select count(*) from (select 1 from forsorjning_befolkning where ar < ? limit 1) b",
                Integer.class,
                tillAr);
        if (befolkning == null || befolkning == 0) {
            return;
        }
        String belopp =
                Arrays.stream(Forman.values()).map(LagradeSummor::kolumn).collect(Collectors.joining(", "));
        String perForman = Arrays.stream(Forman.values())
                .map(f -> "sum(case when u.forman = '" + f.name() + "' then u.belopp else 0 end) " + kolumn(f))
                .collect(Collectors.joining(", "));
        String summor = Arrays.stream(Forman.values())
                .map(f -> "sum(p." + kolumn(f) + ")")
                .collect(Collectors.joining(", "));
        jdbc.update(
                "insert into forsorjning_summa (omrade, ar, kv, antal_medlemmar, befolkning_16_64, " + belopp + ")"
                        + " select substring(p.omrade, 1, 2), p.ar, p.kv, count(*), sum(b.befolkning_16_64), " + summor
                        + " from (select u.omrade, u.ar, u.kv, " + perForman
                        + " from forsorjning_utbetalning u where u.omrade like '____' and u.ar between ? and ?"
                        + " and u.ar * 10 + u.kv between ? and ? group by u.omrade, u.ar, u.kv) p"
                        + " join forsorjning_befolkning b on b.omrade = p.omrade and b.ar = (select max(b2.ar) from"
                        + " forsorjning_befolkning b2 where b2.omrade = p.omrade and b2.ar < p.ar)"
                        + " group by substring(p.omrade, 1, 2), p.ar, p.kv",
                franAr,
                tillAr,
                fran,
                till);
        jdbc.update(
                "insert into forsorjning_summa (omrade, ar, kv, antal_medlemmar, befolkning_16_64, " + belopp + ")"
                        + " select '00', p.ar, p.kv, sum(p.antal_medlemmar), sum(p.befolkning_16_64), " + summor
                        + " from forsorjning_summa p where p.omrade <> '00' and p.ar between ? and ?"
                        + " and p.ar * 10 + p.kv between ? and ? group by p.ar, p.kv",
                franAr,
                tillAr,
                fran,
                till);
    }

    /**
     * After a payments import: the quarters from the first to the last of the rows in {@code tabell} (the staging
     * table, or the table itself when it was loaded directly), found in index order (ar, kv).
     */
    void efterUtbetalningar(String tabell) {
        java.util.List<Integer> grans = new java.util.ArrayList<>();
        for (String riktning : java.util.List.of("asc", "desc")) {
            jdbc.query(
                    "select ar * 10 + kv from " + tabell + " order by ar " + riktning + ", kv " + riktning + " limit 1",
                    rs -> {
                        grans.add(rs.getInt(1));
                    });
        }
        if (grans.size() == 2) {
            berakna(grans.get(0), grans.get(1));
        }
    }

    /** After a population import: every quarter of the years after the first year it held. */
    void efterBefolkning(String tabell) {
        Integer forstaAr = jdbc.queryForObject("select min(ar) from " + tabell, Integer.class);
        if (forstaAr != null) {
            berakna((forstaAr + 1) * 10 + 1, SISTA);
        }
    }

    /**
     * The stored sums of a län or riket for the quarters {@code fran}–{@code till}, into {@code perKvartal} (by
     * quarter number), as {@link SummorPerForman} would compute them. A quarter where not every member counts gets
     * its included members from one query (payments in the quarter and a population figure of an earlier year).
     */
    void las(Omrade omrade, Kvartal fran, Kvartal till, java.util.Map<Integer, Summa> perKvartal) {
        String kod = omrade.niva() == Niva.RIKET ? "00" : omrade.kod();
        String belopp =
                Arrays.stream(Forman.values()).map(LagradeSummor::kolumn).collect(Collectors.joining(", "));
        java.util.List<Integer> ofullstandiga = new java.util.ArrayList<>();
        int alla = omrade.medlemmar().size();
        jdbc.query(
                "select ar * 10 + kv, antal_medlemmar, befolkning_16_64, " + belopp + " from forsorjning_summa"
                        + " where omrade = ? and ar between ? and ? and ar * 10 + kv between ? and ?",
                rs -> {
                    Summa summa = new Summa();
                    summa.befolkning = rs.getLong(3);
                    for (Forman f : Forman.values()) {
                        summa.belopp[f.ordinal()] = rs.getBigDecimal(4 + f.ordinal());
                    }
                    perKvartal.put(rs.getInt(1), summa);
                    if (rs.getInt(2) == alla) {
                        summa.medlemmar.addAll(omrade.medlemmar());
                    } else {
                        ofullstandiga.add(rs.getInt(1));
                    }
                },
                kod,
                fran.ar(),
                till.ar(),
                fran.lopnummer(),
                till.lopnummer());
        if (ofullstandiga.isEmpty()) {
            return;
        }
        Urval urval = Urval.av(omrade, "u.omrade");
        java.util.List<Object> param = new java.util.ArrayList<>(urval.param());
        param.addAll(ofullstandiga);
        jdbc.query(
                "select u.ar * 10 + u.kv, u.omrade from forsorjning_utbetalning u where " + urval.villkor()
                        + " and u.ar * 10 + u.kv in (" + Urval.platshallare(ofullstandiga.size()) + ")"
                        + " and exists (select 1 from forsorjning_befolkning b where b.omrade = u.omrade"
                        + " and b.ar < u.ar) group by u.ar, u.kv, u.omrade",
                rs -> {
                    perKvartal.get(rs.getInt(1)).medlemmar.add(rs.getString(2));
                },
                param.toArray());
    }
}
