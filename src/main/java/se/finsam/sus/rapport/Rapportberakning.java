package se.finsam.sus.rapport;

import java.util.List;

/**
 * One report family's figures: its queries, run with the scope and selection of a {@link Rapportfraga}. Implemented
 * once per family as a Spring bean; only {@link RapportService} calls it, after checking the scope and before
 * protecting every returned table against small counts, so that no family can skip either.
 */
interface Rapportberakning {

    Rapportfamilj familj();

    /** The tables, unprotected; person counts must be exact (the protection needs them). */
    List<Rapporttabell> tabeller(Rapportfraga fraga);
}
