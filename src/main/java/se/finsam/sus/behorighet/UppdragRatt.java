package se.finsam.sus.behorighet;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import se.finsam.sus.audit.AuditService;
import se.finsam.sus.base.HittadesInteException;
import se.finsam.sus.base.Roll;

/**
 * Who may see, give and change which uppdrag: a system administrator any; a samverkansadministratör insatsansvariga
 * and rapportläsare in their own organisation; an insatsansvarig deltagaransvariga (and insatsansvariga) in their
 * insatser. A refusal is audited ({@link AuditService#nekad}) and answered with "not found".
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class UppdragRatt {

    private final BehorighetService behorighet;
    private final InsatsOrganisation insatsOrganisation;
    private final UppdragRepository uppdrag;
    private final AuditService audit;

    /**
     * Whether the caller acts as system administrator: a logged-in one, or start-up work run as the system
     * ({@code base.SomSystem}), which holds the role's authority but no logged-in user. The same test as the
     * services' {@code hasRole} rules.
     */
    static boolean arSystemadministrator() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null
                && auth.getAuthorities().stream()
                        .anyMatch(a -> Roll.SYSTEMADMINISTRATOR.authority().equals(a.getAuthority()));
    }

    boolean farSeOrganisationens(long organisationId) {
        return arSystemadministrator()
                || behorighet.farIOrganisation(Roll.SAMVERKANSADMINISTRATOR, organisationId)
                || behorighet.farIOrganisation(Roll.INSATSANSVARIG, organisationId);
    }

    boolean farSeInsatsens(long insatsId) {
        return insatsOrganisation
                .organisationFor(insatsId)
                .map(organisationId -> arSystemadministrator()
                        || behorighet.farIOrganisation(Roll.SAMVERKANSADMINISTRATOR, organisationId)
                        || behorighet.farIInsats(Roll.INSATSANSVARIG, insatsId, organisationId))
                .orElse(false);
    }

    /** Whether the caller may give (and change) an uppdrag with {@code roll} on the organisation. */
    boolean farGeIOrganisation(Roll roll, long organisationId) {
        return arSystemadministrator()
                || ((roll == Roll.INSATSANSVARIG || roll == Roll.RAPPORTLASARE)
                        && behorighet.farIOrganisation(Roll.SAMVERKANSADMINISTRATOR, organisationId));
    }

    /** Whether the caller may give (and change) an uppdrag with {@code roll} on the insats of the organisation. */
    boolean farGeIInsats(Roll roll, long insatsId, long organisationId) {
        return arSystemadministrator()
                || (roll == Roll.INSATSANSVARIG
                        && behorighet.farIOrganisation(Roll.SAMVERKANSADMINISTRATOR, organisationId))
                || (roll == Roll.DELTAGARANSVARIG
                        && behorighet.farIInsats(Roll.INSATSANSVARIG, insatsId, organisationId));
    }

    /**
     * Whether the caller may change (renew, end, appoint a deputy for) the uppdrag: the one rule {@link #hamta}
     * enforces and the pages ask before they offer the buttons. Not audited: a question, not an attempt.
     */
    boolean farAndra(UppdragInfo info) {
        return switch (info.omfattning()) {
            case INSATS ->
                insatsOrganisation
                        .organisationFor(info.insatsId())
                        .map(organisationId -> farGeIInsats(info.roll(), info.insatsId(), organisationId))
                        .orElse(false);
            case ORGANISATION -> farGeIOrganisation(info.roll(), info.organisationId());
            default -> arSystemadministrator();
        };
    }

    /** Refuses (audited) unless the caller may give {@code roll} on the organisation. */
    void kravIOrganisation(Roll roll, long organisationId) {
        if (!farGeIOrganisation(roll, organisationId)) {
            throw nekad("Samverkansorganisation", organisationId);
        }
    }

    /** Refuses (audited) unless the caller may give {@code roll} on the insats; returns its organisation. */
    long kravIInsats(Roll roll, long insatsId) {
        long organisationId = insatsOrganisation.organisationFor(insatsId).orElseThrow(() -> nekad("Insats", insatsId));
        if (!farGeIInsats(roll, insatsId, organisationId)) {
            throw nekad("Insats", insatsId);
        }
        return organisationId;
    }

    /** The uppdrag, if the caller may change it ({@link #farAndra}); else one refusal, naming the uppdrag. */
    Uppdrag hamta(long uppdragId) {
        Uppdrag u = uppdrag.findById(uppdragId).orElseThrow(() -> nekad("Uppdrag", uppdragId));
        if (!farAndra(u.info())) {
            throw nekad("Uppdrag", uppdragId);
        }
        return u;
    }

    HittadesInteException nekad(String typ, long id) {
        return audit.nekad(typ, id, "uppdrag");
    }
}
