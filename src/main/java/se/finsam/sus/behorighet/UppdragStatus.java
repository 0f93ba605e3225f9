package se.finsam.sus.behorighet;

import java.time.LocalDate;

/** Where an uppdrag stands on a given day, for the administrator's overview. */
public enum UppdragStatus {
    /** Starts later. */
    KOMMANDE,
    /** Active, and ends more than {@link BehorighetService#PAMINNELSE_DAGAR} days ahead. */
    AKTIVT,
    /** Active, and ends within {@link BehorighetService#PAMINNELSE_DAGAR} days. */
    SLUTAR_SNART,
    /** Ended. */
    AVSLUTAT;

    public static UppdragStatus pa(LocalDate start, LocalDate slut, LocalDate dag) {
        if (dag.isBefore(start)) {
            return KOMMANDE;
        }
        if (dag.isAfter(slut)) {
            return AVSLUTAT;
        }
        return slut.isAfter(dag.plusDays(BehorighetService.PAMINNELSE_DAGAR)) ? AKTIVT : SLUTAR_SNART;
    }
}
