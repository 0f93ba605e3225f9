package se.finsam.sus.rapport.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import java.util.Optional;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.annotation.Order;
import se.finsam.sus.base.ui.StartTillagg;
import se.finsam.sus.rapport.RapportService;
import se.finsam.sus.rapport.Rapportfamilj;

/** The report families on the start view, for everyone who may read reports: the reason many users log in. */
class RapportPanel extends VerticalLayout {

    RapportPanel(Iterable<Rapportfamilj> familjer) {
        setId("start-rapporter");
        setPadding(false);
        add(new H2(getTranslation("rapport.titel")));
        UnorderedList lista = new UnorderedList();
        for (Rapportfamilj familj : familjer) {
            lista.add(new ListItem(new RouterLink(
                    getTranslation(familj.titelNyckel()),
                    RapportView.class,
                    new RouteParameters(RapportView.FAMILJ, familj.route()))));
        }
        add(lista);
    }

    /** Contributes the panel to the start view. */
    // Only in the web application: the command-line import runs without Vaadin.
    @org.springframework.stereotype.Component
    @ConditionalOnWebApplication
    @Order(20)
    static class Tillagg implements StartTillagg {

        private final transient RapportService rapporter;

        Tillagg(RapportService rapporter) {
            this.rapporter = rapporter;
        }

        @Override
        public Optional<Component> panel() {
            return rapporter.farLasaRapporter() && !rapporter.familjer().isEmpty()
                    ? Optional.of(new RapportPanel(rapporter.familjer()))
                    : Optional.empty();
        }
    }
}
