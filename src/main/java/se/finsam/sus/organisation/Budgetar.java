package se.finsam.sus.organisation;

import se.finsam.sus.base.ValideringsException;

/** Rules shared by the insatsbudget and the samverkansbudget. */
final class Budgetar {

    private Budgetar() {}

    /** A budget year lies in 2000–2100 ({@code budget.fel.ar}). */
    static int kontrolleraAr(int ar) {
        if (ar < 2000 || ar > 2100) {
            throw new ValideringsException("budget.fel.ar");
        }
        return ar;
    }
}
