package se.finsam.sus.behorighet;

import java.time.LocalDate;
import se.finsam.sus.base.Roll;

/**
 * What a förbund asks the authority for: an uppdrag in {@code roll} for the authority's user {@code anvandarnamn},
 * on one insats ({@code omfattning} INSATS, {@code id} the insats) or on the whole förbund (ORGANISATION, {@code id}
 * the samverkansorganisation), for the period.
 */
public record NyBestallning(
        String anvandarnamn, Roll roll, Omfattning omfattning, long id, LocalDate start, LocalDate slut) {}
