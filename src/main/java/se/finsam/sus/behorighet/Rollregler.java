package se.finsam.sus.behorighet;

import java.util.EnumSet;
import java.util.Set;
import se.finsam.sus.base.Roll;
import se.finsam.sus.base.ValideringsException;

/** Which roles a user may hold together, and who may hold them (docs/domain.md, docs/behorigheter.md). */
final class Rollregler {

    /**
     * The roles a behörighetsadministratör gives the staff of their own employer: the roles authority staff hold in
     * the förbund's work. Administering roles (system, samverkan, behörighet) are given by a system administrator.
     */
    static final Set<Roll> BEHORIGHETSADMINISTRATOR_GER =
            Set.copyOf(EnumSet.of(Roll.INSATSANSVARIG, Roll.DELTAGARANSVARIG, Roll.RAPPORTLASARE));

    private Rollregler() {}

    /** The roles a behörighetsadministratör may give staff of the employer (none for förbund staff). */
    static Set<Roll> behorighetsadministratorGer(Arbetsgivare arbetsgivare) {
        return arbetsgivare != null && arbetsgivare.arMyndighet() ? BEHORIGHETSADMINISTRATOR_GER : Set.of();
    }

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
        if (roller.contains(Roll.BEHORIGHETSADMINISTRATOR) && (arbetsgivare == null || !arbetsgivare.arMyndighet())) {
            throw new ValideringsException("anvandare.fel.behorighetsadministrator-myndighet");
        }
    }
}
