package se.finsam.sus.deltagare;

import java.time.LocalDate;

/**
 * An insats as the deltagaransvarig sees it. {@code individuell} false for count-only insatser, where only
 * {@link DeltagarAntal} can be registered.
 */
public record InsatsForDeltagare(
        long id,
        String namn,
        long organisationId,
        String organisationNamn,
        LocalDate startdatum,
        LocalDate slutdatum,
        boolean individuell) {}
