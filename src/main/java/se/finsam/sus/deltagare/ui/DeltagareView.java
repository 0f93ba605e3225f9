package se.finsam.sus.deltagare.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import se.finsam.sus.base.Roller;
import se.finsam.sus.base.ui.Meddelanden;
import se.finsam.sus.base.ui.Tabell;
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
    final Grid<PersonDeltagande> traffar = Tabell.ny();
    private final Paragraph ingaTraffar = new Paragraph();

    public DeltagareView(DeltagarInsatser deltagare, PersonSokning personer, Clock clock) {
        this.deltagare = deltagare;
        this.personer = personer;
        this.clock = clock;
        setId("deltagarvy");
        List<InsatsFakta> insatser = deltagare.minaInsatser();
        add(new H1(getTranslation("deltagare.vy.rubrik")));

        add(new H2(getTranslation("deltagare.vy.mina-insatser")));
        if (insatser.isEmpty()) {
            add(new Paragraph(getTranslation("deltagare.vy.inga-insatser")));
        } else {
            Grid<InsatsFakta> grid = Tabell.ny();
            grid.setId("mina-insatser");
            Tabell.lankar(grid, InsatsFakta::namn, InsatsDeltagareView.class, InsatsFakta::id, "deltagare.vy.insats")
                    .setFlexGrow(2);
            Tabell.kolumn(grid, InsatsFakta::organisationNamn, "deltagare.vy.organisation");
            Tabell.kolumn(grid, InsatsFakta::startdatum, "deltagare.vy.startdatum");
            Tabell.kolumn(grid, InsatsFakta::slutdatum, "deltagare.vy.slutdatum");
            Tabell.kolumn(
                    grid,
                    i -> getTranslation(i.individuell() ? "deltagare.vy.individuell" : "deltagare.vy.endast-antal"),
                    "deltagare.vy.uppfoljning");
            grid.setItems(insatser);
            grid.setAllRowsVisible(true);
            add(grid);
        }

        add(new H2(getTranslation("deltagare.vy.person-rubrik")));
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
        Tabell.lankar(
                        traffar,
                        PersonDeltagande::insatsNamn,
                        DeltagandeView.class,
                        PersonDeltagande::id,
                        "deltagare.vy.insats")
                .setFlexGrow(2);
        Tabell.kolumn(traffar, PersonDeltagande::organisationNamn, "deltagare.vy.organisation")
                .setKey("organisation");
        Tabell.kolumn(
                        traffar,
                        r -> getTranslation(
                                "finansieringsform." + r.finansieringsform().name()),
                        "organisation.finansieringsform")
                .setKey("finansieringsform");
        Tabell.kolumn(
                        traffar,
                        r -> r.kostnadPerPlaneradDeltagare() == null
                                ? "–"
                                : Meddelanden.kr(r.kostnadPerPlaneradDeltagare()),
                        "budget.kostnad-per-deltagare")
                .setKey("kostnad-per-deltagare");
        Tabell.kolumn(traffar, r -> r.deltagande().startdatum(), "deltagare.vy.startdatum");
        Tabell.kolumn(traffar, r -> r.deltagande().slutdatum(), "deltagare.vy.slutdatum");
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
