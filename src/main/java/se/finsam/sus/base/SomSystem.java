package se.finsam.sus.base;

import java.util.List;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Runs start-up work (demo data) as the user "system" with the system administrator's role, so that it goes
 * through the same protected services as a person would, and restores the caller's security context afterwards.
 */
public final class SomSystem {

    private SomSystem() {}

    public static void somSystemadministrator(Runnable arbete) {
        SecurityContext tidigare = SecurityContextHolder.getContext();
        SecurityContext system = SecurityContextHolder.createEmptyContext();
        system.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "system", null, List.of(new SimpleGrantedAuthority(Roll.SYSTEMADMINISTRATOR.authority()))));
        SecurityContextHolder.setContext(system);
        try {
            arbete.run();
        } finally {
            SecurityContextHolder.setContext(tidigare);
        }
    }
}
