package se.finsam.sus.base;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A piece of a WHERE clause with its named parameters, for queries built from optional parts. The text holds only
 * column names, operators and {@code :parameter} placeholders, never a value: values travel in {@link #parametrar}.
 */
public record SqlVillkor(String sql, Map<String, Object> parametrar) {

    public static final SqlVillkor SANT = new SqlVillkor("1 = 1", Map.of());
    public static final SqlVillkor FALSKT = new SqlVillkor("1 = 0", Map.of());

    public SqlVillkor {
        parametrar = Map.copyOf(parametrar);
    }

    /** Both conditions; parameter names must not clash (callers prefix them). */
    public SqlVillkor och(SqlVillkor annat) {
        Map<String, Object> alla = new LinkedHashMap<>(parametrar);
        annat.parametrar.forEach((namn, varde) -> {
            if (alla.containsKey(namn) && !alla.get(namn).equals(varde)) {
                throw new IllegalArgumentException("Parameter " + namn + " given twice with different values");
            }
            alla.put(namn, varde);
        });
        return new SqlVillkor("(" + sql + ") and (" + annat.sql + ")", alla);
    }
}
