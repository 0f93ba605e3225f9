package se.finsam.sus.audit;

/**
 * One audit row to write: who did what, to which record, from which address. Never holds an identity
 * number or other personal data in clear text: records are named by their ids.
 */
public record AuditHandelse(
        String anvandare, AuditAtgard atgard, String objekttyp, String objektId, String adress, String detaljer) {

    public static AuditHandelse av(String anvandare, AuditAtgard atgard) {
        return new AuditHandelse(anvandare, atgard, null, null, null, null);
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
