package se.finsam.sus.behorighet;

import java.time.LocalDate;
import se.finsam.sus.base.Roll;

/**
 * One uppdrag in the system administrator's overview: the scope is named (organisation, insats or län; null for
 * riket and for a scope that no longer exists).
 */
public record UppdragOversiktRad(
        long id,
        String anvandarnamn,
        String namn,
        Roll roll,
        Omfattning omfattning,
        Long organisationId,
        Long insatsId,
        String lanKod,
        String omfattningsnamn,
        LocalDate startdatum,
        LocalDate slutdatum,
        String ersattare,
        boolean delegerat) {

    public UppdragStatus status(LocalDate dag) {
        return UppdragStatus.pa(startdatum, slutdatum, dag);
    }
}
