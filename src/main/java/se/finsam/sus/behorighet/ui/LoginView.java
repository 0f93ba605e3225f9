package se.finsam.sus.behorighet.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.WebAttributes;
import se.finsam.sus.base.Sprak;
import se.finsam.sus.base.ui.TillganglighetView;
import se.finsam.sus.behorighet.ELegitimation;

/**
 * The login page. Wrong password, unknown user and a locked account all get the same message, so that the answer
 * never tells whether a user name exists (the message says that repeated failures lock an account for a while).
 */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    /** Where the browser keeps the user name of the last attempt (sessionStorage: this tab only). */
    static final String ANVANDARNAMN_NYCKEL = "sus.login.anvandarnamn";

    private final transient AuthenticationContext authenticationContext;
    private final LoginForm form = new LoginForm();

    public LoginView(AuthenticationContext authenticationContext, ELegitimation elegitimation) {
        this.authenticationContext = authenticationContext;
        addClassName("sus-login");
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        form.setI18n(i18n(getTranslation("login.fel.rubrik"), getTranslation("login.fel.text")));
        // The form posts natively and a refused login comes back as a new page: the browser keeps the user name
        // for this tab (never the password) so that only the password has to be typed again (issue 13).
        form.getElement()
                .executeJs(
                        "this.addEventListener('login', e => sessionStorage.setItem($0, e.detail.username))",
                        ANVANDARNAMN_NYCKEL);

        Button sprak = new Button(getTranslation(Sprak.andraSprakNyckel()), e -> Sprak.vaxla());
        sprak.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        // The försörjningsmått are public statistics: reachable without an account.
        Anchor statistik = new Anchor("forsorjningsmatt", getTranslation("login.oppen-statistik"));
        add(new H1(getTranslation("app.namn")), new Paragraph(getTranslation("app.beskrivning")), form);
        if (elegitimation.aktiv()) {
            // A plain link: the identity provider's login is a full-page redirect, not a Vaadin navigation.
            Anchor eleg = new Anchor(elegitimation.inloggningsadress(), getTranslation("login.e-legitimation"));
            eleg.setId("e-legitimation");
            eleg.setRouterIgnore(true);
            add(eleg);
        }
        // The login page has no layout, so the footer's link to the accessibility statement is given here.
        Anchor tillganglighet = new Anchor(TillganglighetView.ROUTE, getTranslation("tillganglighet.lank"));
        tillganglighet.setId("lank-tillganglighet");
        add(sprak, statistik, tillganglighet);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (TvafaktorSparr.vantarPaKod()) {
            event.forwardTo(TvafaktorView.class);
            return;
        }
        if (authenticationContext.isAuthenticated()) {
            event.forwardTo("");
            return;
        }
        if (event.getLocation().getQueryParameters().getParameters().containsKey("error")) {
            Object fel = VaadinSession.getCurrent().getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
            if (fel instanceof OAuth2AuthenticationException) {
                form.setI18n(i18n(
                        getTranslation("login.e-legitimation.fel.rubrik"),
                        getTranslation("login.e-legitimation.fel.text")));
            }
            form.setError(true);
            form.getElement()
                    .executeJs(
                            "const namn = sessionStorage.getItem($0);"
                                    + "customElements.whenDefined('vaadin-login-form').then(() => requestAnimationFrame(() => {"
                                    + "  const falt = this.querySelector('vaadin-text-field[name=\"username\"]');"
                                    + "  if (namn && falt && !falt.value) {"
                                    + "    falt.value = namn;"
                                    + "    this.querySelector('vaadin-password-field')?.focus();"
                                    + "  }"
                                    + "}));",
                            ANVANDARNAMN_NYCKEL);
        } else {
            form.getElement().executeJs("sessionStorage.removeItem($0)", ANVANDARNAMN_NYCKEL);
        }
    }

    private LoginI18n i18n(String felrubrik, String feltext) {
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form f = i18n.getForm();
        f.setTitle(getTranslation("login.rubrik"));
        f.setUsername(getTranslation("login.anvandarnamn"));
        f.setPassword(getTranslation("login.losenord"));
        f.setSubmit(getTranslation("login.logga-in"));
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        error.setTitle(felrubrik);
        error.setMessage(feltext);
        error.setUsername(getTranslation("login.fel.anvandarnamn-saknas"));
        error.setPassword(getTranslation("login.fel.losenord-saknas"));
        return i18n;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.titel");
    }
}
