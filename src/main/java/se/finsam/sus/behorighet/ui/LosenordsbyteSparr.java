package se.finsam.sus.behorighet.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import se.finsam.sus.base.Roller;
import se.finsam.sus.behorighet.MittKonto;

/**
 * Issue 12 #16: while a logged-in user's password is one a system administrator set, the user may open only the
 * profile (whose password section changes it) and the login page: every other navigation is rerouted to the
 * profile. The services stay as they are, so the change itself works; the change clears the flag.
 */
// Only in the web application: the command-line import runs without Vaadin.
@Component
@ConditionalOnWebApplication
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class LosenordsbyteSparr implements VaadinServiceInitListener {

    private final MittKonto mittKonto;

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource()
                .addUIInitListener(ui -> ui.getUI().addBeforeEnterListener(e -> {
                    Class<?> mal = e.getNavigationTarget();
                    if (mal != ProfilView.class && mal != LoginView.class && masteBytaLosenord()) {
                        e.rerouteTo(ProfilView.class);
                    }
                }));
    }

    /** Only a fully logged-in user (past the second factor) is asked; the flag is read fresh each time. */
    private boolean masteBytaLosenord() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null
                && auth.getAuthorities().stream().anyMatch(a -> Roller.INLOGGAD.equals(a.getAuthority()))
                && mittKonto.masteBytaLosenord();
    }
}
