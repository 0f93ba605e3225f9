package se.finsam.sus.rapport.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import se.finsam.sus.base.Roller;
import se.finsam.sus.rapport.RapportService;
import se.finsam.sus.rapport.Rapportfamilj;

/** The report families, each with what it answers; the reader's scope decides which units each can show. */
@Route("rapporter")
@RolesAllowed({Roller.SYSTEMADMINISTRATOR, Roller.SAMVERKANSADMINISTRATOR, Roller.INSATSANSVARIG, Roller.RAPPORTLASARE})
@Menu(title = "meny.rapporter", order = 40, icon = "vaadin:chart-grid")
public class RapporterView extends VerticalLayout implements HasDynamicTitle {

    public RapporterView(RapportService rapporter) {
        setId("rapporter");
        add(new H1(getTranslation("rapport.titel")));
        if (!rapporter.farLasaRapporter()) {
            add(new Paragraph(getTranslation("rapport.fel.ingen-behorighet")));
            return;
        }
        add(new Paragraph(getTranslation("rapport.ingress")));
        for (Rapportfamilj familj : rapporter.familjer()) {
            RouterLink lank = new RouterLink(
                    getTranslation(familj.titelNyckel()),
                    RapportView.class,
                    new RouteParameters(RapportView.FAMILJ, familj.route()));
            lank.setId("rapport-" + familj.route());
            Div kort = new Div(lank, new Paragraph(getTranslation(familj.beskrivningNyckel())));
            kort.addClassName("sus-rapportkort");
            add(kort);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("rapport.titel");
    }
}
