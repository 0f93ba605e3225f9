package se.finsam.sus.base;

/** The five roles of SUS ({@link Roller} has the same names as constants for annotations). */
public enum Roll {
    SYSTEMADMINISTRATOR,
    SAMVERKANSADMINISTRATOR,
    INSATSANSVARIG,
    DELTAGARANSVARIG,
    RAPPORTLASARE;

    /** The Spring Security authority, e.g. {@code ROLE_DELTAGARANSVARIG}. */
    public String authority() {
        return "ROLE_" + name();
    }
}
