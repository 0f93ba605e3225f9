package se.finsam.sus.behorighet;

import java.util.Set;
import se.finsam.sus.base.Roll;

/** What the system administrator fills in to create a user. */
public record NyAnvandare(
        String anvandarnamn,
        String namn,
        Arbetsgivare arbetsgivare,
        String arbetsgivareNamn,
        Set<Roll> roller,
        String losenord) {}
