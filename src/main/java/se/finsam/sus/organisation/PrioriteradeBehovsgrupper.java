package se.finsam.sus.organisation;

import jakarta.persistence.Embeddable;

/**
 * The prioriterade behovsgrupper an insats is meant for: långtidssjukskrivna, unga med funktionsnedsättning, unga med
 * aktivitetsersättning. Embedded in {@link Insats} (its columns of table {@code insats}).
 */
@Embeddable
record PrioriteradeBehovsgrupper(
        boolean langtidssjukskrivna, boolean ungaFunktionsnedsattning, boolean ungaAktivitetsersattning) {

    static PrioriteradeBehovsgrupper av(InsatsUppgifter u) {
        return new PrioriteradeBehovsgrupper(
                u.langtidssjukskrivna(), u.ungaFunktionsnedsattning(), u.ungaAktivitetsersattning());
    }

    /** Is the insats meant for at least one of them? */
    boolean nagon() {
        return langtidssjukskrivna || ungaFunktionsnedsattning || ungaAktivitetsersattning;
    }
}
