package se.finsam.sus.deltagare;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.finsam.sus.audit.AuditAtgard;
import se.finsam.sus.base.ValideringsException;
import se.finsam.sus.base.VersioneradEntitet;
import se.finsam.sus.organisation.Inriktning;
import se.finsam.sus.organisation.InsatsFakta;

/**
 * An insats as a deltagaransvarig or insatsansvarig of it sees it, and its anonymous participant counts per year
 * (participants without consent or with skyddad identitet, and participations whose consent was withdrawn). Any
 * other insats is "not found" and the attempt is audited (in a transaction of its own). Reading is a read-only
 * transaction (neither the insats nor counts are personal data, so no audit row); every change of the counts writes
 * its audit row in the same transaction. A stale {@code version} throws
 * {@link org.springframework.orm.ObjectOptimisticLockingFailureException}.
 */
@Service
@Transactional
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class DeltagarAntalService {

    private final AnonymtAntalRepository antalRepository;
    private final DeltagarRegister register;
    private final DeltagarAtkomst atkomst;
    private final Clock clock;

    /**
     * One insats the user may register participants in (or count participants of); {@link InsatsFakta#individuell()}
     * false for count-only insatser.
     */
    @PreAuthorize(DeltagarRegister.ANTAL)
    @Transactional(readOnly = true)
    public InsatsFakta insats(long insatsId) {
        return register.insatsForAntal(insatsId, "las insats");
    }

    /** The insats's anonymous counts per year, newest first. */
    @PreAuthorize(DeltagarRegister.ANTAL)
    @Transactional(readOnly = true)
    public List<DeltagarAntal> antal(long insatsId) {
        register.insatsForAntal(insatsId, "las antal");
        return antalRepository.findByInsatsIdOrderByArDesc(insatsId).stream()
                .map(AnonymtAntal::antal)
                .toList();
    }

    /**
     * Saves one year's anonymous counts ({@code antal.version()} null for a new year). The year must lie within
     * the insats's period and not in the future; counts are at least 0. A stale or missing version is a conflict.
     */
    @PreAuthorize(DeltagarRegister.ANTAL)
    public DeltagarAntal sparaAntal(DeltagarAntal antal) {
        long insatsId = antal.insatsId();
        InsatsFakta insats = register.insatsForAntal(insatsId, "spara antal");
        if (insats.inriktning() != Inriktning.INDIVIDINRIKTAD) {
            throw new ValideringsException("deltagare.fel.insats-ej-individinriktad");
        }
        int ar = antal.ar();
        if (ar < insats.startdatum().getYear()
                || ar > LocalDate.now(clock).getYear()
                || (insats.slutdatum() != null && ar > insats.slutdatum().getYear())) {
            throw new ValideringsException("deltagare.fel.antal-ar");
        }
        if (antal.kvinnor() < 0 || antal.man() < 0 || antal.ovriga() < 0) {
            throw new ValideringsException("deltagare.fel.antal-negativ");
        }
        AnonymtAntal post = VersioneradEntitet.hamtaEllerSkapa(
                antalRepository.findByInsatsIdAndAr(insatsId, ar),
                antal.version(),
                () -> new AnonymtAntal(insatsId, ar));
        post.satt(antal.kvinnor(), antal.man(), antal.ovriga());
        post = antalRepository.saveAndFlush(post);
        atkomst.logga(
                AuditAtgard.DELTAGARANTAL_ANDRAT,
                DeltagarAtkomst.INSATS,
                insatsId,
                "ar=" + ar + " kvinnor=" + antal.kvinnor() + " man=" + antal.man() + " ovriga=" + antal.ovriga());
        return post.antal();
    }
}
