package se.finsam.sus.rapport;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import se.finsam.sus.deltagare.Forsorjningskalla;
import se.finsam.sus.organisation.Finansieringsform;
import se.finsam.sus.organisation.Inriktning;
import se.finsam.sus.organisation.Malgrupp;

/**
 * What a reader asked for: period, unit, the optional filters (finansieringsform of the förbund, inriktning and
 * målgrupp of the insats), split by kön, compare the units one level down, and — for the Deltagarrapport's
 * transition view — one source of support at entry. It round-trips through the URL query ({@link #parametrar},
 * {@link #tolka}) so that a report is a link; parsing is strict: an unknown parameter or value is refused, never
 * ignored. Whether the unit is inside the reader's scope is checked by {@link RapportService} on every run.
 */
public record Rapporturval(
        Period period,
        Enhet enhet,
        Finansieringsform finansieringsform,
        Inriktning inriktning,
        Malgrupp malgrupp,
        boolean perKon,
        boolean jamfor,
        Forsorjningskalla kalla) {

    /**
     * Spring Security's mark on an address it returns to after the login ({@code ?…&continue}): a bookmarked report
     * opened before logging in comes back with it, and it is not part of the selection.
     */
    private static final String INLOGGNINGSMARKE = "continue";

    private static final Set<String> KANDA =
            Set.of("period", "enhet", "finansieringsform", "inriktning", "malgrupp", "kon", "jamfor", "kalla");

    public static Rapporturval av(Period period, Enhet enhet) {
        return new Rapporturval(period, enhet, null, null, null, false, false, null);
    }

    public Rapporturval medPeriod(Period ny) {
        return new Rapporturval(ny, enhet, finansieringsform, inriktning, malgrupp, perKon, jamfor, kalla);
    }

    public Rapporturval medEnhet(Enhet ny) {
        return new Rapporturval(period, ny, finansieringsform, inriktning, malgrupp, perKon, jamfor, kalla);
    }

    /**
     * Reads a selection from URL query parameters; a missing period or unit takes the given default (the current
     * year, the reader's widest unit).
     */
    public static Rapporturval tolka(Map<String, List<String>> fraga, Period standardPeriod, Enhet standardEnhet) {
        for (Map.Entry<String, List<String>> e : fraga.entrySet()) {
            if (e.getKey().equals(INLOGGNINGSMARKE)) {
                continue;
            }
            if (!KANDA.contains(e.getKey())) {
                throw new Urvalsfel("rapport.fel.okand-parameter", e.getKey());
            }
            if (e.getValue().size() > 1) {
                throw new Urvalsfel("rapport.fel.dubbel-parameter", e.getKey());
            }
        }
        String period = enda(fraga, "period");
        String enhet = enda(fraga, "enhet");
        return new Rapporturval(
                period == null ? standardPeriod : Period.tolka(period),
                enhet == null ? standardEnhet : Enhet.tolka(enhet),
                uppraknad(fraga, "finansieringsform", Finansieringsform.class),
                uppraknad(fraga, "inriktning", Inriktning.class),
                uppraknad(fraga, "malgrupp", Malgrupp.class),
                janej(fraga, "kon"),
                janej(fraga, "jamfor"),
                uppraknad(fraga, "kalla", Forsorjningskalla.class));
    }

    /** The URL query form: only what differs from "not chosen", in a stable order. */
    public Map<String, String> parametrar() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("period", period.text());
        p.put("enhet", enhet.text());
        if (finansieringsform != null) {
            p.put("finansieringsform", finansieringsform.name());
        }
        if (inriktning != null) {
            p.put("inriktning", inriktning.name());
        }
        if (malgrupp != null) {
            p.put("malgrupp", malgrupp.name());
        }
        if (perKon) {
            p.put("kon", "ja");
        }
        if (jamfor) {
            p.put("jamfor", "ja");
        }
        if (kalla != null) {
            p.put("kalla", kalla.name());
        }
        return p;
    }

    /** The selection as one line of text for the audit log and export headers (no personal data in it). */
    public String beskrivning() {
        StringBuilder s = new StringBuilder();
        parametrar()
                .forEach((k, v) ->
                        s.append(s.isEmpty() ? "" : "&").append(k).append('=').append(v));
        return s.toString();
    }

    private static String enda(Map<String, List<String>> fraga, String namn) {
        List<String> v = fraga.get(namn);
        return v == null || v.isEmpty() || v.get(0).isBlank() ? null : v.get(0).trim();
    }

    private static <E extends Enum<E>> E uppraknad(Map<String, List<String>> fraga, String namn, Class<E> typ) {
        String v = enda(fraga, namn);
        if (v == null) {
            return null;
        }
        try {
            return Enum.valueOf(typ, v);
        } catch (IllegalArgumentException e) {
            throw new Urvalsfel("rapport.fel.varde", namn + "=" + v);
        }
    }

    private static boolean janej(Map<String, List<String>> fraga, String namn) {
        String v = enda(fraga, namn);
        if (v == null || v.equals("nej")) {
            return false;
        }
        if (v.equals("ja")) {
            return true;
        }
        throw new Urvalsfel("rapport.fel.varde", namn + "=" + v);
    }
}
