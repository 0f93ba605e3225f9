package se.finsam.sus.base;

import java.util.Set;

/**
 * What the shared UI needs to know about the logged-in user. Implemented by the principal of the
 * behörighet feature, so that {@code base} does not depend on any feature.
 */
public interface InloggadAnvandare {

    long anvandarId();

    String anvandarnamn();

    String visningsnamn();

    /** Role names without the {@code ROLE_} prefix, e.g. {@code DELTAGARANSVARIG}. */
    Set<String> rollnamn();
}
