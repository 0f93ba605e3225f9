package se.finsam.sus.hjalp.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.RouterLink;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import se.finsam.sus.KaribuTest;
import se.finsam.sus.base.ui.NotFoundView;
import se.finsam.sus.behorighet.ui.LoginView;

/** The guide in the application: every logged-in user reaches it from the menu; a name that is no page is not found. */
class HjalpViewTest extends KaribuTest {

    @Test
    void aLoggedInUserSeesTheGuideInTheMenuWithItsPagesAndTheSupportContact() throws Exception {
        login("rapport", DEMO_LOSENORD);
        UI.getCurrent().navigate("hjalp");

        assertThat(_get(SideNav.class, spec -> spec.withId("huvudmeny")).getItems())
                .extracting(SideNavItem::getLabel)
                .contains("Hjälp");
        HjalpView vy = _get(HjalpView.class);
        assertThat(vy.getPageTitle()).isEqualTo("Hjälp – SUS");
        assertThat(_get(Html.class).getInnerHtml()).contains("<h1>Hjälp</h1>", "<table>", "href=\"hjalp/ordlista\"");
        assertThat(_find(_get(Nav.class, spec -> spec.withId("hjalp-sidor")), RouterLink.class))
                .extracting(RouterLink::getText)
                .contains("Registrera deltagare", "Avsluta ett deltagande", "Ordlista");
        assertThat(_get(com.vaadin.flow.component.html.Div.class, spec -> spec.withId("hjalp-support"))
                        .getElement()
                        .getTextRecursively())
                .contains("support@sus.example");
    }

    @Test
    void aPageByNameAndInEnglish() throws Exception {
        login("handlaggare", DEMO_LOSENORD);
        UI.getCurrent().navigate("hjalp/avsluta");
        assertThat(_get(Html.class).getInnerHtml())
                .contains("<h1>Avsluta ett deltagande</h1>", "<td>Felregistrering</td>")
                .contains("src=\"hjalp/bilder/deltagare-utskrivning.png\"");

        UI.getCurrent().setLocale(Locale.ENGLISH);
        UI.getCurrent().navigate("hjalp/ordlista");
        assertThat(_get(HjalpView.class).getPageTitle()).isEqualTo("Glossary – Help – SUS");
        assertThat(_get(Html.class).getInnerHtml()).contains("<h1>Glossary</h1>", "<td>Förebyggande</td>");
    }

    @Test
    void anUnknownPageIsNotFound() throws Exception {
        login("insats", DEMO_LOSENORD);
        UI.getCurrent().navigate("hjalp/finns-inte");
        assertThat(_find(HjalpView.class)).isEmpty();
        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst())
                .isInstanceOf(NotFoundView.class);
    }

    @Test
    void theGuideNeedsALogin() {
        UI.getCurrent().navigate("hjalp");
        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst())
                .isInstanceOf(LoginView.class);
    }
}
