package se.finsam.sus.base.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import se.finsam.sus.base.InloggadAnvandare;

/** The start view every logged-in user lands on, with the panels that features contribute ({@link StartTillagg}). */
@Route("")
@PermitAll
@Menu(title = "meny.start", order = 0, icon = "vaadin:home")
public class StartView extends VerticalLayout implements HasDynamicTitle {

    public StartView(AuthenticationContext authenticationContext, ObjectProvider<StartTillagg> tillagg) {
        setId("startvy");
        String namn = authenticationContext
                .getAuthenticatedUser(InloggadAnvandare.class)
                .map(InloggadAnvandare::visningsnamn)
                .orElse("");
        add(new H1(getTranslation("start.valkommen", namn)), new Paragraph(getTranslation("start.ingress")));
        tillagg.orderedStream()
                .map(StartTillagg::panel)
                .flatMap(Optional::stream)
                .forEach(this::add);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("start.titel");
    }
}
