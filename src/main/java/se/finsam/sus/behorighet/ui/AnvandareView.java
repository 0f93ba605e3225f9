package se.finsam.sus.behorighet.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.util.stream.Collectors;
import se.finsam.sus.base.Roller;
import se.finsam.sus.behorighet.AnvandarRad;
import se.finsam.sus.behorighet.AnvandarService;

/** The system administrator's list of users (lazy: pages are fetched from the database as the user scrolls). */
@Route("admin/anvandare")
@RolesAllowed(Roller.SYSTEMADMINISTRATOR)
@Menu(title = "meny.anvandare", order = 80, icon = "vaadin:users")
public class AnvandareView extends VerticalLayout implements HasDynamicTitle {

    public AnvandareView(AnvandarService anvandare) {
        setSizeFull();
        Grid<AnvandarRad> grid = new Grid<>();
        grid.setId("anvandare");
        grid.addColumn(AnvandarRad::anvandarnamn).setHeader(getTranslation("anvandare.anvandarnamn"));
        grid.addColumn(AnvandarRad::namn).setHeader(getTranslation("anvandare.namn"));
        grid.addColumn(a -> a.roller().stream().sorted().map(r -> getTranslation("roll." + r.name()))
                .collect(Collectors.joining(", "))).setHeader(getTranslation("anvandare.roller"));
        grid.addColumn(a -> getTranslation(a.aktiv() ? "anvandare.aktiv" : "anvandare.inaktiv"))
                .setHeader(getTranslation("anvandare.status"));
        grid.setItems(query -> anvandare.lista(VaadinSpringDataHelpers.toSpringPageRequest(query)),
                query -> (int) anvandare.antal());
        add(new H2(getTranslation("anvandare.rubrik")), grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("anvandare.rubrik");
    }
}
