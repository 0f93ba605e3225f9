package se.finsam.sus.behorighet.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import se.finsam.sus.base.HittadesInteException;
import se.finsam.sus.base.Roll;
import se.finsam.sus.base.Roller;
import se.finsam.sus.base.ui.Sparning;
import se.finsam.sus.base.ui.Tabell;
import se.finsam.sus.behorighet.UppdragAdministration;
import se.finsam.sus.behorighet.UppdragFilter;
import se.finsam.sus.behorighet.UppdragOversikt;
import se.finsam.sus.behorighet.UppdragRad;
import se.finsam.sus.behorighet.UppdragStatus;
import se.finsam.sus.geografi.GeografiService;

/**
 * The system administrator's overview of every uppdrag: a lazy grid filtered by name, role and status, with
 * renewal, ending, and giving rapportläsare their report scope.
 */
@Route("admin/uppdrag")
@RolesAllowed(Roller.SYSTEMADMINISTRATOR)
@Menu(title = "meny.uppdrag", order = 85, icon = "vaadin:clipboard-user")
public class UppdragOversiktView extends VerticalLayout implements HasDynamicTitle {

    private final transient UppdragAdministration administration;
    final Grid<UppdragRad> grid = Tabell.ny();
    final TextField namn = new TextField();
    final ComboBox<Roll> roll = new ComboBox<>();
    final ComboBox<UppdragStatus> status = new ComboBox<>();
    final Button geRapportuppdrag = new Button();

    public UppdragOversiktView(
            UppdragAdministration administration, UppdragOversikt oversikt, GeografiService geografi) {
        this.administration = administration;
        setSizeFull();

        namn.setLabel(getTranslation("uppdrag.oversikt.namn"));
        namn.setValueChangeMode(ValueChangeMode.LAZY);
        namn.setClearButtonVisible(true);
        // A behörighetsadministratör's scope is their employer, never an uppdrag: not a filter here.
        BehorighetUi.enumval(
                roll,
                getTranslation("uppdrag.roll"),
                "roll.",
                Arrays.stream(Roll.values())
                        .filter(r -> r != Roll.BEHORIGHETSADMINISTRATOR)
                        .toList());
        roll.setClearButtonVisible(true);
        BehorighetUi.enumval(
                status, getTranslation("uppdrag.status"), "uppdrag.status.", List.of(UppdragStatus.values()));
        status.setClearButtonVisible(true);
        namn.addValueChangeListener(e -> uppdatera());
        roll.addValueChangeListener(e -> uppdatera());
        status.addValueChangeListener(e -> uppdatera());

        geRapportuppdrag.setText(getTranslation("uppdrag.rapport.ge"));
        geRapportuppdrag.setId("ge-rapportuppdrag");
        geRapportuppdrag.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        geRapportuppdrag.addClickListener(
                e -> new GeRapportuppdragDialog(administration, oversikt.organisationer(), geografi, this::uppdatera)
                        .open());

        grid.setId("uppdrag-oversikt");
        grid.addColumn(r -> r.namn() + " (" + r.anvandarnamn() + ")")
                .setHeader(getTranslation("uppdrag.anvandare"))
                .setAutoWidth(true);
        BehorighetUi.roll(grid);
        BehorighetUi.omfattning(grid);
        BehorighetUi.periodOchErsattare(grid);
        grid.addComponentColumn(this::status)
                .setHeader(getTranslation("uppdrag.status"))
                .setAutoWidth(true);
        Tabell.atgarder(grid, this::atgarder).setKey("atgarder");
        grid.setItems(
                query -> oversikt.sok(filter(), VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) oversikt.antal(filter()));

        HorizontalLayout filter = new HorizontalLayout(namn, roll, status, geRapportuppdrag);
        filter.setAlignItems(FlexComponent.Alignment.BASELINE);
        filter.setWrap(true);
        add(new H1(getTranslation("uppdrag.oversikt.rubrik")), filter, grid);
    }

    UppdragFilter filter() {
        return new UppdragFilter(namn.getValue(), roll.getValue(), status.getValue());
    }

    /** The status; one ending within 30 days stands out. */
    private Span status(UppdragRad r) {
        UppdragStatus s = r.uppdrag().status(LocalDate.now());
        Span text = new Span(getTranslation("uppdrag.status." + s.name()));
        if (s == UppdragStatus.SLUTAR_SNART) {
            text.getStyle()
                    .set("color", "var(--lumo-warning-text-color, var(--lumo-error-text-color))")
                    .set("font-weight", "600");
        }
        return text;
    }

    private HorizontalLayout atgarder(UppdragRad r) {
        HorizontalLayout knappar = new HorizontalLayout();
        if (r.uppdrag().status(LocalDate.now()) == UppdragStatus.AVSLUTAT) {
            return knappar;
        }
        knappar.add(knapp(
                "uppdrag.forlang",
                "forlang-" + r.id(),
                () -> administration.forlang(r.id(), LocalDate.now().plusYears(2))));
        knappar.add(knapp("uppdrag.avsluta", "avsluta-" + r.id(), () -> administration.avsluta(r.id())));
        return knappar;
    }

    private Button knapp(String nyckel, String id, Runnable handling) {
        Button b = new Button(getTranslation(nyckel), e -> utfor(handling));
        b.setId(id);
        b.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        return b;
    }

    private void utfor(Runnable handling) {
        new Sparning()
                .felVisas(e -> Notification.show(getTranslation(e.nyckel(), e.argument()))
                        .addThemeVariants(NotificationVariant.LUMO_ERROR))
                .vid(
                        HittadesInteException.class,
                        e -> Notification.show(getTranslation("fel.hittades-inte-text"))
                                .addThemeVariants(NotificationVariant.LUMO_ERROR))
                .vidKonflikt(() -> Notification.show(getTranslation("uppdrag.konflikt"))
                        .addThemeVariants(NotificationVariant.LUMO_WARNING))
                .sedan(() -> Notification.show(getTranslation("allmant.sparat"))
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS))
                .utfor(handling);
        uppdatera();
    }

    private void uppdatera() {
        grid.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("uppdrag.oversikt.rubrik");
    }
}
