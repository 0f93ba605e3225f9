package se.finsam.sus.deltagare;

import java.time.LocalDate;
import java.util.Set;

/**
 * One participation with everything recorded; {@code version} for optimistic locking. {@code anonymiserad} is
 * true only for a row anonymised by an earlier version ({@code identitetsnummer} null); a withdrawn consent now
 * deletes the participation. Exit fields are null while the participation is active; {@code arbetssokandeVidSlut}
 * is also null when nothing was recorded at exit. {@code behovsgrupper} empty: none.
 */
public record DeltagandeDetalj(
        long id,
        long version,
        long insatsId,
        String insatsNamn,
        long organisationId,
        String identitetsnummer,
        boolean samordningsnummer,
        Deltagarprofil profil,
        Set<Behovsgrupp> behovsgrupper,
        SamtyckeInfo samtycke,
        LocalDate startdatum,
        Forsorjning forsorjningVidStart,
        LocalDate slutdatum,
        Avslutsanledning avslutsanledning,
        Forsorjning forsorjningVidSlut,
        Boolean arbetssokandeVidSlut,
        boolean anonymiserad) {

    public boolean aktiv() {
        return slutdatum == null;
    }

    /** The entry as a form value, for corrections. */
    public Inskrivning inskrivning() {
        return new Inskrivning(
                identitetsnummer,
                startdatum,
                samtycke == null
                        ? null
                        : new Samtycke(samtycke.datum(), samtycke.informationsutbyte(), samtycke.registrering()),
                profil.kon(),
                profil.hemkommun(),
                behovsgrupper,
                profil.utbildningsniva(),
                profil.remitterande(),
                profil.tidIUtanforskap(),
                profil.arbetssokande(),
                forsorjningVidStart);
    }

    /** The exit as a form value, or null while active. */
    public Utskrivning utskrivning() {
        return slutdatum == null
                ? null
                : new Utskrivning(
                        slutdatum, avslutsanledning, forsorjningVidSlut, Boolean.TRUE.equals(arbetssokandeVidSlut));
    }

    /** Never the identity number, so that a participation cannot end up in a log with it. */
    @Override
    public String toString() {
        return "DeltagandeDetalj[id=" + id + ", version=" + version + ", insatsId=" + insatsId
                + ", identitetsnummer=****]";
    }
}
