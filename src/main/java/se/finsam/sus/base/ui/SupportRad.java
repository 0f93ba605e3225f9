package se.finsam.sus.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import se.finsam.sus.base.Supportkontakt;

/** The support contact as one line: "Support: e-mail · phone · opening hours", each part a link where it can be. */
public final class SupportRad {

    private SupportRad() {}

    public static Component av(Supportkontakt support) {
        Div rad = new Div();
        rad.addClassName("sus-support");
        rad.setId("support");
        if (support.saknas()) {
            rad.setVisible(false);
            return rad;
        }
        rad.add(new Span(rad.getTranslation("support.rubrik") + " "));
        boolean forsta = true;
        if (!support.epost().isEmpty()) {
            rad.add(new Anchor("mailto:" + support.epost(), support.epost()));
            forsta = false;
        }
        if (!support.telefon().isEmpty()) {
            rad.add(new Span(forsta ? "" : " · "));
            rad.add(new Anchor("tel:" + support.telefon().replaceAll("[^0-9+]", ""), support.telefon()));
            forsta = false;
        }
        if (!support.oppettider().isEmpty()) {
            rad.add(new Span((forsta ? "" : " · ") + support.oppettider()));
        }
        return rad;
    }
}
