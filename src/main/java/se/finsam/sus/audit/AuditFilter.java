package se.finsam.sus.audit;

import java.time.Instant;

/** Search criteria for the audit log; null means "any". {@code till} is exclusive. */
public record AuditFilter(Instant fran, Instant till, String anvandare, AuditAtgard atgard) {

    public static final AuditFilter ALLA = new AuditFilter(null, null, null, null);
}
