package se.finsam.sus.organisation;

import java.util.HashSet;
import java.util.Set;
import java.util.function.LongPredicate;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import se.finsam.sus.audit.Aktor;
import se.finsam.sus.audit.AuditAtgard;
import se.finsam.sus.audit.AuditHandelse;
import se.finsam.sus.audit.AuditService;
import se.finsam.sus.base.HittadesInteException;
import se.finsam.sus.base.Roll;
import se.finsam.sus.behorighet.BehorighetService;

/**
 * Data scope for organisations and insatser, decided from the user's roles and active uppdrag. A refused access
 * is audited in its own transaction ({@link AuditService#nekad}), so that the audit row survives
 * the rollback the refusal causes.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class Atkomst {

    private final BehorighetService behorighet;
    private final AuditService audit;
    private final SamverkansorganisationRepository organisationer;

    String anvandare() {
        return Aktor.namn();
    }

    boolean arSystemadministrator() {
        return behorighet.harRoll(Roll.SYSTEMADMINISTRATOR);
    }

    /** Organisations the user may read; null means all (system administrator). */
    Set<Long> synligaOrganisationer() {
        if (arSystemadministrator()) {
            return null;
        }
        Set<Long> ids = new HashSet<>(behorighet.organisationerDar(Roll.SAMVERKANSADMINISTRATOR));
        ids.addAll(behorighet.organisationerDar(Roll.INSATSANSVARIG));
        Set<Long> insatser = behorighet.insatserDar(Roll.INSATSANSVARIG);
        if (!insatser.isEmpty()) {
            ids.addAll(organisationer.organisationerFor(insatser));
        }
        return ids;
    }

    boolean farLasaOrganisation(long organisationId) {
        Set<Long> synliga = synligaOrganisationer();
        return synliga == null || synliga.contains(organisationId);
    }

    boolean farAndraOrganisation(long organisationId) {
        return arSystemadministrator() || behorighet.farIOrganisation(Roll.SAMVERKANSADMINISTRATOR, organisationId);
    }

    boolean farSkapaInsats(long organisationId) {
        return behorighet.farIOrganisation(Roll.INSATSANSVARIG, organisationId);
    }

    boolean farLasaInsats(long insatsId, long organisationId) {
        return arSystemadministrator()
                || behorighet.farIOrganisation(Roll.SAMVERKANSADMINISTRATOR, organisationId)
                || behorighet.farIInsats(Roll.INSATSANSVARIG, insatsId, organisationId);
    }

    boolean farAndraInsats(long insatsId, long organisationId) {
        return behorighet.farIInsats(Roll.INSATSANSVARIG, insatsId, organisationId);
    }

    /**
     * The organisation when the user may do {@code vad} with it ({@code far}, e.g. {@code this::farAndraOrganisation});
     * otherwise the refusal is audited and "not found" thrown, as for an id that does not exist.
     */
    Samverkansorganisation organisation(long id, LongPredicate far, String vad) {
        return organisationer
                .findById(id)
                .filter(o -> far.test(id))
                .orElseThrow(() -> nekad(OrganisationService.TYP, id, vad));
    }

    /** Audits the refusal and returns the "not found" to throw. */
    HittadesInteException nekad(String typ, long id, String vad) {
        return audit.nekad(typ, id, vad);
    }

    void logga(AuditAtgard atgard, String typ, long id, String detaljer) {
        audit.registrera(AuditHandelse.av(anvandare(), atgard)
                .om(typ, String.valueOf(id))
                .med(detaljer));
    }
}
