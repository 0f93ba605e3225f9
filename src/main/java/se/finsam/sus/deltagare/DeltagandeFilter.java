package se.finsam.sus.deltagare;

/** Filter for an insats's participations: status, and an identity number in any common form (null or blank: all). */
public record DeltagandeFilter(Status status, String identitetsnummer) {

    public enum Status {
        ALLA,
        AKTIVA,
        AVSLUTADE
    }

    public static DeltagandeFilter alla() {
        return new DeltagandeFilter(Status.ALLA, null);
    }

    /** Never the searched identity number. */
    @Override
    public String toString() {
        return "DeltagandeFilter[status=" + status + ", identitetsnummer=" + (identitetsnummer == null ? null : "****")
                + "]";
    }
}
