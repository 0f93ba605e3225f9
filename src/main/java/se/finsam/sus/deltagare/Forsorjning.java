package se.finsam.sus.deltagare;

import java.util.Set;

/**
 * Försörjning at entry or exit: the ticked sources, and hours per week (0–40 each, 40 h = 100 %) working with
 * subsidy, working without subsidy, studying (studiemedel-eligible) and working as self-employed.
 */
public record Forsorjning(
        Set<Forsorjningskalla> kallor,
        int timmarArbeteMedStod,
        int timmarArbeteUtanStod,
        int timmarStudier,
        int timmarEgetForetag) {

    public static final int MAX_TIMMAR = 40;

    public Forsorjning {
        kallor = kallor == null ? Set.of() : Set.copyOf(kallor);
    }
}
