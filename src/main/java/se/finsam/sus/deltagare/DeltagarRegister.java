package se.finsam.sus.deltagare;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;
import se.finsam.sus.base.Roller;
import se.finsam.sus.base.ValideringsException;
import se.finsam.sus.organisation.InsatsFakta;
import se.finsam.sus.organisation.InsatsKoppling;
import se.finsam.sus.organisation.InsatsUppslag;

/**
 * Participations and insatser within the user's scope, for the participant services: the method rules
 * ({@code @PreAuthorize}), look-ups that find an insats or a participation only within the user's uppdrag, the
 * grid queries of an insats's participations (limited to the user's insatser in the query), and the writes of
 * participations. Anything outside the scope is "not found"
 * ({@link se.finsam.sus.base.HittadesInteException}) and the refusal is audited ({@link DeltagarAtkomst#nekad}).
 * Runs in the caller's transaction; audit rows of successful calls are the caller's. It also tells the
 * organisation feature that an insats with participations or anonymous counts cannot be deleted
 * ({@link InsatsKoppling}; called inside its transaction).
 *
 * <p>A record: its components are the collaborators Spring injects (nothing here needs a proxy).
 */
@Component
record DeltagarRegister(
        DeltagarAtkomst atkomst,
        InsatsUppslag insatser,
        DeltagandeRepository deltaganden,
        AnonymtAntalRepository antal,
        DeltagarUppgifter uppgifter,
        EntityManager em)
        implements InsatsKoppling {

    /** Personal data: a logged-in deltagaransvarig. */
    static final String DELTAGARANSVARIG = "hasRole('" + Roller.DELTAGARANSVARIG + "') and " + Roller.INLOGGAD_REGEL;
    /** Anonymous counts: a logged-in deltagaransvarig or insatsansvarig. */
    static final String ANTAL = "hasAnyRole('" + Roller.DELTAGARANSVARIG + "','" + Roller.INSATSANSVARIG + "') and "
            + Roller.INLOGGAD_REGEL;

    /** Insatser where the user holds an active deltagaransvarig uppdrag, by name. */
    List<InsatsFakta> minaInsatser() {
        return insatser.insatser(atkomst.synligaInsatser());
    }

    /** An insats whose participants the user may see and register. */
    InsatsFakta insatsForDeltagare(long insatsId, String vad) {
        return insatser.insats(insatsId)
                .filter(i -> atkomst.farSeDeltagare(insatsId, i.organisationId()))
                .orElseThrow(() -> atkomst.nekad(DeltagarAtkomst.INSATS, insatsId, vad));
    }

    /** An insats whose anonymous counts the user may see and change. */
    InsatsFakta insatsForAntal(long insatsId, String vad) {
        return insatser.insats(insatsId)
                .filter(i -> atkomst.farRakna(insatsId, i.organisationId()))
                .orElseThrow(() -> atkomst.nekad(DeltagarAtkomst.INSATS, insatsId, vad));
    }

    /** A participation the user may see. */
    Deltagande deltagande(long id, String vad) {
        return deltaganden
                .findById(id)
                .filter(d -> atkomst.farSeDeltagare(d.getInsatsId(), d.getOrganisationId()))
                .orElseThrow(() -> atkomst.nekad(DeltagarAtkomst.DELTAGANDE, id, vad));
    }

    /** A participation the user may change, at the version the user read; an anonymised one cannot change. */
    Deltagande forAndring(long id, long version, String vad) {
        Deltagande d = deltagande(id, vad);
        d.kontrolleraVersion(version);
        if (d.isAnonymiserad()) {
            throw new ValideringsException("deltagare.fel.anonymiserad");
        }
        return d;
    }

    /** The insats of a participation already found within scope. */
    InsatsFakta insats(Deltagande d) {
        return insatser.insats(d.getInsatsId()).orElseThrow();
    }

    /** The name of a participation's insats (null if it were gone). */
    String insatsNamn(Deltagande d) {
        return insatser.insats(d.getInsatsId()).map(InsatsFakta::namn).orElse(null);
    }

    /**
     * The person's participations in the user's insatser (none without any), newest entry first; {@code hash} is
     * the identity number's keyed hash.
     */
    List<Deltagande> forPerson(String hash) {
        Set<Long> synliga = atkomst.synligaInsatser();
        return synliga.isEmpty() ? List.of() : deltaganden.forPerson(hash, synliga);
    }

    /** A grid query of an insats's participations, and how its audit row describes it (never the number). */
    record Sokning(String villkor, Map<String, Object> parametrar, boolean identitetssokning, String beskrivning) {}

    /**
     * The WHERE clause of a grid query: always limited to the user's insatser. An insats outside them is refused
     * here (an insats-level uppdrag is the only way a deltagaransvarig reaches an insats, so one look-up of the
     * user's insatser decides both the scope check and the query).
     */
    Sokning sokning(long insatsId, DeltagandeFilter filter, String vad) {
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

    /** A page of what the query finds, newest entry first ({@code sida}'s sort is not used). */
    List<DeltagandeRad> sok(Sokning s, Pageable sida) {
        // Only the grid's columns, not managed entities: nothing to hydrate, no entity listener, nothing for the
        // commit's dirty check (issue 14).
        TypedQuery<DeltagandeRadvarden> q = em.createQuery(
                "select new se.finsam.sus.deltagare.DeltagandeRadvarden(d.id, d.insatsId,"
                        + " d.identitetKrypterad, d.identitetHash, d.profil.kon, d.profil.aldersgrupp, d.startdatum,"
                        + " d.slutdatum, d.avslutsanledning) from Deltagande d where " + s.villkor()
                        + " order by d.startdatum desc, d.id desc",
                DeltagandeRadvarden.class);
        s.parametrar().forEach(q::setParameter);
        if (sida.isPaged()) {
            q.setFirstResult(Math.toIntExact(sida.getOffset()));
            q.setMaxResults(sida.getPageSize());
        }
        return q.getResultList().stream().map(uppgifter::rad).toList();
    }

    long rakna(Sokning s) {
        TypedQuery<Long> q = em.createQuery("select count(d) from Deltagande d where " + s.villkor(), Long.class);
        s.parametrar().forEach(q::setParameter);
        return q.getSingleResult();
    }

    Deltagande spara(Deltagande d) {
        return deltaganden.save(d);
    }

    /** Saves and flushes, so that a stale version fails here rather than at commit. */
    Deltagande sparaNu(Deltagande d) {
        return deltaganden.saveAndFlush(d);
    }

    /**
     * The one way a participation leaves the register (withdrawn consent, and the gallring after the retention
     * period): it is added to its insats's anonymous counts ({@link #raknaAnonymt}), then its correction history
     * and the participation with its försörjning ticks and consent authorities are deleted, in the caller's
     * transaction. The delete is conditioned on the version read, so a participation that someone else removed
     * meanwhile fails the transaction (and its count rolls back with it) instead of being counted twice.
     */
    void anonymisera(Deltagande d) {
        raknaAnonymt(d);
        uppgifter.raderaHistorik(d.getId());
        radera(d);
    }

    /**
     * Adds a participation whose consent is withdrawn to its insats's anonymous counts (its start year and kön); a
     * felregistrering never took place and is not counted.
     */
    private void raknaAnonymt(Deltagande d) {
        if (d.getAvslutsanledning() == Avslutsanledning.FELREGISTRERING) {
            return;
        }
        long insatsId = d.getInsatsId();
        int ar = d.getStartdatum().getYear();
        AnonymtAntal post = antal.findByInsatsIdAndAr(insatsId, ar).orElseGet(() -> new AnonymtAntal(insatsId, ar));
        post.raknaIn(d.profil().kon());
        antal.save(post);
    }

    /** Deletes the participation with its försörjning ticks and consent authorities, at once. */
    private void radera(Deltagande d) {
        deltaganden.delete(d);
        deltaganden.flush();
    }

    @Override
    public boolean harKopplingar(long insatsId) {
        return deltaganden.existsByInsatsId(insatsId) || antal.existsByInsatsId(insatsId);
    }
}
