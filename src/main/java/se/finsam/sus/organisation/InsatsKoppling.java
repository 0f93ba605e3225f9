package se.finsam.sus.organisation;

/**
 * Records of other features that tie an insats down, so that it can no longer be deleted (participants and their
 * counts). Implemented by those features as Spring beans; the organisation feature does not depend on them.
 */
public interface InsatsKoppling {

    /** Whether the insats has records of this kind. */
    boolean harKopplingar(long insatsId);
}
