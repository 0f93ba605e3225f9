package se.finsam.sus.behorighet;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Puts a user into the security context as after a complete login (password and, where required, the second
 * factor, which has its own tests in TvafaktorTest and the browser test).
 */
public final class TestInloggning {

    private TestInloggning() {}

    /** From the result of the password step (the real authentication manager). */
    public static Authentication fullt(Authentication losenordssteg) {
        return som((SusPrincipal) losenordssteg.getPrincipal());
    }

    static Authentication som(Anvandare anvandare) {
        return som(new SusPrincipal(anvandare));
    }

    private static Authentication som(SusPrincipal principal) {
        Authentication auth =
                UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.fullaBehorigheter());
        SecurityContextHolder.getContext().setAuthentication(auth);
        return auth;
    }
}
