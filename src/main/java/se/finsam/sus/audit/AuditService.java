package se.finsam.sus.audit;

import java.time.Clock;
import java.util.Locale;
import java.util.stream.Stream;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import se.finsam.sus.base.Roller;
import se.finsam.sus.base.UtanBehorighetskontroll;

/** Writes and searches the audit log: who read or changed what, when and from where. */
@Service
public class AuditService {

    private final AuditPostRepository poster;
    private final Clock clock;

    AuditService(AuditPostRepository poster, Clock clock) {
        this.poster = poster;
        this.clock = clock;
    }

    /**
     * Writes one row, inside the caller's transaction when there is one, so that a change and its audit row are
     * committed or rolled back together.
     */
    @Transactional(propagation = Propagation.REQUIRED)
    @UtanBehorighetskontroll(varfor = "Auditing must never be refused; login failures are audited before anyone is logged in")
    public void registrera(AuditHandelse handelse) {
        poster.save(new AuditPost(clock.instant(), handelse));
    }

    @PreAuthorize("hasRole('" + Roller.SYSTEMADMINISTRATOR + "')")
    @Transactional(readOnly = true)
    public Stream<AuditRad> sok(AuditFilter filter, Pageable page) {
        Pageable newestFirst = PageRequest.of(page.getPageNumber(), page.getPageSize(),
                Sort.by(Sort.Direction.DESC, "tidpunkt", "id"));
        return poster.findAll(spec(filter), newestFirst).stream().map(AuditPost::rad);
    }

    @PreAuthorize("hasRole('" + Roller.SYSTEMADMINISTRATOR + "')")
    @Transactional(readOnly = true)
    public long rakna(AuditFilter filter) {
        return poster.count(spec(filter));
    }

    private static Specification<AuditPost> spec(AuditFilter f) {
        return (root, query, cb) -> {
            var villkor = cb.conjunction();
            if (f.fran() != null) {
                villkor = cb.and(villkor, cb.greaterThanOrEqualTo(root.get("tidpunkt"), f.fran()));
            }
            if (f.till() != null) {
                villkor = cb.and(villkor, cb.lessThan(root.get("tidpunkt"), f.till()));
            }
            if (f.anvandare() != null && !f.anvandare().isBlank()) {
                villkor = cb.and(villkor, cb.like(cb.lower(root.get("anvandare")),
                        "%" + f.anvandare().trim().toLowerCase(Locale.ROOT) + "%"));
            }
            if (f.atgard() != null) {
                villkor = cb.and(villkor, cb.equal(root.get("atgard"), f.atgard()));
            }
            return villkor;
        };
    }
}
