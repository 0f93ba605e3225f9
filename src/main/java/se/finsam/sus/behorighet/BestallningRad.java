package se.finsam.sus.behorighet;

import java.time.Instant;
import java.time.LocalDate;
import se.finsam.sus.base.Roll;

/**
 * A beställning as the lists show it: for whom (user name and name), which role where ({@code omfattningsnamn}: the
 * insats or förbund), the period, who asked and when, and how it was decided ({@code motivering}: why it was
 * rejected).
 */
public record BestallningRad(
        long id,
        long version,
        String anvandarnamn,
        String namn,
        Roll roll,
        Omfattning omfattning,
        String omfattningsnamn,
        LocalDate startdatum,
        LocalDate slutdatum,
        String bestalldAv,
        Instant bestalld,
        BestallningStatus status,
        String motivering) {}
