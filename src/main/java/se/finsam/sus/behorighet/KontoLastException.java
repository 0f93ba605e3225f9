package se.finsam.sus.behorighet;

import java.time.Instant;
import org.springframework.security.authentication.LockedException;

/** Login refused because the account is locked after repeated failures; tells until when. */
public class KontoLastException extends LockedException {

    private final Instant lastTill;

    public KontoLastException(Instant lastTill) {
        super("Account locked after repeated login failures");
        this.lastTill = lastTill;
    }

    public Instant lastTill() {
        return lastTill;
    }
}
