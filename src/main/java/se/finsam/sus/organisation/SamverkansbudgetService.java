package se.finsam.sus.organisation;

import java.util.List;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.finsam.sus.audit.AuditAtgard;
import se.finsam.sus.base.VersioneradEntitet;

/**
 * A samverkansorganisation's yearly samverkansbudget, with what remains after förvaltning and the year's
 * insatsbudgetar. Read by whoever may read the organisation, changed by whoever may change it; any other id gives
 * {@link se.finsam.sus.base.HittadesInteException}, and the attempt is audited.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class SamverkansbudgetService {

    private final SamverkansbudgetRepository budgetar;
    private final InsatsbudgetRepository insatsbudgetar;
    private final Atkomst atkomst;

    @PreAuthorize(OrganisationService.LASARE)
    public List<SamverkansbudgetRad> samverkansbudgetar(long organisationId) {
        atkomst.organisation(organisationId, atkomst::farLasaOrganisation, "las");
        return budgetar.findByOrganisationIdOrderByAr(organisationId).stream()
                .map(b -> b.rad(insatsbudgetar.insatsernasBudget(organisationId, b.getAr())))
                .toList();
    }

    /**
     * Creates the year's budget ({@code version} null) or changes it ({@code version} as read); a concurrent change
     * gives {@link ObjectOptimisticLockingFailureException}.
     */
    @PreAuthorize(OrganisationService.ANDRARE)
    @Transactional
    public SamverkansbudgetRad sparaSamverkansbudget(
            long organisationId, Long version, SamverkansbudgetUppgifter uppgifter) {
        atkomst.organisation(organisationId, atkomst::farAndraOrganisation, "samverkansbudget");
        int ar = Budgetar.kontrolleraAr(uppgifter.ar());
        Samverkansbudget budget = VersioneradEntitet.hamtaEllerSkapa(
                budgetar.findByOrganisationIdAndAr(organisationId, ar),
                version,
                () -> new Samverkansbudget(organisationId, ar));
        budget.andra(uppgifter);
        budget = budgetar.saveAndFlush(budget);
        atkomst.logga(AuditAtgard.SAMVERKANSBUDGET_ANDRAD, OrganisationService.TYP, organisationId, "ar=" + ar);
        return budget.rad(insatsbudgetar.insatsernasBudget(organisationId, ar));
    }
}
