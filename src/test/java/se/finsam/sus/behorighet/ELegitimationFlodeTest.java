package se.finsam.sus.behorighet;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.test.util.ReflectionTestUtils;
import se.finsam.sus.base.Roll;
import se.finsam.sus.base.Roller;

/**
 * After the provider's identity has been mapped, the session holds the ordinary SUS login of the mapped user
 * (the same principal as after password and code), not the provider's token.
 */
class ELegitimationFlodeTest {

    @Test
    void theSessionGetsTheSusLoginAndTheBrowserGoesToTheStartPage() throws Exception {
        Anvandare a = new Anvandare(
                "eleg-flode",
                "Test Flöde",
                "{noop}x",
                Set.of(Roll.INSATSANSVARIG),
                Instant.now(),
                Arbetsgivare.KOMMUN,
                "Testkommun");
        ReflectionTestUtils.setField(a, "id", 42L);
        ELegitimeradAnvandare eleg = new ELegitimeradAnvandare(new SusPrincipal(a));
        OAuth2AuthenticationToken oidc = new OAuth2AuthenticationToken(eleg, eleg.getAuthorities(), "elegitimation");
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/login/oauth2/code/elegitimation");
        MockHttpServletResponse response = new MockHttpServletResponse();

        new ELegitimationFlode.SomVanligInloggning().onAuthenticationSuccess(request, response, oidc);

        SecurityContext context = (SecurityContext)
                request.getSession().getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        assertThat(context.getAuthentication().getPrincipal()).isInstanceOf(SusPrincipal.class);
        assertThat(context.getAuthentication().getName()).isEqualTo("eleg-flode");
        assertThat(context.getAuthentication().getAuthorities())
                .extracting(GrantedAuthority::getAuthority)
                .containsExactlyInAnyOrder("ROLE_" + Roller.INSATSANSVARIG, Roller.INLOGGAD);
        assertThat(response.getRedirectedUrl()).isEqualTo("/");
        assertThat(eleg.getClaims()).containsOnlyKeys("sub");
        assertThat(eleg.getIdToken()).isNull();
    }
}
