package se.finsam.sus.webb;

import java.time.LocalDate;

/**
 * What a handläggare enters to register a participant, as the form's labels show it: consent (given on
 * {@code samtyckesdatum}, information exchange with {@code myndighet}, registration allowed), identity, hemkommun,
 * referring authority, time outside work and one source of försörjning at entry.
 */
public record Registrering(
        String identitetsnummer,
        LocalDate samtyckesdatum,
        LocalDate startdatum,
        String myndighet,
        String hemkommun,
        String remitterande,
        String tidIUtanforskap,
        String forsorjning) {}
