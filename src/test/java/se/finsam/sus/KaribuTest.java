package se.finsam.sus;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinServletRequest;
import kotlin.jvm.functions.Function0;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import se.finsam.sus.behorighet.TestInloggning;

/**
 * Browserless UI tests (Karibu-Testing) on the real Spring context and database. Users log in against the
 * real user store; the resulting principal and roles are copied onto Karibu's fake request so that Vaadin's
 * view access checks see the login.
 */
public abstract class KaribuTest extends DatabaseTest {

    public static final String DEMO_LOSENORD = "sus-demo-2026";

    private static Routes routes;

    @Autowired
    protected ApplicationContext ctx;

    @Autowired
    private AuthenticationConfiguration authenticationConfiguration;

    @BeforeAll
    static void discoverRoutes() {
        routes = new Routes().autoDiscoverViews("se.finsam.sus");
    }

    @BeforeEach
    void setUpVaadin() {
        Function0<UI> uiFactory = UI::new;
        MockVaadin.setup(uiFactory, new MockSpringServlet(routes, ctx, uiFactory));
    }

    @AfterEach
    void tearDownVaadin() {
        SecurityContextHolder.clearContext();
        MockVaadin.tearDown();
    }

    /** Only the password step: a user who needs a second factor is left waiting for the code. */
    protected void loginLosenordsteg(String anvandarnamn, String losenord) throws Exception {
        satt(authenticationConfiguration
                .getAuthenticationManager()
                .authenticate(UsernamePasswordAuthenticationToken.unauthenticated(anvandarnamn, losenord)));
    }

    protected void login(String anvandarnamn, String losenord) throws Exception {
        satt(TestInloggning.fullt(authenticationConfiguration
                .getAuthenticationManager()
                .authenticate(UsernamePasswordAuthenticationToken.unauthenticated(anvandarnamn, losenord))));
    }

    private static void satt(Authentication auth) {
        SecurityContextHolder.getContext().setAuthentication(auth);
        FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(auth);
        request.setUserInRole((p, role) ->
                auth.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals("ROLE_" + role)));
    }
}
