package se.finsam.sus.base;

/**
 * Role names as compile-time constants for {@code @RolesAllowed}; they equal {@link Roll#name()}
 * (a test keeps them in step).
 */
public final class Roller {

    public static final String SYSTEMADMINISTRATOR = "SYSTEMADMINISTRATOR";
    public static final String SAMVERKANSADMINISTRATOR = "SAMVERKANSADMINISTRATOR";
    public static final String INSATSANSVARIG = "INSATSANSVARIG";
    public static final String DELTAGARANSVARIG = "DELTAGARANSVARIG";
    public static final String RAPPORTLASARE = "RAPPORTLASARE";

    private Roller() {
    }
}
