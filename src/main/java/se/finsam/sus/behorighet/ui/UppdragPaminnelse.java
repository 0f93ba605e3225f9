package se.finsam.sus.behorighet.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.List;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;
import se.finsam.sus.base.Roller;
import se.finsam.sus.behorighet.BehorighetService;
import se.finsam.sus.behorighet.UppdragInfo;

/**
 * Tells a user, once per session after login, which of their uppdrag end within 30 days, so that they can ask
 * for renewal before access stops.
 */
// Only in the web application: the command-line import runs without Vaadin.
@Component
@ConditionalOnWebApplication
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class UppdragPaminnelse implements VaadinServiceInitListener {

    private static final String VISAD = UppdragPaminnelse.class.getName() + ".visad";

    private final transient BehorighetService behorighet;
    private final transient AuthenticationContext authenticationContext;

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(e -> e.getUI().addAfterNavigationListener(nav -> visaEnGang(e.getUI())));
    }

    private void visaEnGang(UI ui) {
        VaadinSession session = ui.getSession();
        if (session.getAttribute(VISAD) != null || !authenticationContext.hasAuthority(Roller.INLOGGAD)) {
            return;
        }
        session.setAttribute(VISAD, Boolean.TRUE);
        List<UppdragInfo> slutar = behorighet.uppdragSomSnartSlutar();
        if (slutar.isEmpty()) {
            return;
        }
        UppdragInfo forsta = slutar.getFirst();
        Notification n = Notification.show(
                ui.getTranslation(
                        "uppdrag.paminnelse",
                        slutar.size(),
                        ui.getTranslation("roll." + forsta.roll().name()),
                        forsta.slutdatum()),
                10_000,
                Notification.Position.TOP_CENTER);
        n.addThemeVariants(NotificationVariant.LUMO_WARNING);
    }
}
