package se.finsam.sus.behorighet;

import java.time.Instant;
import java.util.Set;
import se.finsam.sus.base.Roll;

/** A user as the administration views list them (never with the password hash). */
public record AnvandarRad(long id, String anvandarnamn, String namn, Set<Roll> roller, boolean aktiv,
        Instant lastTill) {
}
