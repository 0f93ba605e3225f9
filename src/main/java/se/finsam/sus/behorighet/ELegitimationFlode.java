package se.finsam.sus.behorighet;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Login with e-legitimation through Spring Security's OpenID Connect client, added to the filter chain only when
 * {@code sus.e-legitimation.enabled=true}. The provider's identity is mapped to a SUS user by
 * {@link ELegitimationInloggning}; after that the session holds the same {@link SusPrincipal} login as after a
 * password and one-time code, and nothing from the provider (tokens, claims) is kept.
 */
final class ELegitimationFlode {

    private ELegitimationFlode() {}

    static void konfigurera(
            HttpSecurity http,
            ELegitimation elegitimation,
            ObjectProvider<ClientRegistrationRepository> registreringar,
            ELegitimationInloggning inloggning)
            throws Exception {
        ClientRegistrationRepository repository = registreringar.getIfAvailable();
        if (repository == null || repository.findByRegistrationId(elegitimation.registrering()) == null) {
            throw new IllegalStateException("sus.e-legitimation.enabled=true needs the client registration "
                    + "spring.security.oauth2.client.registration." + elegitimation.registrering() + ".*");
        }
        http.oauth2Login(oauth -> oauth.loginPage("/login")
                .clientRegistrationRepository(repository)
                .authorizedClientRepository(new IngenLagring())
                .userInfoEndpoint(u -> u.oidcUserService(anvandartjanst(inloggning)))
                .successHandler(new SomVanligInloggning())
                .failureHandler(new SimpleUrlAuthenticationFailureHandler("/login?error")));
    }

    private static OAuth2UserService<OidcUserRequest, OidcUser> anvandartjanst(ELegitimationInloggning inloggning) {
        OidcUserService standard = new OidcUserService();
        return request -> {
            OidcUser identitet = standard.loadUser(request);
            return new ELegitimeradAnvandare(inloggning.inloggning(identitet, klientadress()));
        };
    }

    private static String klientadress() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attribut
                ? attribut.getRequest().getRemoteAddr()
                : null;
    }

    /** Replaces the OpenID Connect login with the ordinary SUS login of the mapped user, then goes to the start. */
    static final class SomVanligInloggning implements AuthenticationSuccessHandler {

        private final SecurityContextHolderStrategy strategi = SecurityContextHolder.getContextHolderStrategy();
        private final SecurityContextRepository repository = new DelegatingSecurityContextRepository(
                new RequestAttributeSecurityContextRepository(), new HttpSessionSecurityContextRepository());

        @Override
        public void onAuthenticationSuccess(
                HttpServletRequest request, HttpServletResponse response, Authentication authentication)
                throws IOException {
            SusPrincipal principal = ((ELegitimeradAnvandare) authentication.getPrincipal()).principal();
            UsernamePasswordAuthenticationToken inloggad =
                    UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.fullaBehorigheter());
            inloggad.setDetails(new WebAuthenticationDetails(request));
            SecurityContext context = strategi.createEmptyContext();
            context.setAuthentication(inloggad);
            strategi.setContext(context);
            repository.saveContext(context, request, response);
            response.sendRedirect(request.getContextPath() + "/");
        }
    }

    /** The provider's tokens are needed only for the login itself: nothing is stored. */
    static final class IngenLagring implements OAuth2AuthorizedClientRepository {

        @Override
        @SuppressWarnings("unchecked")
        public <T extends OAuth2AuthorizedClient> T loadAuthorizedClient(
                String registrationId, Authentication principal, HttpServletRequest request) {
            return null;
        }

        @Override
        public void saveAuthorizedClient(
                OAuth2AuthorizedClient client,
                Authentication principal,
                HttpServletRequest request,
                HttpServletResponse response) {
            // Not kept.
        }

        @Override
        public void removeAuthorizedClient(
                String registrationId,
                Authentication principal,
                HttpServletRequest request,
                HttpServletResponse response) {
            // Nothing kept.
        }
    }
}
