package se.finsam.sus.behorighet;

import java.time.LocalDate;
import se.finsam.sus.base.Roll;

/** An uppdrag as the organisation and insats views list them. */
public record UppdragRad(
        long id,
        String anvandarnamn,
        String namn,
        Roll roll,
        Omfattning omfattning,
        Long organisationId,
        Long insatsId,
        LocalDate startdatum,
        LocalDate slutdatum,
        String ersattare,
        boolean delegerat) {

    public boolean arAktiv(LocalDate dag) {
        return !dag.isBefore(startdatum) && !dag.isAfter(slutdatum);
    }
}
