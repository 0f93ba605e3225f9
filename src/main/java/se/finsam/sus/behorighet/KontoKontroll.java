package se.finsam.sus.behorighet;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a logged-in session as soon as its user is deactivated or their roles are changed. Roles are copied into
 * the session at login, so without this check a deactivated system administrator would keep their rights until
 * the session expired. Uppdrag are looked up on every service call anyway; this covers what comes from roles
 * alone. One indexed query per request of a logged-in user.
 *
 * <p>Not a Spring bean on purpose: a bean of type Filter would also be registered outside the security chain.
 */
final class KontoKontroll extends OncePerRequestFilter {

    private final AnvandareRepository anvandare;

    KontoKontroll(AnvandareRepository anvandare) {
        this.anvandare = anvandare;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof SusPrincipal principal && !giltig(principal)) {
            SecurityContextHolder.clearContext();
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
        }
        chain.doFilter(request, response);
    }

    /** Still active, and holding exactly the roles the session was given at login. */
    boolean giltig(SusPrincipal principal) {
        // A deactivated user gets an empty set, which never equals a session's roles (a user has at least one).
        return anvandare.rollerForAktiv(principal.anvandarId()).equals(principal.roller());
    }
}
