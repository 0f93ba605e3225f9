package se.finsam.sus.forsorjning;

import java.util.Collections;
import java.util.List;

/**
 * A condition on an area's members in SQL: a pattern for län and riket (no long IN list), else the codes; with its
 * parameters.
 */
record Urval(String villkor, List<Object> param) {

    static Urval av(Omrade omrade, String kolumn) {
        return switch (omrade.niva()) {
            // Kommun codes are four digits, the first two the län; stadsdel codes are longer.
            case RIKET -> new Urval(kolumn + " like '____'", List.of());
            case LAN -> new Urval(kolumn + " like ?", List.of(omrade.kod() + "__"));
            default ->
                new Urval(
                        kolumn + " in (" + platshallare(omrade.medlemmar().size()) + ")",
                        List.copyOf(omrade.medlemmar()));
        };
    }

    /** {@code ?, ?, …} for an IN list of {@code antal} values. */
    static String platshallare(int antal) {
        return String.join(", ", Collections.nCopies(antal, "?"));
    }
}
