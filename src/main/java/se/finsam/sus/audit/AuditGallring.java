package se.finsam.sus.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.finsam.sus.base.SomSystem;
import se.finsam.sus.base.TimeConfig;

/**
 * The audit log's part of the gallring (issue 12 #17). SUS never deletes audit rows: in production its database
 * user has only {@code SELECT, INSERT} on {@code audit_post} (README, "Database users in production"), so that
 * neither a flaw nor a stolen password can erase traces. Rows older than {@code sus.gallring.audit} are removed by
 * the database administrator's script {@code docs/gallring-audit.sql}, which deletes only rows older than the
 * retention; this service counts how many are due, so that the count stands in the log and the application log.
 */
@Service
public class AuditGallring {

    private final AuditPostRepository poster;
    private final AuditService audit;
    private final Period lagringstid;

    AuditGallring(
            AuditPostRepository poster, AuditService audit, @Value("${sus.gallring.audit:5y}") Period lagringstid) {
        this.poster = poster;
        this.audit = audit;
        this.lagringstid = lagringstid;
    }

    /**
     * The number of audit rows written before the start (Swedish time) of {@code idag} minus the retention, which
     * the database administrator's script would remove; recorded as a {@link AuditAtgard#GALLRING} row with the count.
     */
    @PreAuthorize(SomSystem.GALLRING_REGEL)
    @Transactional
    public long forfallna(LocalDate idag) {
        LocalDate fore = idag.minus(lagringstid);
        Instant grans = fore.atStartOfDay(TimeConfig.SWEDEN).toInstant();
        long antal = poster.countByTidpunktBefore(grans);
        audit.registrera(AuditHandelse.av(AuditAtgard.GALLRING)
                .om("AuditPost", null)
                .med("forfallna=" + antal + " fore=" + fore + " (raderas av databasadministratoren)"));
        return antal;
    }
}
