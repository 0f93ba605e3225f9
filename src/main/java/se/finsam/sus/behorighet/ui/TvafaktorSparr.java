package se.finsam.sus.behorighet.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Until the one-time code is given, a user whose password was right may open only the code view (and the login
 * page to start over): every other navigation is rerouted there. Services refuse such a user on their own, as
 * they require {@code INLOGGAD} or a role.
 */
// Only in the web application: the command-line import runs without Vaadin.
@Component
@ConditionalOnWebApplication
class TvafaktorSparr implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource()
                .addUIInitListener(ui -> ui.getUI().addBeforeEnterListener(e -> {
                    Class<?> mal = e.getNavigationTarget();
                    if (vantarPaKod() && mal != TvafaktorView.class && mal != LoginView.class) {
                        e.rerouteTo(TvafaktorView.class);
                    }
                }));
    }

    static boolean vantarPaKod() {
        return TvafaktorView.vantar(SecurityContextHolder.getContext().getAuthentication());
    }
}
