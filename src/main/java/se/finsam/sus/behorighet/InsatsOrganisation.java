package se.finsam.sus.behorighet;

import java.util.Optional;

/**
 * Which samverkansorganisation owns an insats. Implemented by the organisation feature, so that behörighet can
 * check an insats-level uppdrag without depending on it (the dependency points the other way).
 */
public interface InsatsOrganisation {

    Optional<Long> organisationFor(long insatsId);
}
