package se.finsam.sus.deltagare;

import java.time.LocalDate;
import se.finsam.sus.base.Kon;

/**
 * One participation in a list. {@code identitetsnummer} is formatted {@code YYYYMMDD-NNNN}, or null for a row
 * anonymised by an earlier version (a withdrawn consent now deletes the participation).
 */
public record DeltagandeRad(
        long id,
        long insatsId,
        String identitetsnummer,
        Kon kon,
        Aldersgrupp aldersgrupp,
        LocalDate startdatum,
        LocalDate slutdatum,
        Avslutsanledning avslutsanledning) {

    public boolean aktiv() {
        return slutdatum == null;
    }

    /** Never the identity number, so that a row cannot end up in a log with it. */
    @Override
    public String toString() {
        return "DeltagandeRad[id=" + id + ", insatsId=" + insatsId + ", identitetsnummer=****]";
    }
}
