package se.finsam.sus.deltagare;

import java.util.List;
import java.util.stream.Stream;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.finsam.sus.audit.AuditAtgard;
import se.finsam.sus.base.ValideringsException;
import se.finsam.sus.deltagare.DeltagarRegler.GiltigInskrivning;
import se.finsam.sus.organisation.InsatsFakta;

/**
 * The participations of an insats and each one from entry to exit: the insats's list (a page at a time, filtered),
 * consented registration, reading one, corrections of entry and exit with their history, and withdrawn consent.
 * Only a deltagaransvarig with an active uppdrag in the insats may do so; every other id gives "not found"
 * ({@link se.finsam.sus.base.HittadesInteException}) and the attempt is audited. Rule violations throw
 * {@link ValideringsException} with an i18n key; a stale {@code version} throws
 * {@link org.springframework.orm.ObjectOptimisticLockingFailureException}.
 *
 * <p>Reads and searches of personal data write an audit row like changes do, in the method's own transaction and
 * together with the change it audits; so no method is read-only ({@link #rakna} writes one only for a count by
 * identity number, which is a search). Lists are scoped in their query ({@code insats_id in} the user's
 * deltagaransvarig insatser). Identity numbers are stored encrypted with a keyed hash for look-up
 * ({@link DeltagarUppgifter}); they never appear in audit details, logs or exception messages, and the correction
 * history masks them.
 */
