package se.finsam.sus.audit;

import java.time.Instant;

/**
 * Search criteria for the audit log; null means "any". {@code till} is exclusive; user and record type match
 * any part, ignoring case.
 */
public record AuditFilter(Instant fran, Instant till, String anvandare, AuditAtgard atgard, String objekttyp) {

    public static final AuditFilter ALLA = new AuditFilter(null, null, null, null, null);

    /** Any record type. */
    public AuditFilter(Instant fran, Instant till, String anvandare, AuditAtgard atgard) {
        this(fran, till, anvandare, atgard, null);
    }
}
