package se.finsam.sus.organisation;

import java.time.LocalDate;
import java.util.Set;

/** What a user enters for a samverkansorganisation. */
public record OrganisationUppgifter(String namn, String organisationsnummer, Finansieringsform finansieringsform,
        LocalDate startdatum, LocalDate slutdatum, String beskrivning, String adress, String kontaktperson,
        Set<String> kommunKoder) {
}
