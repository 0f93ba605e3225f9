package se.finsam.sus.behorighet;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses state-changing requests (anything but GET, HEAD, OPTIONS and TRACE) that a browser sent from another
 * site (issue 12 #7). The login form posts to {@code /login} without Spring's CSRF token (Vaadin's security set-up
 * leaves that URL out of the token check), so a foreign page could log the victim's browser in as the attacker
 * (login CSRF); the second-factor step and every other Vaadin request are covered the same way, on top of Vaadin's
 * own token. Browsers send {@code Origin} with every such request, and the request is refused when it names another
 * origin (or {@code null}); without {@code Origin}, a {@code Referer} from another origin refuses it. A request
 * with neither comes from no browser, so it cannot be a cross-site forgery.
 * <p>
 * The own origin is the request's scheme, host and port; behind a proxy these are the client's when the proxy
 * passes {@code Host} (or {@code X-Forwarded-Host}) and {@code X-Forwarded-Proto} (see
 * {@code server.forward-headers-strategy}).
 */
class SammaUrsprungFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(SammaUrsprungFilter.class);
    private static final Set<String> SAKRA_METODER = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (SAKRA_METODER.contains(request.getMethod()) || sammaUrsprung(request)) {
            chain.doFilter(request, response);
            return;
        }
        log.warn("Refused {} {} from another origin", request.getMethod(), request.getRequestURI());
        // Answered here, not through sendError: the error page would go through the login redirect again.
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().write("Förfrågan kom från en annan webbplats och avvisades.");
    }

    static boolean sammaUrsprung(HttpServletRequest request) {
        String ursprung = request.getHeader("Origin");
        if (ursprung == null || ursprung.isBlank()) {
            String referer = request.getHeader("Referer");
            if (referer == null || referer.isBlank()) {
                return true;
            }
            ursprung = referer;
        }
        return eget(request).equals(normalisera(ursprung));
    }

    private static String eget(HttpServletRequest request) {
        return normalisera(request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort());
    }

    /** {@code scheme://host:port} in lower case with the default port spelled out; "" when not a URL. */
    static String normalisera(String url) {
        try {
            URI uri = URI.create(url.strip());
            String schema = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (uri.getHost() == null || !(schema.equals("http") || schema.equals("https"))) {
                return "";
            }
            int port = uri.getPort() >= 0 ? uri.getPort() : schema.equals("https") ? 443 : 80;
            return schema + "://" + uri.getHost().toLowerCase(Locale.ROOT) + ":" + port;
        } catch (IllegalArgumentException e) {
            return "";
        }
    }
}
