package se.finsam.sus.deltagare.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import se.finsam.sus.base.Roller;
import se.finsam.sus.base.ui.Meddelanden;
import se.finsam.sus.deltagare.DeltagarInsatser;
import se.finsam.sus.deltagare.PersonDeltagande;
import se.finsam.sus.deltagare.PersonSokning;
import se.finsam.sus.organisation.InsatsFakta;

/**
 * The deltagaransvarig's starting point: the insatser where they hold an uppdrag, and a search for one person's
 * participations across those insatser.
 */
@Route("deltagare")
@RolesAllowed(Roller.DELTAGARANSVARIG)
@Menu(title = "meny.deltagare", order = 20, icon = "vaadin:users")
public class DeltagareView extends VerticalLayout implements HasDynamicTitle {

    private final transient DeltagarInsatser deltagare;
    private final transient PersonSokning personer;
    private final transient Clock clock;
    final TextField identitet = new TextField();
    final Grid<PersonDeltagande> traffar = new Grid<>();
    private final Paragraph ingaTraffar = new Paragraph();

    public DeltagareView(DeltagarInsatser deltagare, PersonSokning personer, Clock clock) {
        this.deltagare = deltagare;
        this.personer = personer;
        this.clock = clock;
        setId("deltagarvy");
        List<InsatsFakta> insatser = deltagare.minaInsatser();
        add(new H2(getTranslation("deltagare.vy.rubrik")));

        add(new H3(getTranslation("deltagare.vy.mina-insatser")));
        if (insatser.isEmpty()) {
            add(new Paragraph(getTranslation("deltagare.vy.inga-insatser")));
        } else {
            Grid<InsatsFakta> grid = new Grid<>();
            grid.setId("mina-insatser");
            grid.addComponentColumn(i -> new RouterLink(
                            i.namn(), InsatsDeltagareView.class, new RouteParameters("id", String.valueOf(i.id()))))
                    .setHeader(getTranslation("deltagare.vy.insats"))
                    .setAutoWidth(true)
                    .setFlexGrow(2);
            grid.addColumn(InsatsFakta::organisationNamn)
                    .setHeader(getTranslation("deltagare.vy.organisation"))
                    .setAutoWidth(true);
            grid.addColumn(InsatsFakta::startdatum)
                    .setHeader(getTranslation("deltagare.vy.startdatum"))
                    .setAutoWidth(true);
            grid.addColumn(InsatsFakta::slutdatum)
                    .setHeader(getTranslation("deltagare.vy.slutdatum"))
                    .setAutoWidth(true);
            grid.addColumn(i ->
                            getTranslation(i.individuell() ? "deltagare.vy.individuell" : "deltagare.vy.endast-antal"))
                    .setHeader(getTranslation("deltagare.vy.uppfoljning"))
                    .setAutoWidth(true);
            grid.setItems(insatser);
            grid.setAllRowsVisible(true);
            add(grid);
        }

        add(new H3(getTranslation("deltagare.vy.person-rubrik")));
        identitet.setId("person-identitet");
        identitet.setLabel(getTranslation("deltagare.vy.identitetsnummer"));
        identitet.setHelperText(getTranslation("deltagare.vy.identitetsnummer-hjalp"));
        identitet.setMaxLength(20);
        identitet.setWidth("20rem");
        identitet.addKeyPressListener(Key.ENTER, e -> sok());
        Button sok = new Button(getTranslation("deltagare.vy.sok"), VaadinIcon.SEARCH.create(), e -> sok());
        sok.setId("person-sok");
        HorizontalLayout rad = new HorizontalLayout(identitet, sok);
        rad.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

        traffar.setId("person-traffar");
        traffar.addComponentColumn(r -> new RouterLink(
                        r.insatsNamn(), DeltagandeView.class, new RouteParameters("id", String.valueOf(r.id()))))
                .setHeader(getTranslation("deltagare.vy.insats"))
                .setAutoWidth(true)
                .setFlexGrow(2);
        traffar.addColumn(PersonDeltagande::organisationNamn)
                .setHeader(getTranslation("deltagare.vy.organisation"))
                .setAutoWidth(true)
                .setKey("organisation");
        traffar.addColumn(r -> getTranslation(
                        "finansieringsform." + r.finansieringsform().name()))
                .setHeader(getTranslation("organisation.finansieringsform"))
                .setAutoWidth(true)
                .setKey("finansieringsform");
        traffar.addColumn(r ->
                        r.kostnadPerPlaneradDeltagare() == null ? "–" : Meddelanden.kr(r.kostnadPerPlaneradDeltagare()))
                .setHeader(getTranslation("budget.kostnad-per-deltagare"))
                .setAutoWidth(true)
                .setKey("kostnad-per-deltagare");
        traffar.addColumn(r -> r.deltagande().startdatum())
                .setHeader(getTranslation("deltagare.vy.startdatum"))
                .setAutoWidth(true);
        traffar.addColumn(r -> r.deltagande().slutdatum())
                .setHeader(getTranslation("deltagare.vy.slutdatum"))
                .setAutoWidth(true);
        traffar.addColumn(r -> Etikett.av(r.deltagande().avslutsanledning()))
                .setHeader(getTranslation("deltagare.vy.avslutsanledning"));
        traffar.setAllRowsVisible(true);
        traffar.setVisible(false);
        ingaTraffar.setId("person-inga-traffar");
        ingaTraffar.setVisible(false);
        add(rad, traffar, ingaTraffar);
    }

    private void sok() {
        if (!Identitetsfalt.kontrollera(identitet, LocalDate.now(clock))) {
            return;
        }
        List<PersonDeltagande> rader = personer.forPerson(identitet.getValue());
        traffar.setItems(rader);
        traffar.setVisible(!rader.isEmpty());
        ingaTraffar.setText(getTranslation("deltagare.vy.inga-traffar"));
        ingaTraffar.setVisible(rader.isEmpty());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("deltagare.vy.rubrik") + " – SUS";
    }
}
