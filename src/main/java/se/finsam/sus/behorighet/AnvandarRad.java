package se.finsam.sus.behorighet;

import java.time.Instant;
import java.util.Set;
import se.finsam.sus.base.Roll;

/** A user as the administration views list them (never with the password hash). */
public record AnvandarRad(
        long id,
        long version,
        String anvandarnamn,
        String namn,
        Arbetsgivare arbetsgivare,
        String arbetsgivareNamn,
        Set<Roll> roller,
        boolean aktiv,
        Instant lastTill,
        boolean elegitimation) {

    public boolean arLast(Instant nu) {
        return lastTill != null && lastTill.isAfter(nu);
    }
}
