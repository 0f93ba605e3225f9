package se.finsam.sus.behorighet;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/**
 * Loads users from the database for Spring Security's login. Not a bean of its own: the one authentication
 * provider in {@link SecurityConfig} uses it, with the lockout check in front of the password check.
 */
class SusUserDetailsService implements UserDetailsService {

    private final AnvandareRepository anvandare;

    SusUserDetailsService(AnvandareRepository anvandare) {
        this.anvandare = anvandare;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return anvandare
                .findByAnvandarnamn(Anvandare.normalisera(username))
                .map(SusPrincipal::new)
                .orElseThrow(() -> new UsernameNotFoundException("unknown user"));
    }
}
