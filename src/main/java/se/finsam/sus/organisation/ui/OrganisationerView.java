package se.finsam.sus.organisation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.ConfigurableFilterDataProvider;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import se.finsam.sus.base.Roll;
import se.finsam.sus.base.Roller;
import se.finsam.sus.base.ui.SparaDialog;
import se.finsam.sus.base.ui.Tabell;
import se.finsam.sus.behorighet.BehorighetService;
import se.finsam.sus.geografi.GeografiService;
import se.finsam.sus.geografi.KommunInfo;
import se.finsam.sus.geografi.LanInfo;
import se.finsam.sus.organisation.Finansieringsform;
import se.finsam.sus.organisation.OrganisationFilter;
import se.finsam.sus.organisation.OrganisationRad;
import se.finsam.sus.organisation.OrganisationService;
import se.finsam.sus.organisation.OrganisationUppgifter;
import se.finsam.sus.organisation.Organisationsnummer;

/**
 * Samverkansorganisationer the user may see (all for system administrators), searchable by name or organisation
 * number and filterable by län and finansieringsform; system administrators create new ones here.
 */
@Route("organisationer")
@RolesAllowed({Roller.SYSTEMADMINISTRATOR, Roller.SAMVERKANSADMINISTRATOR, Roller.INSATSANSVARIG})
@Menu(title = "meny.organisationer", order = 10, icon = "vaadin:office")
public class OrganisationerView extends VerticalLayout implements HasDynamicTitle {

    private final OrganisationService organisationer;
    private final GeografiService geografi;
    private final TextField sok = new TextField();
    private final ComboBox<LanInfo> lan = new ComboBox<>();
    private final ComboBox<Finansieringsform> form = new ComboBox<>();
    private final ComboBox<Boolean> status = new ComboBox<>();
    private final ConfigurableFilterDataProvider<OrganisationRad, Void, OrganisationFilter> data;

    public OrganisationerView(
            OrganisationService organisationer, GeografiService geografi, BehorighetService behorighet) {
        this.organisationer = organisationer;
        this.geografi = geografi;
        setSizeFull();
        List<LanInfo> allaLan = geografi.allaLan();
        Map<String, String> lanNamn = allaLan.stream().collect(Collectors.toMap(LanInfo::kod, LanInfo::namn));

        sok.setId("sok");
        sok.setLabel(getTranslation("organisation.sok"));
        sok.setValueChangeMode(ValueChangeMode.LAZY);
        sok.setClearButtonVisible(true);
        lan.setId("filter-lan");
        lan.setLabel(getTranslation("organisation.lan"));
        lan.setItems(allaLan);
        lan.setItemLabelGenerator(LanInfo::namn);
        lan.setClearButtonVisible(true);
        form.setId("filter-finansieringsform");
        form.setLabel(getTranslation("organisation.finansieringsform"));
        form.setItems(Finansieringsform.values());
        form.setItemLabelGenerator(f -> getTranslation("finansieringsform." + f.name()));
        form.setClearButtonVisible(true);
        status.setId("filter-status");
        status.setLabel(getTranslation("organisation.status"));
        status.setItems(Boolean.TRUE, Boolean.FALSE);
        status.setItemLabelGenerator(
                a -> getTranslation(a ? "organisation.status.aktiva" : "organisation.status.avslutade"));
        status.setClearButtonVisible(true);

        DataProvider<OrganisationRad, OrganisationFilter> provider = DataProvider.fromFilteringCallbacks(
                q -> organisationer.sok(
                        q.getFilter().orElse(OrganisationFilter.ALLA), VaadinSpringDataHelpers.toSpringPageRequest(q)),
                q -> (int) organisationer.rakna(q.getFilter().orElse(OrganisationFilter.ALLA)));
        data = provider.withConfigurableFilter();

        Grid<OrganisationRad> grid = Tabell.ny();
        grid.setId("organisationer");
        Tabell.lankar(grid, OrganisationRad::namn, OrganisationView.class, OrganisationRad::id, "organisation.namn")
                .setFlexGrow(2);
        Tabell.kolumn(grid, r -> Organisationsnummer.formatera(r.organisationsnummer()), "organisation.orgnr");
        grid.addComponentColumn(r -> {
                    HorizontalLayout cell = new HorizontalLayout();
                    cell.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
                    cell.setSpacing(true);
                    if (r.harLogo()) {
                        cell.add(OrganisationView.logo(organisationer, r.id(), r.namn(), "1.5rem"));
                    }
                    cell.add(new Span(getTranslation(
                            "finansieringsform." + r.finansieringsform().name())));
                    return cell;
                })
                .setHeader(getTranslation("organisation.finansieringsform"))
                .setAutoWidth(true);
        grid.addColumn(r -> r.omradeskoder().stream()
                        .map(k -> k.substring(0, 2))
                        .distinct()
                        .map(k -> lanNamn.getOrDefault(k, k))
                        .collect(Collectors.joining(", ")))
                .setHeader(getTranslation("organisation.lan"));
        Tabell.kolumn(grid, OrganisationRad::startdatum, "organisation.startdatum");
        Tabell.kolumn(grid, OrganisationRad::slutdatum, "organisation.slutdatum");
        grid.setItems(data);

        sok.addValueChangeListener(e -> filtrera());
        lan.addValueChangeListener(e -> filtrera());
        form.addValueChangeListener(e -> filtrera());
        status.addValueChangeListener(e -> filtrera());

        HorizontalLayout filter = new HorizontalLayout(sok, lan, form, status);
        filter.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filter.setWrap(true);
        if (behorighet.harRoll(Roll.SYSTEMADMINISTRATOR)) {
            Button ny = new Button(getTranslation("organisation.ny"), e -> oppnaNy());
            ny.setId("ny-organisation");
            ny.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            filter.add(ny);
        }
        add(new H1(getTranslation("organisation.rubrik")), filter, grid);
    }

    private void filtrera() {
        data.setFilter(new OrganisationFilter(
                sok.getValue(),
                lan.getValue() == null ? null : lan.getValue().kod(),
                form.getValue(),
                status.getValue()));
    }

    private void oppnaNy() {
        List<KommunInfo> kommuner = geografi.allaKommuner();
        OrganisationForm formular = new OrganisationForm(kommuner, geografi.allaLan(), geografi.allaStadsdelar(), true);
        SparaDialog<OrganisationUppgifter> dialog = SparaDialog.<OrganisationUppgifter>forNy(
                        "ny-organisation-dialog",
                        getTranslation("organisation.ny"),
                        formular,
                        formular::las,
                        organisationer::skapa,
                        formular::visaFel,
                        ny -> Tabell.oppna(this, OrganisationView.class, ny))
                .sparaKnappId("spara-organisation");
        dialog.setWidth("min(60rem, 95vw)");
        add(dialog);
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("organisation.titel");
    }
}
