package se.finsam.sus.audit;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import java.io.IOException;
import java.io.Writer;
import java.time.Clock;
import java.util.Locale;
import java.util.stream.Stream;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import se.finsam.sus.base.CsvSkrivare;
import se.finsam.sus.base.HittadesInteException;
import se.finsam.sus.base.Roller;
import se.finsam.sus.base.UtanBehorighetskontroll;

/** Writes and searches the audit log: who read or changed what, when and from where. */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class AuditService {

    private static final int EXPORT_SIDA = 1000;

    private final AuditPostRepository poster;
    private final Clock clock;

    /**
     * Writes one row, inside the caller's transaction when there is one, so that a change and its audit row are
     * committed or rolled back together.
     */
    @Transactional(propagation = Propagation.REQUIRED)
    @UtanBehorighetskontroll(
            varfor = "Auditing must never be refused; login failures are audited before anyone is logged in")
    public void registrera(AuditHandelse handelse) {
        spara(handelse);
    }

    /**
     * Writes one row in a transaction of its own, for refusals: the refusal rolls the caller's transaction back,
     * and its audit row must survive that.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    @UtanBehorighetskontroll(varfor = "Refused attempts are audited whoever makes them")
    public void registreraFristaende(AuditHandelse handelse) {
        spara(handelse);
    }

    /**
     * Audits a refused attempt on a record ({@link AuditAtgard#ATKOMST_NEKAD}, by the current actor, naming the
     * record and what was attempted) and returns the "not found" for the caller to throw. The row is written in a
     * transaction of its own, so it survives the rollback the refusal causes: {@code throw audit.nekad(...)}.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    @UtanBehorighetskontroll(varfor = "Refused attempts are audited whoever makes them")
    public HittadesInteException nekad(String typ, long id, String vad) {
        spara(nekadHandelse(typ, id, vad));
        return new HittadesInteException(typ, id);
    }

    /** As {@link #nekad(String, long, String)}, with the client address the attempt came from. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    @UtanBehorighetskontroll(varfor = "Refused attempts are audited whoever makes them")
    public HittadesInteException nekad(String typ, long id, String vad, String klientadress) {
        spara(nekadHandelse(typ, id, vad).fran(klientadress));
        return new HittadesInteException(typ, id);
    }

    private static AuditHandelse nekadHandelse(String typ, long id, String vad) {
        return AuditHandelse.av(AuditAtgard.ATKOMST_NEKAD)
                .om(typ, String.valueOf(id))
                .med(vad);
    }

    /** Writes the row, with the current actor ({@link Aktor}) when the event names none. */
    private void spara(AuditHandelse handelse) {
        poster.save(new AuditPost(clock.instant(), handelse.medAktor()));
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
     * Writes the rows matching the filter as CSV for a spreadsheet ({@link CsvSkrivare#kalkylblad}: UTF-8 with BOM,
     * {@code ;}-separated, newest first), page by page so that a large log is never held in memory. The export
     * itself is audited.
     */
    @PreAuthorize("hasRole('" + Roller.SYSTEMADMINISTRATOR + "')")
    @Transactional
    public void exporteraCsv(AuditFilter filter, Writer ut) throws IOException {
        registrera(AuditHandelse.av(AuditAtgard.LOGG_EXPORTERAD).med(String.valueOf(filter)));
        CsvSkrivare csv = CsvSkrivare.kalkylblad(ut)
                .bom()
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
            villkor = innehaller(villkor, cb, root.<String>get("anvandare"), f.anvandare());
            villkor = innehaller(villkor, cb, root.<String>get("objekttyp"), f.objekttyp());
            if (f.atgard() != null) {
                villkor = cb.and(villkor, cb.equal(root.get("atgard"), f.atgard()));
            }
            return villkor;
        };
    }

    /** Adds "the field contains the text, ignoring case" to the condition, unless the text is blank. */
    private static Predicate innehaller(Predicate villkor, CriteriaBuilder cb, Path<String> falt, String text) {
        if (text == null || text.isBlank()) {
            return villkor;
        }
        return cb.and(villkor, cb.like(cb.lower(falt), "%" + text.trim().toLowerCase(Locale.ROOT) + "%"));
    }
}
