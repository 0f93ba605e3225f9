package se.finsam.sus.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Main;
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
 *
 * <p>Its landmarks (WCAG 1.3.1, and axe's region rule: no content outside a landmark): the navbar is a
 * {@code header}, the side menu a navigation ({@code vaadin-side-nav}), the footer a {@code footer} and the view
 * sits in {@code main}. The application's name is not a heading: each view has the page's one {@code h1}.
 */
@Layout
// The frame shows nothing by itself; each view decides who may open it (the försörjningsmått is public).
@AnonymousAllowed
public class MainLayout extends AppLayout {

    private final transient AuthenticationContext authenticationContext;

    private final transient Supportkontakt support;

    /** The view's place: AppLayout's content area is a plain slot, this makes it the page's main landmark. */
    private final Main innehall = new Main();

    public MainLayout(AuthenticationContext authenticationContext, Supportkontakt support) {
        this.authenticationContext = authenticationContext;
        this.support = support;
        setPrimarySection(Section.DRAWER);
        setI18n(new AppLayoutI18n().setDrawer(getTranslation("meny.rubrik")));
        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("meny.vaxla-panel"));
        Header header = new Header(toggle, appName(), header());
        header.addClassName("sus-navbar");
        addToNavbar(header);
        addToDrawer(sideNav(), footer());
        innehall.setId("innehall");
        innehall.addClassName("sus-innehall");
        setContent(innehall);
    }

    @Override
    public void showRouterLayoutContent(HasElement content) {
        innehall.removeAll();
        if (content != null) {
            innehall.getElement().appendChild(content.getElement());
        }
        // AppLayout's own handling (it closes the drawer in overlay mode after a navigation).
        super.showRouterLayoutContent(innehall);
    }

    /** The application's name, a link to the start page; not a heading (the view has the page's h1). */
    private Anchor appName() {
        Anchor name = new Anchor("", getTranslation("app.namn"));
        name.addClassName("sus-app-name");
        name.setId("appnamn");
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
        sprak.setId("byt-sprak");
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
        Anchor tillganglighet = new Anchor(TillganglighetView.ROUTE, getTranslation("tillganglighet.lank"));
        tillganglighet.setId("lank-tillganglighet");
        Footer footer = new Footer(new Div(getTranslation("app.fotnot")), SupportRad.av(support), tillganglighet);
        footer.addClassName("sus-footer");
        return footer;
    }
}
