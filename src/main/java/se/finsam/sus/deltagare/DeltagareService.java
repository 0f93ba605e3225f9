package se.finsam.sus.deltagare;

import java.util.List;
import java.util.stream.Stream;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import se.finsam.sus.base.Roller;

/**
 * Participants: consented registration, exit, corrections with history, withdrawn consent, anonymous counts. Only
 * a deltagaransvarig with an active uppdrag in the insats may register or see personal data; every other id gives
 * "not found" ({@link se.finsam.sus.base.HittadesInteException}) and the attempt is audited. Every search, view,
 * creation, change and deletion of a participation writes an audit row in the same transaction. Rule violations
 * throw {@link se.finsam.sus.base.ValideringsException} with an i18n key; a stale {@code version} throws
 * {@link org.springframework.orm.ObjectOptimisticLockingFailureException}.
 *
 * <p>API CONTRACT (coordinator): signatures fixed so that the views can be written in parallel; the backend
 * helper implements the bodies.
 */
@Service
public class DeltagareService {

    static final String DELTAGARANSVARIG = "hasRole('" + Roller.DELTAGARANSVARIG + "') and " + Roller.INLOGGAD_REGEL;
    static final String ANTAL = "hasAnyRole('" + Roller.DELTAGARANSVARIG + "','" + Roller.INSATSANSVARIG + "') and "
            + Roller.INLOGGAD_REGEL;

    /** Insatser where the user holds an active deltagaransvarig uppdrag, by name. */
    @PreAuthorize(DELTAGARANSVARIG)
    public List<InsatsForDeltagare> minaInsatser() {
        throw new UnsupportedOperationException("not implemented yet");
    }

    /** One insats the user may register participants in (or count participants of). */
    @PreAuthorize(ANTAL)
    public InsatsForDeltagare insats(long insatsId) {
        throw new UnsupportedOperationException("not implemented yet");
    }

    /** Registers a participation; consent with {@code registrering = true} is required. Returns its id. */
    @PreAuthorize(DELTAGARANSVARIG)
    public long registrera(long insatsId, Inskrivning inskrivning) {
        throw new UnsupportedOperationException("not implemented yet");
    }

    /** One participation (audited as a read). */
    @PreAuthorize(DELTAGARANSVARIG)
    public DeltagandeDetalj hamta(long deltagandeId) {
        throw new UnsupportedOperationException("not implemented yet");
    }

    /** A page of the insats's participations, newest entry first (audited; an identity search is audited as such). */
    @PreAuthorize(DELTAGARANSVARIG)
    public Stream<DeltagandeRad> sok(long insatsId, DeltagandeFilter filter, Pageable sida) {
        throw new UnsupportedOperationException("not implemented yet");
    }

    @PreAuthorize(DELTAGARANSVARIG)
    public long rakna(long insatsId, DeltagandeFilter filter) {
        throw new UnsupportedOperationException("not implemented yet");
    }

    /** All the person's participations in insatser where the user holds an uppdrag (audited as a search). */
    @PreAuthorize(DELTAGARANSVARIG)
    public List<DeltagandeRad> forPerson(String identitetsnummer) {
        throw new UnsupportedOperationException("not implemented yet");
    }

    /** Corrects the entry; history keeps the old values. */
    @PreAuthorize(DELTAGARANSVARIG)
    public DeltagandeDetalj rattaInskrivning(long deltagandeId, long version, Inskrivning inskrivning) {
        throw new UnsupportedOperationException("not implemented yet");
    }

    /** Registers the exit, or corrects an earlier exit (history keeps the old values). */
    @PreAuthorize(DELTAGARANSVARIG)
    public DeltagandeDetalj skrivUt(long deltagandeId, long version, Utskrivning utskrivning) {
        throw new UnsupportedOperationException("not implemented yet");
    }

    /**
     * Consent withdrawn: the identity is removed and the participation kept only as an anonymous count, in one
     * transaction, audited.
     */
    @PreAuthorize(DELTAGARANSVARIG)
    public DeltagandeDetalj aterkallaSamtycke(long deltagandeId, long version) {
        throw new UnsupportedOperationException("not implemented yet");
    }

    /** Every correction of the participation, newest first. */
    @PreAuthorize(DELTAGARANSVARIG)
    public List<Andring> historik(long deltagandeId) {
        throw new UnsupportedOperationException("not implemented yet");
    }

    /** The insats's anonymous counts per year, newest first. */
    @PreAuthorize(ANTAL)
    public List<DeltagarAntal> antal(long insatsId) {
        throw new UnsupportedOperationException("not implemented yet");
    }

    /** Saves one year's anonymous counts ({@code antal.version()} null for a new year). */
    @PreAuthorize(ANTAL)
    public DeltagarAntal sparaAntal(DeltagarAntal antal) {
        throw new UnsupportedOperationException("not implemented yet");
    }
}
