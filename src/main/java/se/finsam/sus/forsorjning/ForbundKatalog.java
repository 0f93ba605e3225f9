package se.finsam.sus.forsorjning;

import java.util.Optional;

/**
 * Looks up a samordningsförbund by id as a set of kommun/stadsdel codes. Implemented by the organisation feature
 * ({@code organisation.ForbundOmraden}, a Spring bean), so that this feature need not depend on it.
 */
public interface ForbundKatalog {

    /** The förbund as an {@link Omrade} with level {@link Niva#FORBUND}, or empty when the id is unknown. */
    Optional<Omrade> forbund(String id);

    /** Every förbund with an area, by name (for pickers). */
    java.util.List<Omrade> allaForbund();
}
