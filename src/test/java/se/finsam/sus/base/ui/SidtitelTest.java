package se.finsam.sus.base.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import org.junit.jupiter.api.Test;
import se.finsam.sus.KaribuTest;

/**
 * Every title is "<page> – SUS", whether the view's title names the application or not (the not-found page in a real
 * browser: AxeWebblasareTest).
 */
class SidtitelTest extends KaribuTest {

    @Test
    void theApplicationsNameIsAddedOnce() {
        assertThat(Sidtitel.av("Logg", "SUS")).isEqualTo("Logg – SUS");
        assertThat(Sidtitel.av("Start – SUS", "SUS")).isEqualTo("Start – SUS");
        assertThat(Sidtitel.av("", "SUS")).isEqualTo("SUS");
        assertThat(Sidtitel.av(null, "SUS")).isEqualTo("SUS");
    }

    @Test
    void aViewTitledWithoutTheApplicationGetsIt() throws Exception {
        login("admin", DEMO_LOSENORD);
        UI.getCurrent().navigate("admin/logg");
        MockVaadin.clientRoundtrip(false);
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Logg – SUS");
        assertThat(_find(H1.class)).extracting(H1::getText).containsExactly("Logg");
    }
}
