package se.finsam.sus.deltagare;

import java.math.BigDecimal;
import se.finsam.sus.organisation.Finansieringsform;

/**
 * One of a person's participations in the person search: the participation with its insats's samverkansorganisation,
 * that organisation's finansieringsform, and the förbund's own cost per planned participant in the insats's budget
 * for the participation's start year ({@code kostnadPerPlaneradDeltagare} is null without such a budget).
 */
public record PersonDeltagande(
        DeltagandeRad deltagande,
        String insatsNamn,
        String organisationNamn,
        Finansieringsform finansieringsform,
        BigDecimal kostnadPerPlaneradDeltagare) {

    /** The participation's id. */
    public long id() {
        return deltagande.id();
    }
}
