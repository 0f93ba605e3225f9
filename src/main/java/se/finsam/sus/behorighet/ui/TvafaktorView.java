package se.finsam.sus.behorighet.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletResponse;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import se.finsam.sus.base.Roller;
import se.finsam.sus.base.ValideringsException;
import se.finsam.sus.behorighet.KontoLastException;
import se.finsam.sus.behorighet.NyTvafaktor;
import se.finsam.sus.behorighet.Tvafaktor;

/**
 * The second login step: the one-time code from the user's authenticator app. A user without a second factor
 * first scans a QR code (or types the secret) and confirms with a code.
 */
@Route(value = "tvafaktor", autoLayout = false)
@PermitAll
public class TvafaktorView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final transient Tvafaktor tvafaktor;
    private final transient AuthenticationContext authenticationContext;
    final TextField kod = new TextField();
    final Button fortsatt = new Button();
    final Paragraph fel = new Paragraph();
    private transient NyTvafaktor registrering;

    public TvafaktorView(Tvafaktor tvafaktor, AuthenticationContext authenticationContext) {
        this.tvafaktor = tvafaktor;
        this.authenticationContext = authenticationContext;
        addClassName("sus-login");
        setId("tvafaktor");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!TvafaktorSparr.vantarPaKod()) {
            event.forwardTo(authenticationContext.isAuthenticated() ? "" : "login");
            return;
        }
        removeAll();
        add(new H1(getTranslation("tvafaktor.rubrik")));
        if (!tvafaktor.arRegistrerad()) {
            registrering = tvafaktor.nyHemlighet();
            add(
                    new Paragraph(getTranslation("tvafaktor.registrera")),
                    QrKod.svg(registrering.otpauthUri(), getTranslation("tvafaktor.qr-beskrivning")),
                    new Paragraph(getTranslation("tvafaktor.hemlighet", gruppera(registrering.hemlighet()))));
        } else {
            add(new Paragraph(getTranslation("tvafaktor.ange-kod")));
        }
        kod.setLabel(getTranslation("tvafaktor.kod"));
        kod.setId("engangskod");
        kod.setAutofocus(true);
        kod.setMaxLength(7);
        kod.getElement().setAttribute("autocomplete", "one-time-code");
        kod.getElement().setAttribute("inputmode", "numeric");
        fortsatt.setText(getTranslation("tvafaktor.fortsatt"));
        fortsatt.setId("fortsatt");
        fortsatt.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        fortsatt.addClickShortcut(Key.ENTER);
        fortsatt.addClickListener(e -> kontrollera());
        Button avbryt = new Button(getTranslation("tvafaktor.avbryt"), e -> authenticationContext.logout());
        avbryt.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        fel.addClassName("sus-fel");
        fel.setId("tvafaktor-fel");
        add(kod, new HorizontalLayout(fortsatt, avbryt), fel);
    }

    private void kontrollera() {
        try {
            Authentication full =
                    tvafaktor.slutforInloggning(kod.getValue(), registrering == null ? null : registrering.hemlighet());
            SecurityContext context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(full);
            SecurityContextHolder.setContext(context);
            VaadinServletRequest request = VaadinServletRequest.getCurrent();
            if (request != null) {
                // Session fixation: an id known before the login is worthless after it.
                request.getHttpServletRequest().changeSessionId();
                new HttpSessionSecurityContextRepository()
                        .saveContext(
                                context,
                                request.getHttpServletRequest(),
                                VaadinServletResponse.getCurrent().getHttpServletResponse());
            }
            // A full page load, so that everything (menu, views) is built for the logged-in user; this view then
            // forwards to the start view.
            getUI().ifPresent(ui -> ui.getPage().reload());
        } catch (KontoLastException e) {
            authenticationContext.logout();
        } catch (ValideringsException e) {
            kod.clear();
            fel.setText(getTranslation(e.nyckel(), e.argument()));
        }
    }

    private static String gruppera(String hemlighet) {
        return hemlighet.replaceAll("(.{4})(?!$)", "$1 ");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("tvafaktor.rubrik");
    }

    static boolean vantar(Authentication auth) {
        return auth != null
                && auth.getAuthorities().stream().anyMatch(a -> Roller.TVAFAKTOR_KRAVS.equals(a.getAuthority()));
    }
}
