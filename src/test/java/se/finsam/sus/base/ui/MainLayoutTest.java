package se.finsam.sus.base.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.finsam.sus.KaribuTest;
import se.finsam.sus.behorighet.ui.LoginView;

/** The side menu shows each demo user only what their roles may open, in Swedish by default. */
class MainLayoutTest extends KaribuTest {

    @Test
    void handlaggareSeesOnlyTheirMenuItems() throws Exception {
        login("handlaggare", DEMO_LOSENORD);
        UI.getCurrent().navigate(StartView.class);
        assertThat(menu()).containsExactly("Start", "Deltagare", "Försörjningsmått", "Min profil", "Hjälp");
        assertThat(_get(Span.class, spec -> spec.withId("inloggad-anvandare")).getText())
                .isEqualTo("Hanna Handläggare · Deltagaransvarig");
    }

    @Test
    void systemadministratorAlsoSeesAdministration() throws Exception {
        login("admin", DEMO_LOSENORD);
        UI.getCurrent().navigate(StartView.class);
        assertThat(menu())
                .containsExactly(
                        "Start",
                        "Organisationer",
                        "Rapporter",
                        "Försörjningsmått",
                        "Användare",
                        "Import",
                        "Uppdrag",
                        "Logg",
                        "Min profil",
                        "Hjälp");
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.CsvSource(
            delimiter = '|',
            value = {
                "admin       | Start, Organisationer, Rapporter, Försörjningsmått, Användare, Import, Uppdrag, Logg, Min profil, Hjälp",
                "samverkan   | Start, Organisationer, Rapporter, Försörjningsmått, Min profil, Hjälp",
                "insats      | Start, Organisationer, Rapporter, Försörjningsmått, Min profil, Hjälp",
                "handlaggare | Start, Deltagare, Försörjningsmått, Min profil, Hjälp",
                "rapport     | Start, Rapporter, Försörjningsmått, Min profil, Hjälp",
                "behorighet  | Start, Försörjningsmått, Personal, Beställningar, Min profil, Hjälp"
            })
    void eachRoleSeesExactlyItsMenu(String anvandare, String meny) throws Exception {
        login(anvandare, DEMO_LOSENORD);
        UI.getCurrent().navigate(StartView.class);
        assertThat(menu()).containsExactly(meny.split(", "));
    }

    @Test
    void adminViewsAreDeniedToOtherRoles() throws Exception {
        login("rapport", DEMO_LOSENORD);
        assertThatThrownBy(() -> UI.getCurrent().navigate("admin/logg"))
                .satisfies(e -> assertThat(e.getClass().getSimpleName()).contains("AccessDenied"));
    }

    @Test
    void anonymousUserIsSentToLogin() {
        UI.getCurrent().navigate(StartView.class);
        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst())
                .isInstanceOf(LoginView.class);
    }

    private static List<String> menu() {
        return _get(SideNav.class, spec -> spec.withId("huvudmeny")).getItems().stream()
                .map(SideNavItem::getLabel)
                .toList();
    }
}
