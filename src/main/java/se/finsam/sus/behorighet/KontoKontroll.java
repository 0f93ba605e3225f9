package se.finsam.sus.behorighet;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a logged-in session as soon as its user is deactivated or their roles are changed, and at the first request
 * after its absolute lifetime ({@code sus.session.max-livstid}, default 10 hours, counted from the session's
 * creation), however active it has been. Roles are copied into
 * the session at login, so without this check a deactivated system administrator would keep their rights until
 * the session expired. Uppdrag are looked up on every service call anyway; this covers what comes from roles
 * alone. One indexed query per request of a logged-in user.
 *
 * <p>Not a Spring bean on purpose: a bean of type Filter would also be registered outside the security chain.
 */
final class KontoKontroll extends OncePerRequestFilter {

    private final AnvandareRepository anvandare;
    private final Duration maxLivstid;
    private final Clock clock;

    KontoKontroll(AnvandareRepository anvandare, Duration maxLivstid, Clock clock) {
        this.anvandare = anvandare;
        this.maxLivstid = maxLivstid;
        this.clock = clock;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        HttpSession session = request.getSession(false);
        if (auth != null
                && auth.getPrincipal() instanceof SusPrincipal principal
                && (forGammal(session) || !giltig(principal))) {
            SecurityContextHolder.clearContext();
            if (session != null) {
                session.invalidate();
            }
        }
        chain.doFilter(request, response);
    }

    private boolean forGammal(HttpSession session) {
        return session != null && clock.millis() - session.getCreationTime() > maxLivstid.toMillis();
    }

    /** Still active, and holding exactly the roles the session was given at login. */
    boolean giltig(SusPrincipal principal) {
        // A deactivated user gets an empty set, which never equals a session's roles (a user has at least one).
        return anvandare.rollerForAktiv(principal.anvandarId()).equals(principal.roller());
    }
}
