package se.finsam.sus.behorighet;

import java.time.LocalDate;
import se.finsam.sus.base.Roll;

/** One uppdrag as other features and views see it. Exactly one of the scope fields is set, except for RIKET. */
public record UppdragInfo(
        long id,
        Roll roll,
        Omfattning omfattning,
        Long organisationId,
        Long insatsId,
        String lanKod,
        LocalDate startdatum,
        LocalDate slutdatum) {

    /** Active on the day: started, and not past the end date (inclusive). */
    public boolean arAktiv(LocalDate dag) {
        return !dag.isBefore(startdatum) && !dag.isAfter(slutdatum);
    }

    public UppdragStatus status(LocalDate dag) {
        return UppdragStatus.pa(startdatum, slutdatum, dag);
    }
}
