package se.finsam.sus.organisation;

import java.util.List;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.finsam.sus.audit.AuditAtgard;
import se.finsam.sus.base.Roller;
import se.finsam.sus.base.ValideringsException;
import se.finsam.sus.base.VersioneradEntitet;

/**
 * Insatser and their yearly budgets. Insatsansvariga with an uppdrag for the organisation or the insats create
 * and change them; the organisation's samverkansadministratörer and system administrators read them. Any other
 * id gives {@link se.finsam.sus.base.HittadesInteException}, and the attempt is audited.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class InsatsService {

    static final String TYP = "Insats";
    private static final String LASARE = "hasAnyRole('" + Roller.SYSTEMADMINISTRATOR + "','"
            + Roller.SAMVERKANSADMINISTRATOR + "','" + Roller.INSATSANSVARIG + "')";
    private static final String ANDRARE = "hasRole('" + Roller.INSATSANSVARIG + "')";

    private final InsatsRepository insatser;
    private final InsatsbudgetRepository budgetar;
    private final Atkomst atkomst;
    private final List<InsatsKoppling> kopplingar;

    @PreAuthorize(ANDRARE)
    @Transactional
    public long skapa(long organisationId, InsatsUppgifter uppgifter) {
        Samverkansorganisation org = atkomst.organisation(organisationId, atkomst::farSkapaInsats, "skapa insats");
        Insats ny = new Insats(org, uppgifter);
        if (insatser.existsByOrganisationIdAndNamn(organisationId, ny.getNamn())) {
            throw new ValideringsException("insats.fel.namn-finns");
        }
        ny = insatser.save(ny);
        atkomst.logga(AuditAtgard.INSATS_SKAPAD, TYP, ny.getId(), "organisation=" + organisationId);
        return ny.getId();
    }

    /** Saves the changes if nobody else has saved the insats since {@code version} was read. */
    @PreAuthorize(ANDRARE)
    @Transactional
    public InsatsDetalj uppdatera(long id, long version, InsatsUppgifter uppgifter) {
        Insats insats = forAndring(id, "uppdatera");
        insats.kontrolleraVersion(version);
        // The insats's own organisation: the right to change the insats is the right needed.
        Samverkansorganisation org = atkomst.organisation(insats.getOrganisationId(), o -> true, "uppdatera insats");
        insats.andra(org, uppgifter);
        if (insatser.existsByOrganisationIdAndNamnAndIdNot(insats.getOrganisationId(), insats.getNamn(), id)) {
            throw new ValideringsException("insats.fel.namn-finns");
        }
        atkomst.logga(AuditAtgard.INSATS_ANDRAD, TYP, id, null);
        return insatser.saveAndFlush(insats).detalj();
    }

    /** Deletes an insats registered by mistake; refused once it has participants or budget rows. */
    @PreAuthorize(ANDRARE)
    @Transactional
    public void taBort(long id) {
        Insats insats = forAndring(id, "ta bort");
        if (kopplingar.stream().anyMatch(k -> k.harKopplingar(id))) {
            throw new ValideringsException("insats.fel.har-deltagare");
        }
        if (budgetar.existsByInsatsId(id)) {
            throw new ValideringsException("insats.fel.har-budget");
        }
        insatser.delete(insats);
        atkomst.logga(AuditAtgard.INSATS_BORTTAGEN, TYP, id, "organisation=" + insats.getOrganisationId());
    }

    @PreAuthorize(LASARE)
    public InsatsDetalj hamta(long id) {
        return synlig(id).detalj();
    }

    /** May the logged-in user change the insats and its budgets? */
    @PreAuthorize(LASARE)
    public boolean farAndra(long id) {
        return insatser.findById(id)
                .map(i -> atkomst.farAndraInsats(id, i.getOrganisationId()))
                .orElse(false);
    }

    /** The organisation's insatser that the user may see. */
    @PreAuthorize(LASARE)
    public List<InsatsRad> insatserFor(long organisationId) {
        atkomst.organisation(organisationId, atkomst::farLasaOrganisation, "las insatser");
        return insatser.findByOrganisationIdOrderByNamn(organisationId).stream()
                .filter(i -> atkomst.farLasaInsats(i.getId(), organisationId))
                .map(Insats::rad)
                .toList();
    }

    @PreAuthorize(LASARE)
    public List<InsatsbudgetRad> budgetar(long insatsId) {
        synlig(insatsId);
        return budgetar.findByInsatsIdOrderByAr(insatsId).stream()
                .map(Insatsbudget::rad)
                .toList();
    }

    /**
     * Creates the year's budget ({@code version} null) or changes it ({@code version} as read), with the year's
     * other financiers, all or nothing; a concurrent change gives {@link ObjectOptimisticLockingFailureException}.
     * Refused ({@link ValideringsException}): a year outside the insats, a bad amount, a financier without a name or
     * named twice, or other financiers' budget above the year's total budget ({@code budget.fel.ovriga-finansiarer}).
     */
    @PreAuthorize(ANDRARE)
    @Transactional
    public InsatsbudgetRad sparaBudget(long insatsId, Long version, InsatsbudgetUppgifter uppgifter) {
        Insats insats = forAndring(insatsId, "budget");
        int ar = Budgetar.kontrolleraAr(uppgifter.ar());
        if (ar < insats.getStartdatum().getYear()
                || (insats.getSlutdatum() != null && ar > insats.getSlutdatum().getYear())) {
            throw new ValideringsException("budget.fel.ar-utanfor-insats");
        }
        Insatsbudget budget = VersioneradEntitet.hamtaEllerSkapa(
                budgetar.findByInsatsIdAndAr(insatsId, ar), version, () -> new Insatsbudget(insatsId, ar));
        budget.andra(uppgifter);
        budget = budgetar.saveAndFlush(budget);
        atkomst.logga(
                AuditAtgard.INSATSBUDGET_ANDRAD,
                TYP,
                insatsId,
                "ar=" + ar + ", medfinansiarer=" + uppgifter.medfinansiering().size());
        return budget.rad();
    }

    private Insats synlig(long id) {
        return insatser.findById(id)
                .filter(i -> atkomst.farLasaInsats(id, i.getOrganisationId()))
                .orElseThrow(() -> atkomst.nekad(TYP, id, "las"));
    }

    private Insats forAndring(long id, String vad) {
        return insatser.findById(id)
                .filter(i -> atkomst.farAndraInsats(id, i.getOrganisationId()))
                .orElseThrow(() -> atkomst.nekad(TYP, id, vad));
    }
}
