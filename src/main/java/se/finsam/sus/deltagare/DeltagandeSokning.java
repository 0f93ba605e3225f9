package se.finsam.sus.deltagare;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.finsam.sus.audit.AuditAtgard;

/**
 * The participations of one insats, a page at a time, for a deltagaransvarig with an uppdrag in it: the query is
 * limited to the user's insatser ({@code insats_id in} them), and any other insats is "not found" and audited.
 * Listing a page writes an audit row (a search of personal data), so the transactions are read-write; so does a
 * count by identity number, which is a search too.
 */
@Service
@Transactional
public class DeltagandeSokning {

    private final DeltagarAtkomst atkomst;
    private final DeltagarUppgifter uppgifter;
    private final EntityManager em;

    DeltagandeSokning(DeltagarAtkomst atkomst, DeltagarUppgifter uppgifter, EntityManager em) {
        this.atkomst = atkomst;
        this.uppgifter = uppgifter;
        this.em = em;
    }

    /**
     * A page of the insats's participations, newest entry first ({@code sida}'s offset and size are used, its sort
     * is not; {@link Pageable#unpaged()} gives all). Audited as a search of the insats; an identity search is
     * marked as such (never with the number).
     */
    @PreAuthorize(DeltagarRegister.DELTAGARANSVARIG)
    public Stream<DeltagandeRad> sok(long insatsId, DeltagandeFilter filter, Pageable sida) {
        Sokning s = sokning(insatsId, filter, "sok");
        atkomst.logga(
                AuditAtgard.DELTAGANDE_SOKT,
                DeltagarAtkomst.INSATS,
                insatsId,
                s.beskrivning()
                        + (sida.isPaged() ? " rader=" + sida.getOffset() + "+" + sida.getPageSize() : " alla rader"));
        TypedQuery<Deltagande> q = em.createQuery(
                "select d from Deltagande d where " + s.villkor() + " order by d.startdatum desc, d.id desc",
                Deltagande.class);
        s.parametrar().forEach(q::setParameter);
        if (sida.isPaged()) {
            q.setFirstResult(Math.toIntExact(sida.getOffset()));
            q.setMaxResults(sida.getPageSize());
        }
        return q.getResultList().stream().map(uppgifter::rad).toList().stream();
    }

    /** The number of participations {@link #sok} finds; a count by identity number is audited as a search. */
    @PreAuthorize(DeltagarRegister.DELTAGARANSVARIG)
    public long rakna(long insatsId, DeltagandeFilter filter) {
        Sokning s = sokning(insatsId, filter, "rakna");
        if (s.identitetssokning()) {
            atkomst.logga(AuditAtgard.DELTAGANDE_SOKT, DeltagarAtkomst.INSATS, insatsId, s.beskrivning() + " antal");
        }
        TypedQuery<Long> q = em.createQuery("select count(d) from Deltagande d where " + s.villkor(), Long.class);
        s.parametrar().forEach(q::setParameter);
        return q.getSingleResult();
    }

    private record Sokning(
            String villkor, Map<String, Object> parametrar, boolean identitetssokning, String beskrivning) {}

    /**
     * The WHERE clause of a grid query: always limited to the user's insatser. An insats outside them is refused
     * here (an insats-level uppdrag is the only way a deltagaransvarig reaches an insats, so one look-up of the
     * user's insatser decides both the scope check and the query).
     */
    private Sokning sokning(long insatsId, DeltagandeFilter filter, String vad) {
        Set<Long> synliga = atkomst.synligaInsatser();
        if (!synliga.contains(insatsId)) {
            throw atkomst.nekad(DeltagarAtkomst.INSATS, insatsId, vad);
        }
        DeltagandeFilter f = filter == null ? DeltagandeFilter.alla() : filter;
        StringBuilder villkor = new StringBuilder("d.insatsId = :insats and d.insatsId in :synliga");
        Map<String, Object> parametrar = new LinkedHashMap<>();
        parametrar.put("insats", insatsId);
        parametrar.put("synliga", synliga);
        DeltagandeFilter.Status status = f.status() == null ? DeltagandeFilter.Status.ALLA : f.status();
        if (status == DeltagandeFilter.Status.AKTIVA) {
            villkor.append(" and d.slutdatum is null");
        } else if (status == DeltagandeFilter.Status.AVSLUTADE) {
            villkor.append(" and d.slutdatum is not null");
        }
        boolean identitet =
                f.identitetsnummer() != null && !f.identitetsnummer().isBlank();
        if (identitet) {
            villkor.append(" and d.identitetHash = :hash");
            parametrar.put("hash", uppgifter.hash(f.identitetsnummer()));
        }
        return new Sokning(
                villkor.toString(),
                parametrar,
                identitet,
                "status=" + status + (identitet ? " identitetssokning" : ""));
    }
}
