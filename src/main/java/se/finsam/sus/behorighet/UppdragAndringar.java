package se.finsam.sus.behorighet;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import se.finsam.sus.audit.AuditAtgard;
import se.finsam.sus.audit.AuditHandelse;
import se.finsam.sus.audit.AuditService;

/** Saves uppdrag and audits every change, in the caller's transaction, so that no change goes unaudited. */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class UppdragAndringar {

    private final UppdragRepository uppdrag;
    private final AuditService audit;

    /** Saves a new uppdrag ({@code UPPDRAG_GIVET}) and returns its id. */
    long ge(Uppdrag nytt, String detaljer) {
        Uppdrag sparat = uppdrag.save(nytt);
        logga(AuditAtgard.UPPDRAG_GIVET, sparat, detaljer + " anvandare=" + sparat.getAnvandareId());
        return sparat.getId();
    }

    /** Audits a change to a (managed) uppdrag. */
    void logga(AuditAtgard atgard, Uppdrag u, String detaljer) {
        audit.registrera(AuditHandelse.av(atgard)
                .om("Uppdrag", String.valueOf(u.getId()))
                .med(detaljer));
    }
}
