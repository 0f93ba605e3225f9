package se.finsam.sus.organisation;

import java.time.LocalDate;
import java.util.SortedSet;

/** A samverkansorganisation in a list. */
public record OrganisationRad(long id, String namn, String organisationsnummer,
        Finansieringsform finansieringsform, LocalDate startdatum, LocalDate slutdatum,
        SortedSet<String> kommunKoder, boolean harLogo) {
}
