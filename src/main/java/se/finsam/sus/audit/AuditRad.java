package se.finsam.sus.audit;

import java.time.Instant;

/** An audit row as the log view shows it. */
public record AuditRad(
        long id,
        Instant tidpunkt,
        String anvandare,
        AuditAtgard atgard,
        String objekttyp,
        String objektId,
        String adress,
        String detaljer) {}
