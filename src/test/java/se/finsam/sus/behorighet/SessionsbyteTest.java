package se.finsam.sus.behorighet;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.VaadinServletRequest;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import se.finsam.sus.KaribuTest;
import se.finsam.sus.base.Roll;
import se.finsam.sus.base.Roller;
import se.finsam.sus.base.ui.StartView;
import se.finsam.sus.behorighet.ui.TvafaktorView;

/**
 * Session fixation: a session id known before the login (planted by an attacker, or seen on a shared computer)
 * is worthless after it, also when the login completes with the second factor (issue 12, #10).
 */
class SessionsbyteTest extends KaribuTest {

    static final String LOSENORD = "gröna äpplen på taket";
    static final String HEMLIGHET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

    @Autowired
    Kontoskapare konton;

    @Autowired
    Tvafaktor tvafaktor;

    @Test
    void theSessionIdChangesWhenTheSecondFactorCompletesTheLogin() throws Exception {
        String namn = "sb-" + UUID.randomUUID().toString().substring(0, 8);
        long id = konton.skapaVidStart(namn, "Sam Byte", LOSENORD, Set.of(Roll.DELTAGARANSVARIG));
        tvafaktor.registreraVidStart(id, HEMLIGHET);
        loginLosenordsteg(namn, LOSENORD);
        UI.getCurrent().navigate(StartView.class);
        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst())
                .isInstanceOf(TvafaktorView.class);
        String fore = sessionsId();

        _get(TextField.class, spec -> spec.withId("engangskod"))
                .setValue(Totp.kod(HEMLIGHET, Totp.steg(Instant.now())));
        _click(_get(Button.class, spec -> spec.withId("fortsatt")));

        assertThat(SecurityContextHolder.getContext().getAuthentication().getAuthorities())
                .as("logged in")
                .anyMatch(a -> a.getAuthority().equals(Roller.INLOGGAD));
        assertThat(sessionsId()).isNotEqualTo(fore);
    }

    private static String sessionsId() {
        return VaadinServletRequest.getCurrent()
                .getHttpServletRequest()
                .getSession()
                .getId();
    }
}
