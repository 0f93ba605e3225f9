package se.finsam.sus.audit;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who is acting, for audit rows and for "the current user" checks, like Spring Data's {@code AuditorAware}. One rule:
 * the name of the current authentication (a logged-in user's user name, a user half-way through the second factor,
 * or {@code "system"} for start-up work run through {@code base.SomSystem}); when there is no authentication at all
 * (start-up code outside {@code SomSystem}, background threads), {@value #SYSTEM}.
 */
public final class Aktor {

    /** The actor recorded when nobody is authenticated. */
    public static final String SYSTEM = "system";

    private Aktor() {}

    /** The current actor's name, never null. */
    public static String namn() {
        return namn(SecurityContextHolder.getContext().getAuthentication());
    }

    /** The actor of the given authentication (e.g. from a security event), never null. */
    public static String namn(Authentication auth) {
        return auth == null ? SYSTEM : auth.getName();
    }
}
