package se.finsam.sus.deltagare.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.ConfigurableFilterDataProvider;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import se.finsam.sus.base.Roller;
import se.finsam.sus.base.ui.PostFranAdress;
import se.finsam.sus.deltagare.DeltagandeFilter;
import se.finsam.sus.deltagare.DeltagandeRad;
import se.finsam.sus.deltagare.DeltagandeService;
import se.finsam.sus.deltagare.DeltagarAntalService;
import se.finsam.sus.geografi.GeografiService;
import se.finsam.sus.organisation.InsatsFakta;

/**
 * The participations of one insats in a lazy grid (filter active/ended/all, search by identity number), with
 * registration and the anonymous counts; for count-only insatser only the counts. Outside the user's uppdrag the
 * service says "not found", and so does this page.
 */
@Route("insatser/:id([0-9]{1,18})/deltagare")
@RolesAllowed(Roller.DELTAGARANSVARIG)
public class InsatsDeltagareView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient DeltagandeService deltagare;
    private final transient DeltagarAntalService antal;
    private final transient GeografiService geografi;
    private final transient Clock clock;
    private InsatsFakta insats;
    // Built anew for each insats: the router reuses this view when only the id changes.
    private RadioButtonGroup<DeltagandeFilter.Status> status;
    private TextField sok;
    private ConfigurableFilterDataProvider<DeltagandeRad, Void, DeltagandeFilter> data;

    public InsatsDeltagareView(
            DeltagandeService deltagare, DeltagarAntalService antal, GeografiService geografi, Clock clock) {
        this.deltagare = deltagare;
        this.antal = antal;
        this.geografi = geografi;
        this.clock = clock;
        setId("insats-deltagare");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        PostFranAdress.hamta(event, antal::insats).ifPresent(post -> {
            insats = post;
            bygg();
        });
    }

    private void bygg() {
        removeAll();
        add(new H2(getTranslation("deltagare.vy.insats-rubrik", insats.namn())));
        add(new Paragraph(insats.organisationNamn() + " · " + period()));
        if (insats.individuell()) {
            add(deltagarlista());
        } else {
            add(new Paragraph(getTranslation("deltagare.vy.volyminsats")));
        }
        add(new AntalPanel(antal, insats.id(), insats.individuell(), LocalDate.now(clock)));
    }

    private String period() {
        return insats.slutdatum() == null
                ? getTranslation("deltagare.vy.period-fran", insats.startdatum())
                : insats.startdatum() + " – " + insats.slutdatum();
    }

    private VerticalLayout deltagarlista() {
        VerticalLayout sektion = new VerticalLayout();
        sektion.setPadding(false);
        status = new RadioButtonGroup<>();
        sok = new TextField();
        status.setId("filter-status");
        status.setLabel(getTranslation("deltagare.vy.visa"));
        status.setItems(
                DeltagandeFilter.Status.AKTIVA, DeltagandeFilter.Status.AVSLUTADE, DeltagandeFilter.Status.ALLA);
        status.setItemLabelGenerator(Etikett::av);
        status.setValue(DeltagandeFilter.Status.AKTIVA);
        sok.setId("sok-identitet");
        sok.setLabel(getTranslation("deltagare.vy.sok-identitet"));
        sok.setHelperText(getTranslation("deltagare.vy.sok-identitet-hjalp"));
        sok.setClearButtonVisible(true);
        sok.setMaxLength(20);
        sok.setWidth("20rem");
        Button sokKnapp = new Button(getTranslation("deltagare.vy.sok"), VaadinIcon.SEARCH.create(), e -> filtrera());
        sokKnapp.setId("sok-knapp");
        // An identity search is audited: search on Enter or the button, not on every keystroke.
        sok.addKeyPressListener(Key.ENTER, e -> filtrera());
        sok.addValueChangeListener(e -> {
            if (e.getValue().isBlank()) {
                filtrera();
            }
        });
        status.addValueChangeListener(e -> filtrera());

        DataProvider<DeltagandeRad, DeltagandeFilter> provider = DataProvider.fromFilteringCallbacks(
                q -> deltagare.sok(
                        insats.id(),
                        q.getFilter().orElse(filter(null)),
                        VaadinSpringDataHelpers.toSpringPageRequest(q)),
                q -> (int) deltagare.rakna(insats.id(), q.getFilter().orElse(filter(null))));
        data = provider.withConfigurableFilter();
        data.setFilter(filter(null));

        Grid<DeltagandeRad> grid = new Grid<>();
        grid.setId("deltagare-grid");
        grid.addComponentColumn(r -> new RouterLink(
                        r.identitetsnummer() == null
                                ? getTranslation("deltagare.vy.anonymiserad")
                                : r.identitetsnummer(),
                        DeltagandeView.class,
                        new RouteParameters("id", String.valueOf(r.id()))))
                .setHeader(getTranslation("deltagare.vy.identitetsnummer"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(r -> Etikett.av(r.kon()))
                .setHeader(getTranslation("deltagare.vy.kon"))
                .setAutoWidth(true);
        grid.addColumn(r -> Etikett.av(r.aldersgrupp()))
                .setHeader(getTranslation("deltagare.vy.aldersgrupp"))
                .setAutoWidth(true);
        grid.addColumn(DeltagandeRad::startdatum)
                .setHeader(getTranslation("deltagare.vy.startdatum"))
                .setAutoWidth(true);
        grid.addColumn(DeltagandeRad::slutdatum)
                .setHeader(getTranslation("deltagare.vy.slutdatum"))
                .setAutoWidth(true);
        grid.addColumn(r -> Etikett.av(r.avslutsanledning()))
                .setHeader(getTranslation("deltagare.vy.avslutsanledning"));
        grid.setItems(data);
        grid.setPageSize(50);
        grid.setHeight("28rem");

        Button registrera =
                new Button(getTranslation("deltagare.vy.registrera"), VaadinIcon.PLUS.create(), e -> registrera());
        registrera.setId("registrera");
        registrera.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout verktyg = new HorizontalLayout(status, sok, sokKnapp, registrera);
        verktyg.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        verktyg.setWrap(true);
        sektion.add(verktyg, grid);
        return sektion;
    }

    private DeltagandeFilter filter(String identitet) {
        return new DeltagandeFilter(
                status.getValue() == null ? DeltagandeFilter.Status.ALLA : status.getValue(), identitet);
    }

    /** Applies the filter; an identity number is checked first, so that the grid never asks with a bad one. */
    private void filtrera() {
        String text = sok.getValue().strip();
        if (text.isEmpty()) {
            sok.setInvalid(false);
        } else if (!Identitetsfalt.kontrollera(sok, LocalDate.now(clock))) {
            return;
        }
        data.setFilter(filter(text.isEmpty() ? null : text));
    }

    private void registrera() {
        LocalDate idag = LocalDate.now(clock);
        InskrivningForm form = new InskrivningForm(geografi.allaKommuner(), idag);
        new SparaDialog<>(
                        "registrera-dialog",
                        getTranslation("deltagare.vy.registrera"),
                        form,
                        form::las,
                        inskrivning -> {
                            long id = deltagare.registrera(insats.id(), inskrivning);
                            getUI().ifPresent(ui ->
                                    ui.navigate(DeltagandeView.class, new RouteParameters("id", String.valueOf(id))));
                        },
                        form::visaFel,
                        () -> {})
                .open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("deltagare.vy.insats-rubrik", insats == null ? "" : insats.namn()) + " – SUS";
    }
}
