package se.finsam.sus.rapport;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import se.finsam.sus.base.Kon;

/**
 * The column groups of the Deltagarrapport and the one way its figures are counted (docs/rapporter.md,
 * "Deltagarrapport"): participations of {@code deltagande_rapport} joined to the report's insatser, grouped by one
 * or more dimensions and, when the report is split, by compared unit and/or kön. Totals come from all data: when
 * units are compared, from a second query over {@link Rapportfraga#insatserTotalt()} (a förbund in two län counts
 * once); otherwise as the sum of the exact per-kön counts, which is the same figure.
 */
final class Deltagargrupper {

    /** A column group: its key in {@link Utfall#perGrupp()} and its heading. */
    record Grupp(String nyckel, String rubrik) {}

    /**
     * Counts per dimension key (the dimension values joined with {@link #SEP}): per group (empty when the report is
     * not split) and in total.
     */
    record Utfall(Map<String, Map<String, Long>> perGrupp, Map<String, Long> totalt) {

        long totalt(String nyckel) {
            return totalt.getOrDefault(nyckel, 0L);
        }

        long i(String nyckel, String grupp) {
            return perGrupp.getOrDefault(nyckel, Map.of()).getOrDefault(grupp, 0L);
        }
    }

    static final String SEP = ">";

    private final Rapportfraga fraga;
    private final List<Grupp> grupper;

    Deltagargrupper(Rapportfraga fraga) {
        this.fraga = fraga;
        List<Grupp> g = new ArrayList<>();
        List<Rapportfraga.Jamforelseenhet> enheter = fraga.jamforelseenheter();
        boolean perKon = fraga.urval().perKon();
        if (fraga.jamfor()) {
            for (Rapportfraga.Jamforelseenhet e : enheter) {
                if (perKon) {
                    for (Kon k : Kon.values()) {
                        g.add(new Grupp(e.nyckel() + SEP + k.name(), e.namn() + " – " + konsrubrik(k)));
                    }
                } else {
                    g.add(new Grupp(e.nyckel(), e.namn()));
                }
            }
        } else if (perKon) {
            for (Kon k : Kon.values()) {
                g.add(new Grupp(k.name(), konsrubrik(k)));
            }
        }
        this.grupper = List.copyOf(g);
    }

    private String konsrubrik(Kon kon) {
        return fraga.text("rapport.deltagare.kon." + kon.name());
    }

    /** Is the report split into column groups (kön and/or compared units)? */
    boolean uppdelad() {
        return !grupper.isEmpty();
    }

    List<Grupp> grupper() {
        return grupper;
    }

    Rapportfraga fraga() {
        return fraga;
    }

    /**
     * Counts rows of {@code from} per value of the dimension expressions. {@code from} must join
     * {@code deltagande_rapport d #INSATSER#} (the join to the report's insatser, {@link
     * Rapportfraga#deltagandensInsatser}) with whatever else it needs, and end
     * with its where clause.
     */
    Utfall rakna(List<String> dimensioner, String from, Map<String, ?> parametrar) {
        return aggregat(dimensioner, List.of("count(*)"), from, parametrar, false)
                .get(0);
    }

    /**
     * One figure per aggregate expression (e.g. {@code sum(case when … then 1 else 0 end)} or
     * {@code count(distinct d.identitet_hash)}), under the given keys. {@code egenTotal}: the total is its own query
     * even when it equals the sum of the groups' (needed for distinct persons, who may be in several groups).
     */
    Utfall summor(Map<String, String> aggregat, String from, Map<String, ?> parametrar, boolean egenTotal) {
        List<String> nycklar = new ArrayList<>(aggregat.keySet());
        List<Utfall> delar = aggregat(List.of(), List.copyOf(aggregat.values()), from, parametrar, egenTotal);
        Map<String, Map<String, Long>> perGrupp = new HashMap<>();
        Map<String, Long> totalt = new HashMap<>();
        for (int i = 0; i < nycklar.size(); i++) {
            perGrupp.put(nycklar.get(i), delar.get(i).perGrupp().getOrDefault("", Map.of()));
            totalt.put(nycklar.get(i), delar.get(i).totalt(""));
        }
        return new Utfall(perGrupp, totalt);
    }

