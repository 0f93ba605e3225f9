package se.finsam.sus.deltagare.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.ConfigurableFilterDataProvider;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import se.finsam.sus.base.Roller;
import se.finsam.sus.base.ui.PostVy;
import se.finsam.sus.base.ui.SparaDialog;
import se.finsam.sus.base.ui.Tabell;
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
public class InsatsDeltagareView extends PostVy<InsatsFakta> {

    private final transient DeltagandeService deltagare;
    private final transient DeltagarAntalService antal;
    private final transient GeografiService geografi;
    private final transient Clock clock;
    // Built anew for each insats: the router reuses this view when only the id changes.
    private RadioButtonGroup<DeltagandeFilter.Status> status;
    private TextField sok;
    private ConfigurableFilterDataProvider<DeltagandeRad, Void, DeltagandeFilter> data;

    public InsatsDeltagareView(
            DeltagandeService deltagare, DeltagarAntalService antal, GeografiService geografi, Clock clock) {
        super("insats-deltagare", antal::insats);
        this.deltagare = deltagare;
        this.antal = antal;
        this.geografi = geografi;
        this.clock = clock;
    }

    @Override
    protected void bygg() {
        add(new H1(getTranslation("deltagare.vy.insats-rubrik", post().namn())));
        add(new Paragraph(post().organisationNamn() + " · " + period()));
        if (post().individuell()) {
            add(deltagarlista());
        } else {
            add(new Paragraph(getTranslation("deltagare.vy.volyminsats")));
        }
        add(new AntalPanel(antal, post().id(), post().individuell(), LocalDate.now(clock)));
    }

    private String period() {
        return post().slutdatum() == null
                ? getTranslation("deltagare.vy.period-fran", post().startdatum())
                : post().startdatum() + " – " + post().slutdatum();
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
                        post().id(),
                        q.getFilter().orElse(filter(null)),
                        VaadinSpringDataHelpers.toSpringPageRequest(q)),
                q -> (int) deltagare.rakna(post().id(), q.getFilter().orElse(filter(null))));
        data = provider.withConfigurableFilter();
        data.setFilter(filter(null));

        Grid<DeltagandeRad> grid = Tabell.ny();
        grid.setId("deltagare-grid");
        Tabell.lankar(
                        grid,
                        r -> r.identitetsnummer() == null
                                ? getTranslation("deltagare.vy.anonymiserad")
                                : r.identitetsnummer(),
                        DeltagandeView.class,
                        DeltagandeRad::id,
                        "deltagare.vy.identitetsnummer")
                .setFlexGrow(0);
        Tabell.kolumn(grid, r -> Etikett.av(r.kon()), "deltagare.vy.kon");
        Tabell.kolumn(grid, r -> Etikett.av(r.aldersgrupp()), "deltagare.vy.aldersgrupp");
        Tabell.kolumn(grid, DeltagandeRad::startdatum, "deltagare.vy.startdatum");
        Tabell.kolumn(grid, DeltagandeRad::slutdatum, "deltagare.vy.slutdatum");
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
                            long id = deltagare.registrera(post().id(), inskrivning);
                            Tabell.oppna(this, DeltagandeView.class, id);
                        },
                        form::visaFel,
                        () -> {})
                .open();
    }

    @Override
    protected String titel() {
        return getTranslation("deltagare.vy.insats-rubrik", post() == null ? "" : post().namn());
    }
}
