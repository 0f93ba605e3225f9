package se.finsam.sus.behorighet.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.Test;
import se.finsam.sus.KaribuTest;
import se.finsam.sus.base.ui.StartView;

/** Between password and code, every view but the code view is closed. */
class TvafaktorViewTest extends KaribuTest {

    @Test
    void afterThePasswordEveryNavigationLeadsToTheCodeView() throws Exception {
        loginLosenordsteg("handlaggare", DEMO_LOSENORD);
        UI.getCurrent().navigate(StartView.class);
        assertThat(aktiv()).isInstanceOf(TvafaktorView.class);
        UI.getCurrent().navigate("profil");
        assertThat(aktiv()).isInstanceOf(TvafaktorView.class);
        UI.getCurrent().navigate("login");
        assertThat(aktiv()).isInstanceOf(TvafaktorView.class);
    }

    @Test
    void aWrongCodeIsExplainedAndTheUserStays() throws Exception {
        loginLosenordsteg("admin", DEMO_LOSENORD);
        UI.getCurrent().navigate(AnvandareView.class);
        TvafaktorView vy = (TvafaktorView) aktiv();
        vy.kod.setValue("000000");
        _click(vy.fortsatt);
        assertThat(vy.fel.getText()).startsWith("Koden stämmer inte");
        assertThat(aktiv()).isInstanceOf(TvafaktorView.class);
    }

    @Test
    void anEnrolledUserIsAskedForTheCodeWithoutANewQrCode() throws Exception {
        loginLosenordsteg("handlaggare", DEMO_LOSENORD);
        UI.getCurrent().navigate(StartView.class);
        assertThat(((Component) aktiv()).getChildren().anyMatch(c -> c instanceof Svg))
                .isFalse();
    }

    @Test
    void fullyLoggedInUsersAreSentOnToTheStartView() throws Exception {
        login("rapport", DEMO_LOSENORD);
        UI.getCurrent().navigate(TvafaktorView.class);
        assertThat(aktiv()).isInstanceOf(StartView.class);
        _get(StartView.class);
    }

    private static Object aktiv() {
        return UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst();
    }
}