@Service
@Transactional
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class DeltagandeService {

    private final DeltagarRegister register;
    private final DeltagarRegler regler;
    private final DeltagarUppgifter uppgifter;
    private final DeltagarAtkomst atkomst;

    /** Registers a participation; consent with {@code registrering = true} is required. Returns its id. */
    @PreAuthorize(DeltagarRegister.DELTAGARANSVARIG)
    public long registrera(long insatsId, Inskrivning inskrivning) {
        InsatsFakta insats = register.insatsForDeltagare(insatsId, "registrera");
        DeltagarRegler.individuellInsats(insats);
        GiltigInskrivning g = regler.inskrivning(inskrivning, insats);
        String hash = uppgifter.hash(g.identitet());
        regler.ingenOverlapp(insatsId, hash, -1, g.startdatum(), null);
        Deltagande d = register.spara(uppgifter.ny(insats, g, hash));
        atkomst.logga(AuditAtgard.DELTAGANDE_SKAPAT, DeltagarAtkomst.DELTAGANDE, d.getId(), "insats=" + insatsId);
        return d.getId();
    }

    /**
     * A page of the insats's participations, newest entry first ({@code sida}'s offset and size are used, its sort
     * is not; {@link Pageable#unpaged()} gives all). Audited as a search of the insats; an identity search is
     * marked as such (never with the number).
     */
    @PreAuthorize(DeltagarRegister.DELTAGARANSVARIG)
    public Stream<DeltagandeRad> sok(long insatsId, DeltagandeFilter filter, Pageable sida) {
        DeltagarRegister.Sokning s = register.sokning(insatsId, filter, "sok");
        atkomst.logga(
                AuditAtgard.DELTAGANDE_SOKT,
                DeltagarAtkomst.INSATS,
                insatsId,
                s.beskrivning()
                        + (sida.isPaged() ? " rader=" + sida.getOffset() + "+" + sida.getPageSize() : " alla rader"));
        return register.sok(s, sida).stream();
    }

    /** The number of participations {@link #sok} finds; a count by identity number is audited as a search. */
    @PreAuthorize(DeltagarRegister.DELTAGARANSVARIG)
    public long rakna(long insatsId, DeltagandeFilter filter) {
        DeltagarRegister.Sokning s = register.sokning(insatsId, filter, "rakna");
        if (s.identitetssokning()) {
            atkomst.logga(AuditAtgard.DELTAGANDE_SOKT, DeltagarAtkomst.INSATS, insatsId, s.beskrivning() + " antal");
        }
        return register.rakna(s);
    }

    /** One participation (audited as a read). */
    @PreAuthorize(DeltagarRegister.DELTAGARANSVARIG)
    public DeltagandeDetalj hamta(long deltagandeId) {
        Deltagande d = register.deltagande(deltagandeId, "las");
        atkomst.logga(
                AuditAtgard.DELTAGANDE_LAST, DeltagarAtkomst.DELTAGANDE, deltagandeId, "insats=" + d.getInsatsId());
        return detalj(d);
    }

    /** Corrects the entry; history keeps the old values. */
    @PreAuthorize(DeltagarRegister.DELTAGARANSVARIG)
    public DeltagandeDetalj rattaInskrivning(long deltagandeId, long version, Inskrivning inskrivning) {
        Deltagande d = register.forAndring(deltagandeId, version, "ratta inskrivning");
        GiltigInskrivning g = regler.inskrivning(inskrivning, register.insats(d));
        if (d.getSlutdatum() != null && g.startdatum().isAfter(d.getSlutdatum())) {
            throw new ValideringsException("deltagare.fel.startdatum-efter-slut");
        }
        String hash = uppgifter.hash(g.identitet());
        regler.ingenOverlapp(d.getInsatsId(), hash, deltagandeId, g.startdatum(), d.getSlutdatum());
        List<String> falt = uppgifter.rattaInskrivning(d, g, hash);
        d = register.sparaNu(d);
        atkomst.logga(
                AuditAtgard.DELTAGANDE_ANDRAT,
                DeltagarAtkomst.DELTAGANDE,
                deltagandeId,
                "inskrivning falt=" + String.join(",", falt));
        return detalj(d);
    }

    /** Registers the exit, or corrects an earlier exit (history keeps the old values). */
    @PreAuthorize(DeltagarRegister.DELTAGARANSVARIG)
    public DeltagandeDetalj skrivUt(long deltagandeId, long version, Utskrivning utskrivning) {
        Deltagande d = register.forAndring(deltagandeId, version, "skriv ut");
        regler.utskrivning(utskrivning, d, register.insats(d));
        if (d.getSlutdatum() != null) {
            List<String> falt = uppgifter.rattaUtskrivning(d, utskrivning);
            atkomst.logga(
                    AuditAtgard.DELTAGANDE_ANDRAT,
                    DeltagarAtkomst.DELTAGANDE,
                    deltagandeId,
                    "utskrivning falt=" + String.join(",", falt));
        } else {
            d.utskrivning(
                    utskrivning.slutdatum(),
                    utskrivning.anledning(),
                    utskrivning.forsorjningVidSlut(),
                    utskrivning.arbetssokande());
            atkomst.logga(
                    AuditAtgard.DELTAGANDE_UTSKRIVET,
                    DeltagarAtkomst.DELTAGANDE,
                    deltagandeId,
                    "anledning=" + utskrivning.anledning());
        }
        return detalj(register.sparaNu(d));
    }

    /**
     * Consent withdrawn: the participation is kept only as an anonymous count, in one transaction, audited. Its
     * start year and recorded kön are added to the insats's anonymous counts (a felregistrering is not counted),
     * then the participation and all its child rows (försörjning ticks, consent authorities, correction history)
     * are deleted. Afterwards its id is "not found" like any unknown id. The audit row names only the
     * participation and insats ids.
     */
    @PreAuthorize(DeltagarRegister.DELTAGARANSVARIG)
    public void aterkallaSamtycke(long deltagandeId, long version) {
        Deltagande d = register.forAndring(deltagandeId, version, "aterkalla samtycke");
        long insatsId = d.getInsatsId();
        register.raknaAnonymt(d);
        uppgifter.raderaHistorik(deltagandeId);
        register.radera(d);
        atkomst.logga(AuditAtgard.SAMTYCKE_ATERKALLAT, DeltagarAtkomst.DELTAGANDE, deltagandeId, "insats=" + insatsId);
    }

    /** Every correction of the participation, newest first (audited as a read). */
    @PreAuthorize(DeltagarRegister.DELTAGARANSVARIG)
    public List<Andring> historik(long deltagandeId) {
        register.deltagande(deltagandeId, "historik");
        atkomst.logga(AuditAtgard.DELTAGANDE_LAST, DeltagarAtkomst.DELTAGANDE, deltagandeId, "historik");
        return uppgifter.historik(deltagandeId);
    }

    private DeltagandeDetalj detalj(Deltagande d) {
        return uppgifter.detalj(d, register.insatsNamn(d));
    }
}
