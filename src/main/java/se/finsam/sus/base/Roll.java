package se.finsam.sus.base;

/**
 * The six roles of SUS ({@link Roller} has the same names as constants for annotations). A behörighetsadministratör
 * administers the staff of their own employer (FK, AF, a kommun or a region), not records of any förbund.
 */
public enum Roll {
    SYSTEMADMINISTRATOR,
    SAMVERKANSADMINISTRATOR,
    INSATSANSVARIG,
    DELTAGARANSVARIG,
    RAPPORTLASARE,
    BEHORIGHETSADMINISTRATOR;

    /** The Spring Security authority, e.g. {@code ROLE_DELTAGARANSVARIG}. */
    public String authority() {
        return "ROLE_" + name();
    }
}
