package se.finsam.sus.behorighet;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithMockUser;
import se.finsam.sus.DatabaseTest;
import se.finsam.sus.base.Roll;

/** An open session ends at the next request once its user is deactivated or their roles change. */
@WithMockUser(username = "admin", roles = "SYSTEMADMINISTRATOR")
class KontoKontrollTest extends DatabaseTest {

    @Autowired
    AnvandarAdministration administration;

    @Autowired
    AnvandareRepository anvandare;

    @Test
    void aDeactivatedUsersSessionEndsAtTheNextRequest() throws Exception {
        long id = nyAnvandare();
        SusPrincipal iSessionen = new SusPrincipal(anvandare.findById(id).orElseThrow());
        MockHttpSession session = new MockHttpSession();

        assertThat(begaran(iSessionen, session))
                .as("still logged in while active")
                .isTrue();
        assertThat(session.isInvalid()).isFalse();

        administration.setAktiv(id, anvandare.findById(id).orElseThrow().getVersion(), false);
        assertThat(begaran(iSessionen, session))
                .as("logged out after deactivation")
                .isFalse();
        assertThat(session.isInvalid()).isTrue();
    }

    @Test
    void changedRolesEndTheSession() throws Exception {
        long id = nyAnvandare();
        SusPrincipal iSessionen = new SusPrincipal(anvandare.findById(id).orElseThrow());
        administration.andraRoller(
                id, anvandare.findById(id).orElseThrow().getVersion(), Set.of(Roll.RAPPORTLASARE, Roll.INSATSANSVARIG));
        MockHttpSession session = new MockHttpSession();
        assertThat(begaran(iSessionen, session)).isFalse();
        assertThat(session.isInvalid()).isTrue();
    }

    @Test
    void aSessionEndsAtItsAbsoluteLifetimeEvenWhenActive() throws Exception {
        long id = nyAnvandare();
        SusPrincipal iSessionen = new SusPrincipal(anvandare.findById(id).orElseThrow());
        MockHttpSession session = new MockHttpSession();
        assertThat(begaran(iSessionen, session, Clock.systemUTC())).isTrue();
        Clock tioTimmarSenare =
                Clock.offset(Clock.systemUTC(), Duration.ofHours(10).plusMinutes(1));
        assertThat(begaran(iSessionen, session, tioTimmarSenare))
                .as("logged out after the absolute lifetime")
                .isFalse();
        assertThat(session.isInvalid()).isTrue();
    }

    private long nyAnvandare() {
        return administration.skapa(new NyAnvandare(
                "kk" + UUID.randomUUID().toString().substring(0, 8),
                "Kim Kontroll",
                Arbetsgivare.KOMMUN,
                "Luleå",
                Set.of(Roll.RAPPORTLASARE),
                AnvandarAdministrationTest.LOSENORD));
    }

    /** Runs one request of the session through the filter; true when the user is still logged in after it. */
    private boolean begaran(SusPrincipal principal, MockHttpSession session) throws Exception {
        return begaran(principal, session, Clock.systemUTC());
    }

    private boolean begaran(SusPrincipal principal, MockHttpSession session, Clock clock) throws Exception {
        SecurityContext admin = SecurityContextHolder.getContext();
        SecurityContext anvandarens = SecurityContextHolder.createEmptyContext();
        anvandarens.setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.fullaBehorigheter()));
        SecurityContextHolder.setContext(anvandarens);
        try {
            MockHttpServletRequest request = new MockHttpServletRequest("GET", "/");
            request.setSession(session);
            new KontoKontroll(anvandare, Duration.ofHours(10), clock)
                    .doFilter(request, new MockHttpServletResponse(), new MockFilterChain());
            return SecurityContextHolder.getContext().getAuthentication() != null;
        } finally {
            SecurityContextHolder.setContext(admin);
        }
    }
}
