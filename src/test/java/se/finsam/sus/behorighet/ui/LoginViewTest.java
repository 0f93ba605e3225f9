package se.finsam.sus.behorighet.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinSession;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.web.WebAttributes;
import se.finsam.sus.KaribuTest;
import se.finsam.sus.base.TimeConfig;
import se.finsam.sus.behorighet.KontoLastException;

/** What the login page says after a failed login (Spring Security leaves the reason in the session). */
class LoginViewTest extends KaribuTest {

    @Value("${server.servlet.session.timeout}")
    String sessionTimeout;

    @Test
    void wrongPasswordOrUnknownUserGetsTheGenericMessage() {
        VaadinSession.getCurrent()
                .getSession()
                .setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION, new BadCredentialsException("Bad credentials"));
        UI.getCurrent().navigate("login", QueryParameters.of("error", ""));
        LoginForm form = _get(LoginForm.class);
        assertThat(form.isError()).isTrue();
        assertThat(i18n(form)).contains("Fel användarnamn eller lösenord.");
    }

    @Test
    void lockedAccountGetsTheSameMessageAsAWrongPassword() {
        // Issue 12 #8: a different answer would tell an attacker that the user name exists.
        VaadinSession.getCurrent()
                .getSession()
                .setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION, new BadCredentialsException("Bad credentials"));
        UI.getCurrent().navigate("login", QueryParameters.of("error", ""));
        String felLosenord = i18n(_get(LoginForm.class));

        ZonedDateTime until = ZonedDateTime.of(2026, 11, 23, 14, 5, 0, 0, TimeConfig.SWEDEN);
        VaadinSession.getCurrent()
                .getSession()
                .setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION, new KontoLastException(until.toInstant()));
        UI.getCurrent().navigate("login", QueryParameters.of("error", ""));
        LoginForm form = _get(LoginForm.class);
        assertThat(form.isError()).isTrue();
        assertThat(i18n(form))
                .isEqualTo(felLosenord)
                .contains("Fel användarnamn eller lösenord.")
                .doesNotContain("14:05");
    }

    @Test
    void noErrorWithoutAFailedLogin() {
        UI.getCurrent().navigate("login");
        assertThat(_get(LoginForm.class).isError()).isFalse();
        // Without sus.e-legitimation.enabled there is no e-legitimation link.
        _assertNone(Anchor.class, spec -> spec.withId("e-legitimation"));
    }

    @Test
    void aRefusedELegitimationIsExplained() {
        VaadinSession.getCurrent()
                .getSession()
                .setAttribute(
                        WebAttributes.AUTHENTICATION_EXCEPTION,
                        new OAuth2AuthenticationException(new OAuth2Error("sus_e_legitimation_nekad")));
        UI.getCurrent().navigate("login", QueryParameters.of("error", ""));
        LoginForm form = _get(LoginForm.class);
        assertThat(form.isError()).isTrue();
        assertThat(i18n(form)).contains("inte kopplad till ett aktivt konto").doesNotContain("Fel användarnamn");
    }

    /** The texts as sent to the browser (the form's i18n property). */
    private static String i18n(LoginForm form) {
        return String.valueOf(form.getElement().getPropertyRaw("i18n"));
    }

    @Test
    void sessionsEndAfterThirtyMinutes() {
        assertThat(sessionTimeout).isEqualTo("30m");
    }
}
