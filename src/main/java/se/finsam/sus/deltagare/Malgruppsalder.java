package se.finsam.sus.deltagare;

import java.time.LocalDate;
import java.time.Period;
import java.util.OptionalInt;

/**
 * The ages an insats serves. Finsam (lagen om finansiell samordning) is for people of working age who need
 * coordinated rehabilitation; an insats records no age range of its own, so every insats serves
 * {@value #LAGST}–{@value #HOGST} years, the working-age range of the national follow-up. An age outside it is not
 * refused (a förbund may run an insats for younger people, and a wrong identity number looks just the same): the
 * form warns and asks the handläggare to confirm (issue 13: a person of 114 or under 16 passed without a word).
 */
public final class Malgruppsalder {

    /** The youngest age served: 16, the age from which Finsam's parties count a person as of working age. */
    public static final int LAGST = 16;

    /** The oldest age served: 64, the last year before the general pension age of the national follow-up. */
    public static final int HOGST = 64;

    private Malgruppsalder() {}

    /** The age at {@code start} when it is outside {@value #LAGST}–{@value #HOGST}; empty when it is inside. */
    public static OptionalInt utanfor(LocalDate fodelsedatum, LocalDate start) {
        if (fodelsedatum == null || start == null || start.isBefore(fodelsedatum)) {
            return OptionalInt.empty();
        }
        int alder = Period.between(fodelsedatum, start).getYears();
        return alder < LAGST || alder > HOGST ? OptionalInt.of(alder) : OptionalInt.empty();
    }
}
