package se.finsam.sus.audit;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import se.finsam.sus.base.KrypteradKolumn;
import se.finsam.sus.base.Radbindningslogg;

/** Audits the start-up binding of a column's encrypted values to their rows: the column and the count, no values. */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class RadbindningAudit implements Radbindningslogg {

    private final AuditService audit;

    @Override
    public void bunden(KrypteradKolumn kolumn, long antal) {
        audit.registrera(AuditHandelse.av(Aktor.SYSTEM, AuditAtgard.KRYPTERING_RADBUNDEN)
                .om("Kolumn", kolumn.toString())
                .med("omkrypterade=" + antal));
    }
}
