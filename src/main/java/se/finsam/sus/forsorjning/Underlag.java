package se.finsam.sus.forsorjning;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;

/**
 * What both query strategies ({@link SummorPerForman}, {@link SummorPerMedlem}) sum over: an area, its members, the
 * quarters from {@code fran} to {@code till}, and the members' population figures those quarters can use.
 */
record Underlag(
        Omrade omrade, Set<String> medlem, Map<String, TreeMap<Integer, Long>> befolkning, Kvartal fran, Kvartal till) {

    /** The range's condition on payments {@code u}, after the area's; its parameters are {@link #param}. */
    static final String INTERVALL = " and u.ar between ? and ? and u.ar * 10 + u.kv between ? and ?";

    /** The area's members and their population figures for the range. */
    static Underlag hamta(JdbcTemplate jdbc, Omrade omrade, Kvartal fran, Kvartal till) {
        Set<String> medlem = Set.copyOf(omrade.medlemmar());
        return new Underlag(omrade, medlem, befolkning(jdbc, omrade, medlem, fran.ar(), till.ar()), fran, till);
    }

    /** The members' condition on payments {@code u}. */
    Urval urval() {
        return Urval.av(omrade, "u.omrade");
    }

    /** The parameters of {@link #urval()} followed by those of {@link #INTERVALL}. */
    List<Object> param() {
        List<Object> param = new ArrayList<>(urval().param());
        param.addAll(List.of(fran.ar(), till.ar(), fran.lopnummer(), till.lopnummer()));
        return param;
    }

    /**
     * The population a member counts with in a quarter of year {@code ar} (at 31 Dec of the nearest year before),
     * or null when it is not a member or has no figure then.
     */
    Long befolkning(String m, int ar) {
        TreeMap<Integer, Long> perAr = befolkning.get(m);
        Map.Entry<Integer, Long> bef = perAr == null ? null : perAr.floorEntry(ar - 1);
        return bef == null || !medlem.contains(m) ? null : bef.getValue();
    }

    /**
     * The members' population figures that quarters of the years {@code franAr}–{@code tillAr} can use: the latest
     * before {@code franAr} and every one from {@code franAr} to the year before {@code tillAr}.
     */
    private static Map<String, TreeMap<Integer, Long>> befolkning(
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
