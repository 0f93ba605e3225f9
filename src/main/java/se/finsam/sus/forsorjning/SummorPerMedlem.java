package se.finsam.sus.forsorjning;

import java.math.BigDecimal;
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
    static void summera(JdbcTemplate jdbc, Underlag underlag, Mottagare mottagare) {
        StringBuilder sql = new StringBuilder("select u.ar, u.kv, u.omrade");
        for (Forman f : Forman.values()) {
            sql.append(", sum(case when u.forman = '").append(f.name()).append("' then u.belopp end)");
        }
        sql.append(" from forsorjning_utbetalning u where ")
                .append(underlag.urval().villkor())
                .append(Underlag.INTERVALL)
                .append(" group by u.ar, u.kv, u.omrade");
        jdbc.query(
                sql.toString(),
                rs -> {
                    String m = rs.getString(3);
                    Long befolkning = underlag.befolkning(m, rs.getInt(1));
                    if (befolkning == null) {
                        return;
                    }
                    BigDecimal[] belopp = new BigDecimal[Forman.values().length];
                    for (int i = 0; i < belopp.length; i++) {
                        BigDecimal b = rs.getBigDecimal(4 + i);
                        belopp[i] = b == null ? BigDecimal.ZERO : b;
                    }
                    mottagare.rad(new Kvartal(rs.getInt(1), rs.getInt(2)), m, befolkning, belopp);
                },
                underlag.param().toArray());
    }
}
