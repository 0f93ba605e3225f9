package se.finsam.sus.behorighet;

import java.util.Set;
import se.finsam.sus.base.Roll;
import se.finsam.sus.base.ValideringsException;

/** Which roles a user may hold together, and who may hold them (docs/domain.md, docs/behorigheter.md). */
final class Rollregler {

    private Rollregler() {}

    /** Throws with the rule that is broken, as an i18n key. */
    static void kontrollera(Set<Roll> roller, Arbetsgivare arbetsgivare) {
        if (roller.isEmpty()) {
            throw new ValideringsException("anvandare.fel.ingen-roll");
        }
        if (roller.contains(Roll.SAMVERKANSADMINISTRATOR) && roller.contains(Roll.DELTAGARANSVARIG)) {
            throw new ValideringsException("anvandare.fel.samverkan-och-deltagare");
        }
        if (roller.contains(Roll.DELTAGARANSVARIG) && (arbetsgivare == null || !arbetsgivare.arMyndighet())) {
            throw new ValideringsException("anvandare.fel.deltagaransvarig-myndighet");
        }
    }
}
