package se.finsam.sus.organisation;

import java.time.LocalDate;
import java.util.List;
import java.util.SortedSet;

/**
 * One samverkansorganisation with everything the detail view shows; {@code version} for optimistic locking (it
 * also covers the ingående organisationer).
 */
public record OrganisationDetalj(
        long id,
        long version,
        String namn,
        String organisationsnummer,
        Finansieringsform finansieringsform,
        LocalDate startdatum,
        LocalDate slutdatum,
        String beskrivning,
        String adress,
        String kontaktperson,
        SortedSet<String> kommunKoder,
        List<IngaendeOrganisation> ingaende,
        boolean harLogo,
        SortedSet<String> stadsdelKoder) {

    public OrganisationUppgifter uppgifter() {
        return new OrganisationUppgifter(
                namn,
                organisationsnummer,
                finansieringsform,
                startdatum,
                slutdatum,
                beskrivning,
                adress,
                kontaktperson,
                kommunKoder,
                stadsdelKoder);
    }
}
