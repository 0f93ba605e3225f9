package se.finsam.sus.audit;

import java.io.IOException;
import java.io.Writer;
import java.time.Clock;
import java.util.Locale;
import java.util.stream.Stream;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import se.finsam.sus.base.CsvSkrivare;
import se.finsam.sus.base.Roller;
import se.finsam.sus.base.UtanBehorighetskontroll;

/** Writes and searches the audit log: who read or changed what, when and from where. */
@Service
public class AuditService {

    private static final int EXPORT_SIDA = 1000;

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
    @UtanBehorighetskontroll(
            varfor = "Auditing must never be refused; login failures are audited before anyone is logged in")
    public void registrera(AuditHandelse handelse) {
        poster.save(new AuditPost(clock.instant(), handelse));
    }

    /**
     * Writes one row in a transaction of its own, for refusals: the refusal rolls the caller's transaction back,
     * and its audit row must survive that.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    @UtanBehorighetskontroll(varfor = "Refused attempts are audited whoever makes them")
    public void registreraFristaende(AuditHandelse handelse) {
        poster.save(new AuditPost(clock.instant(), handelse));
    }

    @PreAuthorize("hasRole('" + Roller.SYSTEMADMINISTRATOR + "')")
    @Transactional(readOnly = true)
    public Stream<AuditRad> sok(AuditFilter filter, Pageable page) {
        Pageable newestFirst = PageRequest.of(
                page.getPageNumber(), page.getPageSize(), Sort.by(Sort.Direction.DESC, "tidpunkt", "id"));
        return poster.findAll(spec(filter), newestFirst).stream().map(AuditPost::rad);
    }

    @PreAuthorize("hasRole('" + Roller.SYSTEMADMINISTRATOR + "')")
    @Transactional(readOnly = true)
    public long rakna(AuditFilter filter) {
        return poster.count(spec(filter));
    }

    /**
     * Writes the rows matching the filter as CSV (UTF-8, {@code ;}-separated, newest first), page by page so that
     * a large log is never held in memory. The export itself is audited.
     */
    @PreAuthorize("hasRole('" + Roller.SYSTEMADMINISTRATOR + "')")
    @Transactional
    public void exporteraCsv(AuditFilter filter, Writer ut) throws IOException {
        registrera(AuditHandelse.av(
                        SecurityContextHolder.getContext().getAuthentication().getName(), AuditAtgard.LOGG_EXPORTERAD)
                .med(String.valueOf(filter)));
        CsvSkrivare csv = new CsvSkrivare(ut, CsvSkrivare.LF)
                .rad("tidpunkt", "anvandare", "atgard", "objekttyp", "objekt_id", "adress", "detaljer");
        Pageable sida = PageRequest.of(0, EXPORT_SIDA, Sort.by(Sort.Direction.DESC, "tidpunkt", "id"));
        Slice<AuditPost> rader;
        do {
            rader = poster.findAll(spec(filter), sida);
            for (AuditPost post : rader) {
                AuditRad r = post.rad();
                csv.rad(r.tidpunkt(), r.anvandare(), r.atgard(), r.objekttyp(), r.objektId(), r.adress(), r.detaljer());
            }
            sida = rader.nextPageable();
        } while (rader.hasNext());
        csv.flush();
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
                villkor = cb.and(
                        villkor,
                        cb.like(
                                cb.lower(root.get("anvandare")),
                                "%" + f.anvandare().trim().toLowerCase(Locale.ROOT) + "%"));
            }
            if (f.objekttyp() != null && !f.objekttyp().isBlank()) {
                villkor = cb.and(
                        villkor,
                        cb.like(
                                cb.lower(root.get("objekttyp")),
                                "%" + f.objekttyp().trim().toLowerCase(Locale.ROOT) + "%"));
            }
            if (f.atgard() != null) {
                villkor = cb.and(villkor, cb.equal(root.get("atgard"), f.atgard()));
            }
            return villkor;
        };
    }
}
