package se.finsam.sus.forsorjning;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The query strategy for areas of few members (kommun, stadsdel, förbund) and for each member of an area in one
 * quarter: sums per quarter and member.
 */
final class SummorPerMedlem {

    private SummorPerMedlem() {}

    /** Receives one member's sums for one quarter: its population and its amount per benefit (by ordinal). */
    @FunctionalInterface
    interface Mottagare {
        void rad(Kvartal q, String medlem, long befolkning, BigDecimal[] belopp);
    }

    /**
     * Every member with payments and a population figure in a quarter of the range, with its population (at 31 Dec
     * of the nearest year before the quarter's year) and its summed amount per benefit (0 for a benefit without
     * rows), from one query grouped per quarter and member.
     */
    static void summera(
            JdbcTemplate jdbc,
            Omrade omrade,
            Set<String> medlem,
            Map<String, TreeMap<Integer, Long>> befolkning,
            Kvartal fran,
            Kvartal till,
            Mottagare mottagare) {
        Urval urval = Urval.av(omrade, "u.omrade");
        List<Object> param = new ArrayList<>(urval.param());
        param.add(fran.ar());
        param.add(till.ar());
        param.add(fran.lopnummer());
        param.add(till.lopnummer());
        StringBuilder sql = new StringBuilder("select u.ar, u.kv, u.omrade");
        for (Forman f : Forman.values()) {
            sql.append(", sum(case when u.forman = '").append(f.name()).append("' then u.belopp end)");
        }
        sql.append(" from forsorjning_utbetalning u where ")
                .append(urval.villkor())
                .append(" and u.ar between ? and ? and u.ar * 10 + u.kv between ? and ? group by u.ar, u.kv, u.omrade");
        jdbc.query(
                sql.toString(),
                rs -> {
                    String m = rs.getString(3);
                    TreeMap<Integer, Long> perAr = befolkning.get(m);
                    Map.Entry<Integer, Long> bef = perAr == null ? null : perAr.floorEntry(rs.getInt(1) - 1);
                    if (bef == null || !medlem.contains(m)) {
                        return;
                    }
                    BigDecimal[] belopp = new BigDecimal[Forman.values().length];
                    for (int i = 0; i < belopp.length; i++) {
                        BigDecimal b = rs.getBigDecimal(4 + i);
                        belopp[i] = b == null ? BigDecimal.ZERO : b;
                    }
                    mottagare.rad(new Kvartal(rs.getInt(1), rs.getInt(2)), m, bef.getValue(), belopp);
                },
                param.toArray());
    }
}
