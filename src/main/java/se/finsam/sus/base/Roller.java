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
    public static final String BEHORIGHETSADMINISTRATOR = "BEHORIGHETSADMINISTRATOR";

    /**
     * Authority of a user who has passed every login step (password, and the second factor where required).
     * Services open to any logged-in user require it: {@code @PreAuthorize(Roller.INLOGGAD_REGEL)}.
     */
    public static final String INLOGGAD = "INLOGGAD";

    public static final String INLOGGAD_REGEL = "hasAuthority('" + INLOGGAD + "')";

    /** Authority of a user whose password was right but who has not yet given the one-time code. */
    public static final String TVAFAKTOR_KRAVS = "TVAFAKTOR_KRAVS";

    private Roller() {}
}
