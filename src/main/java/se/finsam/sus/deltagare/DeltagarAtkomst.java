package se.finsam.sus.deltagare;

import java.util.Set;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import se.finsam.sus.audit.Aktor;
import se.finsam.sus.audit.AuditAtgard;
import se.finsam.sus.audit.AuditHandelse;
import se.finsam.sus.audit.AuditService;
import se.finsam.sus.base.HittadesInteException;
import se.finsam.sus.base.Roll;
import se.finsam.sus.behorighet.BehorighetService;

/**
 * Who may see which participations, and the audit rows about them. Personal data is reachable only for a
 * deltagaransvarig with an active uppdrag in the insats; counts also for an insatsansvarig who may change it.
 * Every audit row names the user, the record by id and the client address, and never an identity number.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class DeltagarAtkomst {

    static final String DELTAGANDE = "Deltagande";
    static final String INSATS = "Insats";

    private final BehorighetService behorighet;
    private final AuditService audit;

    String anvandare() {
        return Aktor.namn();
    }

    /** Insatser whose participations the user may see; part of every list query. */
    Set<Long> synligaInsatser() {
        return behorighet.insatserDar(Roll.DELTAGARANSVARIG);
    }

    boolean farSeDeltagare(long insatsId, long organisationId) {
        return behorighet.farIInsats(Roll.DELTAGARANSVARIG, insatsId, organisationId);
    }

    boolean farRakna(long insatsId, long organisationId) {
        return farSeDeltagare(insatsId, organisationId)
                || behorighet.farIInsats(Roll.INSATSANSVARIG, insatsId, organisationId);
    }

    /** Audits the refusal in its own transaction (it survives the rollback) and returns the "not found". */
    HittadesInteException nekad(String typ, long id, String vad) {
        return audit.nekad(typ, id, vad, klientadress());
    }

    /** An audit row in the caller's transaction. */
    void logga(AuditAtgard atgard, String typ, Long id, String detaljer) {
        audit.registrera(handelse(atgard, typ, id, detaljer));
    }

    private AuditHandelse handelse(AuditAtgard atgard, String typ, Long id, String detaljer) {
        return AuditHandelse.av(anvandare(), atgard)
                .om(typ, id == null ? null : String.valueOf(id))
                .fran(klientadress())
                .med(detaljer);
    }

    /**
     * The address of the current request, or else the one the user logged in from (a Vaadin push connection has
     * no servlet request of its own).
     */
    private static String klientadress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attribut) {
            return attribut.getRequest().getRemoteAddr();
        }
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getDetails() instanceof WebAuthenticationDetails d ? d.getRemoteAddress() : null;
    }
}
