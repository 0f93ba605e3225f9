package se.finsam.sus.organisation;

import java.time.LocalDate;
import java.util.Set;

/**
 * What a user enters for a samverkansorganisation. Its area: whole kommuner and/or stadsdelar (codes KKKK-NN);
 * a stadsdel may not be given together with its whole kommun.
 */
public record OrganisationUppgifter(
        String namn,
        String organisationsnummer,
        Finansieringsform finansieringsform,
        LocalDate startdatum,
        LocalDate slutdatum,
        String beskrivning,
        String adress,
        String kontaktperson,
        Set<String> kommunKoder,
        Set<String> stadsdelKoder) {}
