package se.finsam.sus.hjalp.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.util.Optional;
import se.finsam.sus.base.Supportkontakt;
import se.finsam.sus.base.ui.SupportRad;
import se.finsam.sus.hjalp.Hjalpsida;
import se.finsam.sus.hjalp.Hjalpsidor;

/**
 * The user guide: {@code hjalp} shows its start page, {@code hjalp/<namn>} one page, with the list of pages beside
 * it and the support contact below. A name that is no page of the guide gives the not-found page.
 */
@Route("hjalp/:" + HjalpView.SIDA + "?")
@PermitAll
@Menu(title = "meny.hjalp", order = 110, icon = "vaadin:question-circle-o")
public class HjalpView extends FlexLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String SIDA = "sida";

    private final transient Hjalpsidor sidor;
    private final transient Supportkontakt support;
    private String titel = "";

    public HjalpView(Hjalpsidor sidor, Supportkontakt support) {
        this.sidor = sidor;
        this.support = support;
        setId("hjalp");
        addClassName("sus-hjalp");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String namn = event.getRouteParameters().get(SIDA).orElse(Hjalpsidor.START);
        Optional<Hjalpsida> sida = sidor.hamta(namn, getLocale());
        if (sida.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        titel = namn.equals(Hjalpsidor.START) ? "" : sida.get().titel();
        removeAll();
        add(innehall(namn), text(sida.get()));
    }

    private Nav innehall(String vald) {
        Nav nav = new Nav();
        nav.setId("hjalp-sidor");
        nav.addClassName("sus-hjalp-sidor");
        nav.getElement().setAttribute("aria-label", getTranslation("hjalp.sidor"));
        Div lista = new Div();
        for (Hjalpsida sida : sidor.alla(getLocale())) {
            Component lank;
            if (sida.namn().equals(vald)) {
                Span aktuell = new Span(sida.titel());
                aktuell.getElement().setAttribute("aria-current", "page");
                lank = aktuell;
            } else {
                lank = new RouterLink(sida.titel(), HjalpView.class, new RouteParameters(SIDA, sida.namn()));
            }
            Div rad = new Div(lank);
            rad.addClassName("sus-hjalp-sida");
            lista.add(rad);
        }
        nav.add(lista);
        return nav;
    }

    private Section text(Hjalpsida sida) {
        Html html = new Html(sida.html());
        Component kontakt = SupportRad.av(support);
        // The footer shows the same contact with the id "support".
        kontakt.setId("hjalp-support");
        Section text = new Section(html, kontakt);
        text.setId("hjalp-text");
        text.addClassName("sus-hjalp-text");
        return text;
    }

    @Override
    public String getPageTitle() {
        // "Hjälp – SUS" for the start page, "Avsluta ett deltagande – Hjälp – SUS" for a page.
        return titel.isEmpty() ? getTranslation("hjalp.titel-start") : getTranslation("hjalp.titel", titel);
    }
}
