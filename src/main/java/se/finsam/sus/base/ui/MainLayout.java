package se.finsam.sus.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.stream.Collectors;
import se.finsam.sus.base.InloggadAnvandare;
import se.finsam.sus.base.Sprak;
import se.finsam.sus.base.Supportkontakt;

/**
 * The frame around every view: application name, a side menu with only the views the user's roles may open
 * (taken from each view's {@code @Menu} and access annotations), the user's name and roles, and logout.
 */
@Layout
// The frame shows nothing by itself; each view decides who may open it (the försörjningsmått is public).
@AnonymousAllowed
public class MainLayout extends AppLayout {

    private final transient AuthenticationContext authenticationContext;

    private final transient Supportkontakt support;

    public MainLayout(AuthenticationContext authenticationContext, Supportkontakt support) {
        this.authenticationContext = authenticationContext;
        this.support = support;
        setPrimarySection(Section.DRAWER);
        addToNavbar(new DrawerToggle(), header());
        addToDrawer(appName(), sideNav(), footer());
    }

    private H1 appName() {
        H1 name = new H1(getTranslation("app.namn"));
        name.addClassName("sus-app-name");
        return name;
    }

    private HorizontalLayout header() {
        Span user = new Span();
        user.setId("inloggad-anvandare");
        authenticationContext
                .getAuthenticatedUser(InloggadAnvandare.class)
                .ifPresent(anvandare -> user.setText(anvandare.visningsnamn() + " · "
                        + anvandare.rollnamn().stream()
                                .sorted()
                                .map(roll -> getTranslation("roll." + roll))
                                .collect(Collectors.joining(", "))));

        Button sprak = new Button(getTranslation(Sprak.andraSprakNyckel()), e -> Sprak.vaxla());
        sprak.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Component inUt;
        if (authenticationContext.isAuthenticated()) {
            Button logout = new Button(getTranslation("meny.logga-ut"), e -> authenticationContext.logout());
            logout.setId("logga-ut");
            logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            inUt = logout;
        } else {
            // Public pages (the försörjningsmått) are open without login.
            Anchor login = new Anchor("login", getTranslation("meny.logga-in"));
            login.setId("logga-in");
            inUt = login;
        }

        HorizontalLayout header = new HorizontalLayout(user, sprak, inUt);
        header.addClassName("sus-header");
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.setWidthFull();
        header.setJustifyContentMode(FlexComponent.JustifyContentMode.END);
        return header;
    }

    private SideNav sideNav() {
        SideNav nav = new SideNav();
        nav.setId("huvudmeny");
        nav.setLabel(getTranslation("meny.rubrik"));
        MenuConfiguration.getMenuEntries().forEach(entry -> nav.addItem(item(entry)));
        return nav;
    }

    private SideNavItem item(MenuEntry entry) {
        // Menu titles are i18n keys, so that the menu follows the user's language.
        SideNavItem item = new SideNavItem(getTranslation(entry.title()), entry.path());
        if (entry.icon() != null && entry.icon().contains(":")) {
            String[] icon = entry.icon().split(":", 2);
            item.setPrefixComponent(new Icon(icon[0], icon[1]));
        }
        return item;
    }

    private Footer footer() {
        Footer footer = new Footer(new Div(getTranslation("app.fotnot")), SupportRad.av(support));
        footer.addClassName("sus-footer");
        return footer;
    }
}
