package se.finsam.sus.audit;

/**
 * One audit row to write: who did what, to which record, from which address. Never holds an identity
 * number or other personal data in clear text: records are named by their ids.
 */
public record AuditHandelse(
        String anvandare, AuditAtgard atgard, String objekttyp, String objektId, String adress, String detaljer) {

    /**
     * An event by the current actor: {@link AuditService} fills in {@link Aktor#namn()} when it writes the row.
     */
    public static AuditHandelse av(AuditAtgard atgard) {
        return av(null, atgard);
    }

    /**
     * An event by a named actor, for events whose actor is not (yet) the authenticated user, such as login
     * attempts: the name comes from the login event.
     */
    public static AuditHandelse av(String anvandare, AuditAtgard atgard) {
        return new AuditHandelse(anvandare, atgard, null, null, null, null);
    }

    /** The same event with the actor filled in when none was given. */
    AuditHandelse medAktor() {
        return anvandare != null
                ? this
                : new AuditHandelse(Aktor.namn(), atgard, objekttyp, objektId, adress, detaljer);
    }

    public AuditHandelse om(String typ, String id) {
        return new AuditHandelse(anvandare, atgard, typ, id, adress, detaljer);
    }

    public AuditHandelse fran(String klientadress) {
        return new AuditHandelse(anvandare, atgard, objekttyp, objektId, klientadress, detaljer);
    }

    public AuditHandelse med(String text) {
        return new AuditHandelse(anvandare, atgard, objekttyp, objektId, adress, text);
    }
}
