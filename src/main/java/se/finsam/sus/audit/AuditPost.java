package se.finsam.sus.audit;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import se.finsam.sus.base.Entitet;

/** A written audit row. Rows are only ever inserted. */
@Entity
@Table(name = "audit_post")
class AuditPost extends Entitet {

    private Instant tidpunkt;
    private String anvandare;

    @Enumerated(EnumType.STRING)
    private AuditAtgard atgard;

    private String objekttyp;
    private String objektId;
    private String adress;
    private String detaljer;

    protected AuditPost() {}

    AuditPost(Instant tidpunkt, AuditHandelse h) {
        this.tidpunkt = tidpunkt;
        this.anvandare = begransa(Identitetsmask.maskera(h.anvandare()), 100);
        this.atgard = h.atgard();
        this.objekttyp = begransa(h.objekttyp(), 60);
        this.objektId = begransa(h.objektId(), 60);
        this.adress = begransa(h.adress(), 64);
        this.detaljer = begransa(Identitetsmask.maskera(h.detaljer()), 500);
    }

    private static String begransa(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }

    AuditRad rad() {
        return new AuditRad(getId(), tidpunkt, anvandare, atgard, objekttyp, objektId, adress, detaljer);
    }
}
