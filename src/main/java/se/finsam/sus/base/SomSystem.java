package se.finsam.sus.base;

import java.util.List;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Runs start-up work (demo data) as the user "system" with the system administrator's role, and the scheduled
 * gallring with an authority of its own, so that they go through the same protected services as a person would, and
 * restores the caller's security context afterwards.
 */
public final class SomSystem {

    /**
     * Authority of the scheduled gallring (issue 12 #17) and of nothing else: no user can hold it (it is no
     * {@link Roll}), so the services that delete data after their retention period answer only the job.
     */
    public static final String GALLRING = "GALLRING";

    public static final String GALLRING_REGEL = "hasAuthority('" + GALLRING + "')";

    private SomSystem() {}

    public static void somSystemadministrator(Runnable arbete) {
        som(Roll.SYSTEMADMINISTRATOR.authority(), arbete);
    }

    /** Runs the gallring as the user "system" with only the {@link #GALLRING} authority. */
    public static void somGallring(Runnable arbete) {
        som(GALLRING, arbete);
    }

    private static void som(String behorighet, Runnable arbete) {
        SecurityContext tidigare = SecurityContextHolder.getContext();
        SecurityContext system = SecurityContextHolder.createEmptyContext();
        system.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "system", null, List.of(new SimpleGrantedAuthority(behorighet))));
        SecurityContextHolder.setContext(system);
        try {
            arbete.run();
        } finally {
            SecurityContextHolder.setContext(tidigare);
        }
    }
}
