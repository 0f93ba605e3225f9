package se.finsam.sus.organisation;

import java.time.LocalDate;

/** An insats in a list; {@code prioriterad} when it targets at least one prioriterad behovsgrupp. */
public record InsatsRad(
        long id,
        long organisationId,
        String namn,
        LocalDate startdatum,
        LocalDate slutdatum,
        Inriktning inriktning,
        PreciseradInriktning preciseradInriktning,
        boolean prioriterad) {}
