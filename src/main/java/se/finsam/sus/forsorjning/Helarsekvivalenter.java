package se.finsam.sus.forsorjning;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.jdbc.core.JdbcTemplate;

/** SCB helårsekvivalenter of an area per year: its own stored rows, or the sum of its members' rows. */
final class Helarsekvivalenter {

    private static final BigDecimal HUNDRA = BigDecimal.valueOf(100);

    private Helarsekvivalenter() {}

    /** See {@link ForsorjningsmattService#helarsekvivalenter}. */
    static List<HelarsVarde> hamta(JdbcTemplate jdbc, Omrade omrade, Integer ar) {
        String egenKod = omrade.niva() == Niva.RIKET ? Radkontroll.RIKET : omrade.kod();
        List<HelarsVarde> egna = omrade.niva() == Niva.FORBUND ? List.of() : summera(jdbc, List.of(egenKod), ar, false);
        List<HelarsVarde> medlemmar =
                omrade.medlemmar().isEmpty() || omrade.medlemmar().equals(List.of(egenKod))
                        ? List.of()
                        : summera(jdbc, omrade.medlemmar(), ar, true);
        Map<Integer, HelarsVarde> perAr = new TreeMap<>();
        medlemmar.forEach(v -> perAr.put(v.ar(), v));
        egna.forEach(v -> perAr.put(v.ar(), v));
        return List.copyOf(perAr.values());
    }

    private static List<HelarsVarde> summera(JdbcTemplate jdbc, List<String> koder, Integer ar, boolean medSaknade) {
        String villkor = "omrade in (" + Urval.platshallare(koder.size()) + ")" + (ar == null ? "" : " and ar = ?");
        List<Object> param = new ArrayList<>(koder);
        if (ar != null) {
            param.add(ar);
        }
        Map<Integer, Map<String, BigDecimal>> perForman = new TreeMap<>();
        jdbc.query(
                "select ar, forman, sum(helarsekvivalenter) from forsorjning_helarsekvivalent where " + villkor
                        + " group by ar, forman order by ar, forman",
                rs -> {
                    perForman
                            .computeIfAbsent(rs.getInt(1), a -> new LinkedHashMap<>())
                            .put(rs.getString(2), rs.getBigDecimal(3));
                },
                param.toArray());
        Map<Integer, long[]> befolkning = new HashMap<>();
        jdbc.query(
                "select ar, count(*), sum(bef) from (select omrade, ar, max(befolkning_20_64) bef from"
                        + " forsorjning_helarsekvivalent where " + villkor + " group by omrade, ar) x group by ar",
                rs -> {
                    befolkning.put(rs.getInt(1), new long[] {rs.getLong(2), rs.getLong(3)});
                },
                param.toArray());
        Map<Integer, Set<String>> medData = new HashMap<>();
        if (medSaknade && befolkning.values().stream().anyMatch(b -> b[0] < koder.size())) {
            jdbc.query(
                    "select distinct ar, omrade from forsorjning_helarsekvivalent where " + villkor,
                    rs -> {
                        medData.computeIfAbsent(rs.getInt(1), a -> new HashSet<>())
                                .add(rs.getString(2));
                    },
                    param.toArray());
        }
        List<HelarsVarde> varden = new ArrayList<>();
        perForman.forEach((a, summor) -> {
            long[] b = befolkning.get(a);
            BigDecimal summa = summor.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
            List<String> saknas = b[0] >= koder.size()
                    ? List.of()
                    : koder.stream()
                            .filter(k -> !medData.getOrDefault(a, Set.of()).contains(k))
                            .toList();
            BigDecimal andel = b[1] == 0
                    ? null
                    : summa.multiply(HUNDRA).divide(BigDecimal.valueOf(b[1]), ForsorjningsmattService.PRECISION);
            varden.add(new HelarsVarde(
                    a, summa, b[1], andel, Collections.unmodifiableMap(summor), saknas.isEmpty(), saknas));
        });
        return varden;
    }
}
