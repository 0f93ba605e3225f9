package se.finsam.sus.forsorjning;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.jdbc.core.JdbcTemplate;

/** The query strategy for a län or riket: sums per quarter and benefit, without listing all their kommuner. */
final class SummorPerForman {

    private SummorPerForman() {}

    /**
     * The sums of a län or riket in two index-only queries, without a list of all their kommuner: the amounts per
     * quarter and benefit (leaving out members in the years before they have a population figure), and which members
     * have payments in each quarter (whose population is then added). Returns false for other areas, whose few
     * members are summed per member instead.
     */
    static boolean summera(JdbcTemplate jdbc, Underlag underlag, Map<Integer, Summa> perKvartal) {
        Omrade omrade = underlag.omrade();
        Set<String> medlem = underlag.medlem();
        if (omrade.niva() != Niva.LAN && omrade.niva() != Niva.RIKET) {
            return false;
        }
        // Members that never count in the range, and members that count only after their first population year.
        List<String> utan = new ArrayList<>();
        Map<Integer, List<String>> franOchMed = new TreeMap<>();
        for (String m : medlem) {
            TreeMap<Integer, Long> perAr = underlag.befolkning().get(m);
            if (perAr == null) {
                utan.add(m);
            } else if (perAr.firstKey() >= underlag.fran().ar()) {
                franOchMed
                        .computeIfAbsent(perAr.firstKey(), a -> new ArrayList<>())
                        .add(m);
            }
        }
        Urval urval = underlag.urval();
        String intervall = Underlag.INTERVALL;
        List<Object> param = underlag.param();
        List<String> utanfor = new ArrayList<>();
        List<Object> utanforParam = new ArrayList<>();
        if (!utan.isEmpty()) {
            utanfor.add("u.omrade in (" + Urval.platshallare(utan.size()) + ")");
            utanforParam.addAll(utan);
        }
        if (franOchMed.size() == 1
                && utan.size() + franOchMed.values().iterator().next().size() == medlem.size()) {
            // Everyone with population has it from the same year (e.g. one population file): no list needed.
            utanfor.add("u.ar <= ?");
            utanforParam.add(franOchMed.keySet().iterator().next());
        } else {
            franOchMed.forEach((forstaAr, medlemmar) -> {
                utanfor.add("(u.ar <= ? and u.omrade in (" + Urval.platshallare(medlemmar.size()) + "))");
                utanforParam.add(forstaAr);
                utanforParam.addAll(medlemmar);
            });
        }
        jdbc.query(
                "select u.ar, u.kv, u.omrade from forsorjning_utbetalning u where " + urval.villkor() + intervall
                        + " group by u.ar, u.kv, u.omrade",
                rs -> {
                    String m = rs.getString(3);
                    int ar = rs.getInt(1);
                    Long befolkning = underlag.befolkning(m, ar);
                    if (befolkning != null) {
                        perKvartal
                                .computeIfAbsent(ar * 10 + rs.getInt(2), n -> new Summa())
                                .lagg(m, befolkning, null);
                    }
                },
                param.toArray());
        param.addAll(utanforParam);
        jdbc.query(
                "select u.ar * 10 + u.kv, u.forman, sum(u.belopp) from forsorjning_utbetalning u where "
                        + urval.villkor() + intervall
                        + (utanfor.isEmpty() ? "" : " and not (" + String.join(" or ", utanfor) + ")")
                        + " group by u.ar, u.kv, u.forman",
                rs -> {
                    Summa summa = perKvartal.get(rs.getInt(1));
                    if (summa != null) {
                        summa.belopp[Forman.valueOf(rs.getString(2)).ordinal()] = rs.getBigDecimal(3);
                    }
                },
                param.toArray());
        return true;
    }
}
