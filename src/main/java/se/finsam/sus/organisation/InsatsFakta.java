package se.finsam.sus.organisation;

import java.time.LocalDate;
import java.util.Set;

/**
 * The facts about an insats that other features need (deltagare: period, uppföljningsmetod, owner): no scope
 * decision is made here, the caller decides who may see what.
 */
public record InsatsFakta(
        long id,
        String namn,
        long organisationId,
        String organisationNamn,
        LocalDate startdatum,
        LocalDate slutdatum,
        Inriktning inriktning,
        Uppfoljningsmetod uppfoljningsmetod,
        Set<String> organisationensKommuner,
        Finansieringsform finansieringsform) {

    /** Participants are followed one by one (individinriktad with uppföljningsmetod INDIVID). */
    public boolean individuell() {
        return inriktning == Inriktning.INDIVIDINRIKTAD && uppfoljningsmetod == Uppfoljningsmetod.INDIVID;
    }

    /** Whether the date lies within the insats's period (an open end runs on). */
    public boolean omfattar(LocalDate dag) {
        return !dag.isBefore(startdatum) && (slutdatum == null || !dag.isAfter(slutdatum));
    }
}
