package se.finsam.sus.forsorjning;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;

/** The population 16–64 of an area's members per year, as the quarters of a range use it. */
final class Befolkningstal {

    private Befolkningstal() {}

    /**
     * The members' population figures that quarters of the years {@code franAr}–{@code tillAr} can use: the latest
     * before {@code franAr} and every one from {@code franAr} to the year before {@code tillAr}.
     */
    static Map<String, TreeMap<Integer, Long>> hamta(
            JdbcTemplate jdbc, Omrade omrade, Set<String> medlem, int franAr, int tillAr) {
        Urval urval = Urval.av(omrade, "omrade");
        Map<String, TreeMap<Integer, Long>> befolkning = new HashMap<>();
        RowCallbackHandler lagg = rs -> {
            if (medlem.contains(rs.getString(1))) {
                befolkning
                        .computeIfAbsent(rs.getString(1), m -> new TreeMap<>())
                        .put(rs.getInt(2), rs.getLong(3));
            }
        };
        List<Object> param = new ArrayList<>(List.of(franAr));
        param.addAll(urval.param());
        jdbc.query(
                "select b.omrade, b.ar, b.befolkning_16_64 from forsorjning_befolkning b join (select omrade,"
                        + " max(ar) ar from forsorjning_befolkning where ar < ? and " + urval.villkor()
                        + " group by omrade)"
                        + " m on m.omrade = b.omrade and m.ar = b.ar",
                lagg,
                param.toArray());
        if (tillAr > franAr) {
            param = new ArrayList<>(List.of(franAr, tillAr));
            param.addAll(urval.param());
            jdbc.query(
                    "select omrade, ar, befolkning_16_64 from forsorjning_befolkning where ar >= ? and ar < ? and "
                            + urval.villkor(),
                    lagg,
                    param.toArray());
        }
        return befolkning;
    }
}
