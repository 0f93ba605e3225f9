package se.finsam.sus.behorighet.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.annotation.Order;
import se.finsam.sus.base.ui.StartTillagg;
import se.finsam.sus.behorighet.UppdragInfo;
import se.finsam.sus.behorighet.UppdragOversikt;
import se.finsam.sus.behorighet.UppdragRad;
import se.finsam.sus.behorighet.UppdragStatus;

/**
 * The user's active uppdrag on the start view, with links to their organisation or insats; those ending within
 * 30 days stand out.
 */
public class MinaUppdragPanel extends VerticalLayout {

    final UnorderedList lista = new UnorderedList();

    MinaUppdragPanel(List<UppdragRad> uppdrag) {
        setId("mina-uppdrag");
        setPadding(false);
        add(new H2(getTranslation("start.uppdrag.rubrik")));
        if (uppdrag.isEmpty()) {
            add(new Paragraph(getTranslation("start.uppdrag.inga")));
            return;
        }
        LocalDate idag = LocalDate.now();
        for (UppdragRad r : uppdrag) {
            UppdragInfo u = r.uppdrag();
            ListItem rad = new ListItem(
                    new Span(getTranslation("roll." + u.roll().name()) + " – "),
                    omfattning(u, r.omfattningsnamn()),
                    new Span(" – " + getTranslation("uppdrag.slut").toLowerCase() + " " + u.slutdatum()));
            if (u.status(idag) == UppdragStatus.SLUTAR_SNART) {
                Span snart = new Span(" (" + getTranslation("start.uppdrag.slutar-snart") + ")");
                rad.add(snart);
                rad.addClassName("slutar-snart");
                rad.getStyle()
                        .set("color", "var(--lumo-warning-text-color, var(--lumo-error-text-color))")
                        .set("font-weight", "600");
            }
            lista.add(rad);
        }
        add(lista);
    }

    private Component omfattning(UppdragInfo u, String omfattningsnamn) {
        String namn = omfattningsnamn == null
                ? getTranslation("uppdrag.omfattning." + u.omfattning().name())
                : omfattningsnamn;
        String href = switch (u.omfattning()) {
            case ORGANISATION -> "organisationer/" + u.organisationId();
            case INSATS -> "insatser/" + u.insatsId();
            default -> null;
        };
        if (href == null) {
            return new Span(namn);
        }
        Anchor lank = new Anchor(href, namn);
        lank.getElement().setAttribute("router-link", true);
        return lank;
    }

    /** Contributes the panel to the start view. */
    // Only in the web application: the command-line import runs without Vaadin.
    @org.springframework.stereotype.Component
    @ConditionalOnWebApplication
    @Order(10)
    static class Tillagg implements StartTillagg {

        private final transient UppdragOversikt oversikt;

        Tillagg(UppdragOversikt oversikt) {
            this.oversikt = oversikt;
        }

        @Override
        public Optional<Component> panel() {
            return Optional.of(new MinaUppdragPanel(oversikt.minaAktivaUppdrag()));
        }
    }
}
