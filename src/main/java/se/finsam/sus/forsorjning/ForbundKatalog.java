package se.finsam.sus.forsorjning;

import java.util.Optional;

/**
 * Looks up a samordningsförbund by id as a set of kommun/stadsdel codes. Implemented by the organisation feature
 * (a Spring bean); until one exists, every förbund id is unknown.
 */
public interface ForbundKatalog {

    /** The förbund as an {@link Omrade} with level {@link Niva#FORBUND}, or empty when the id is unknown. */
    Optional<Omrade> forbund(String id);

    /** Every förbund with an area, by name (for pickers). */
    java.util.List<Omrade> allaForbund();
}