    private List<Utfall> aggregat(
            List<String> dimensioner, List<String> aggregat, String from, Map<String, ?> parametrar, boolean egen) {
        boolean jamfor = fraga.jamfor();
        boolean separat = jamfor || (egen && uppdelad());
        List<String> extra = new ArrayList<>();
        if (jamfor) {
            extra.add("u.enhet");
        }
        if (fraga.urval().perKon()) {
            extra.add("d.kon");
        }
        List<Utfall> utfall = new ArrayList<>();
        for (int a = 0; a < aggregat.size(); a++) {
            utfall.add(new Utfall(new HashMap<>(), new HashMap<>()));
        }
        List<String> alla = new ArrayList<>(dimensioner);
        alla.addAll(extra);
        var p = fraga.parametrar().addValues(parametrar);
        fraga.jdbc()
                .query(sql(alla, aggregat, from.replace("#INSATSER#", fraga.deltagandensInsatser(jamfor))), p, rs -> {
                    String nyckel = nyckel(rs, 1, dimensioner.size());
                    String grupp = nyckel(rs, dimensioner.size() + 1, alla.size());
                    for (int a = 0; a < aggregat.size(); a++) {
                        long n = rs.getLong(alla.size() + 1 + a);
                        if (!extra.isEmpty()) {
                            utfall.get(a)
                                    .perGrupp()
                                    .computeIfAbsent(nyckel, x -> new HashMap<>())
                                    .merge(grupp, n, Long::sum);
                        }
                        if (!separat) {
                            utfall.get(a).totalt().merge(nyckel, n, Long::sum);
                        }
                    }
                });
        if (separat) {
            String totalFrom = from.replace("#INSATSER#", fraga.deltagandensInsatser(false));
            fraga.jdbc().query(sql(dimensioner, aggregat, totalFrom), p, rs -> {
                String nyckel = nyckel(rs, 1, dimensioner.size());
                for (int a = 0; a < aggregat.size(); a++) {
                    utfall.get(a).totalt().merge(nyckel, rs.getLong(dimensioner.size() + 1 + a), Long::sum);
                }
            });
        }
        return utfall;
    }

    private static String nyckel(java.sql.ResultSet rs, int fran, int till) throws java.sql.SQLException {
        List<String> delar = new ArrayList<>();
        for (int i = fran; i <= till; i++) {
            delar.add(String.valueOf(rs.getString(i)));
        }
        return String.join(SEP, delar);
    }

    private static String sql(List<String> kolumner, List<String> aggregat, String from) {
        List<String> val = new ArrayList<>(kolumner);
        val.addAll(aggregat);
        return "select " + String.join(", ", val) + " from " + from
                + (kolumner.isEmpty() ? "" : " group by " + String.join(", ", kolumner));
    }

    /**
     * The counts of {@code utfall} under new keys: each count goes to every key {@code nycklar} gives for its old
     * key (none, one or several), per group and in total.
     */
    static Utfall omforma(Utfall utfall, java.util.function.Function<String, List<String>> nycklar) {
        Map<String, Map<String, Long>> perGrupp = new HashMap<>();
        Map<String, Long> totalt = new HashMap<>();
        utfall.perGrupp().forEach((gammal, grupper) -> {
            for (String ny : nycklar.apply(gammal)) {
                Map<String, Long> till = perGrupp.computeIfAbsent(ny, x -> new HashMap<>());
                grupper.forEach((grupp, n) -> till.merge(grupp, n, Long::sum));
            }
        });
        utfall.totalt().forEach((gammal, n) -> {
            for (String ny : nycklar.apply(gammal)) {
                totalt.merge(ny, n, Long::sum);
            }
        });
        return new Utfall(perGrupp, totalt);
    }

    /** Several results with distinct keys as one. */
    static Utfall forena(Utfall... delar) {
        Map<String, Map<String, Long>> perGrupp = new HashMap<>();
        Map<String, Long> totalt = new HashMap<>();
        for (Utfall u : delar) {
            perGrupp.putAll(u.perGrupp());
            totalt.putAll(u.totalt());
        }
        return new Utfall(perGrupp, totalt);
    }
}
