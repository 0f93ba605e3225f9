package se.finsam.sus.organisation;

import java.time.LocalDate;
import java.util.SortedSet;

/** One samverkansorganisation with everything the detail view shows; {@code version} for optimistic locking. */
public record OrganisationDetalj(long id, long version, String namn, String organisationsnummer,
        Finansieringsform finansieringsform, LocalDate startdatum, LocalDate slutdatum, String beskrivning,
        String adress, String kontaktperson, SortedSet<String> kommunKoder) {

    public OrganisationUppgifter uppgifter() {
        return new OrganisationUppgifter(namn, organisationsnummer, finansieringsform, startdatum, slutdatum,
                beskrivning, adress, kontaktperson, kommunKoder);
    }
}
