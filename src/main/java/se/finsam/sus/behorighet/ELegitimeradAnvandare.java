package se.finsam.sus.behorighet;

import java.io.Serial;
import java.io.Serializable;
import java.util.Collection;
import java.util.Map;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * The result of an e-legitimation login for Spring Security's OpenID Connect flow: the SUS user it maps to, and
 * nothing of the identity provider's claims (the personnummer is not kept). Lives only until the success handler
 * in {@link SecurityConfig} replaces it with the ordinary {@link SusPrincipal} login.
 */
final class ELegitimeradAnvandare implements OidcUser, Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private final SusPrincipal principal;

    ELegitimeradAnvandare(SusPrincipal principal) {
        this.principal = principal;
    }

    SusPrincipal principal() {
        return principal;
    }

    @Override
    public Map<String, Object> getClaims() {
        return Map.of("sub", principal.anvandarnamn());
    }

    @Override
    public OidcUserInfo getUserInfo() {
        return null;
    }

    /** Not kept: the token carries the personnummer. */
    @Override
    public OidcIdToken getIdToken() {
        return null;
    }

    @Override
    public Map<String, Object> getAttributes() {
        return getClaims();
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return principal.fullaBehorigheter();
    }

    @Override
    public String getName() {
        return principal.anvandarnamn();
    }
}
