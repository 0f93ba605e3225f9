package se.finsam.sus.organisation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What a user enters for one year of an insats's budget: planned participants, the six amounts, and the other
 * financiers of the year with their budget and utfall (null: none). Amounts: kronor, ≥ 0, at most two decimals.
 */
public record InsatsbudgetUppgifter(
        int ar, int planeradeDeltagare, Kostnader kostnader, List<Medfinansiering> medfinansiering) {

    public InsatsbudgetUppgifter {
        medfinansiering =
                medfinansiering == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(medfinansiering));
    }
}
