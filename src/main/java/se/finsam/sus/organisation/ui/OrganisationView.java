package se.finsam.sus.organisation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.List;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import se.finsam.sus.base.HittadesInteException;
import se.finsam.sus.base.Roller;
import se.finsam.sus.base.ValideringsException;
import se.finsam.sus.behorighet.UppdragAdministration;
import se.finsam.sus.behorighet.ui.UppdragPanel;
import se.finsam.sus.geografi.GeografiService;
import se.finsam.sus.organisation.InsatsRad;
import se.finsam.sus.organisation.InsatsService;
import se.finsam.sus.organisation.OrganisationDetalj;
import se.finsam.sus.organisation.OrganisationService;
import se.finsam.sus.organisation.SamverkansbudgetRad;

/**
 * One samverkansorganisation: its data (editable by its samverkansadministratörer and system administrators), its
 * insatser and its yearly samverkansbudget with totals and what remains. Ids outside the user's scope give "not
 * found".
 */
@Route("organisationer/:id([0-9]{1,18})")
@RolesAllowed({Roller.SYSTEMADMINISTRATOR, Roller.SAMVERKANSADMINISTRATOR, Roller.INSATSANSVARIG})
public class OrganisationView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final OrganisationService organisationer;
    private final InsatsService insatser;
    private final GeografiService geografi;
    private final transient UppdragAdministration uppdrag;
    private OrganisationDetalj organisation;
    private String titel = "";

    public OrganisationView(OrganisationService organisationer, InsatsService insatser, GeografiService geografi,
            UppdragAdministration uppdrag) {
        this.uppdrag = uppdrag;
        this.organisationer = organisationer;
        this.insatser = insatser;
        this.geografi = geografi;
        setId("organisationvy");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = event.getRouteParameters().getLong("id").orElse(-1L);
        try {
            organisation = organisationer.hamta(id);
        } catch (HittadesInteException e) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        bygg();
    }

    private void bygg() {
        removeAll();
        long id = organisation.id();
        titel = organisation.namn();
        boolean farAndra = organisationer.farAndra(id);
        add(new H2(organisation.namn()));

        add(new H3(getTranslation("organisation.uppgifter")));
        OrganisationForm form = new OrganisationForm(geografi.allaKommuner(), geografi.allaLan(), false);
        form.visa(organisation.uppgifter());
        form.lasbar(!farAndra);
        Div konflikt = new Div();
        add(form, konflikt);
        if (farAndra) {
            Button spara = new Button(getTranslation("allmant.spara"), e -> form.las().ifPresent(u -> {
                try {
                    organisation = organisationer.uppdatera(id, organisation.version(), u);
                    Meddelanden.sparat();
                    bygg();
                } catch (ValideringsException fel) {
                    form.visaFel(fel);
                } catch (ObjectOptimisticLockingFailureException fel) {
                    konflikt.removeAll();
                    konflikt.add(Meddelanden.konflikt(this::laddaOm));
                }
            }));
            spara.setId("spara-organisation");
            spara.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(spara);
        }

        add(new H3(getTranslation("organisation.insatser")));
        Grid<InsatsRad> insatsGrid = new Grid<>();
        insatsGrid.setId("insatser");
        insatsGrid.addComponentColumn(r -> new RouterLink(r.namn(), InsatsView.class,
                new RouteParameters("id", String.valueOf(r.id())))).setHeader(getTranslation("insats.namn"))
                .setFlexGrow(2);
        insatsGrid.addColumn(r -> getTranslation("inriktning." + r.inriktning().name()))
                .setHeader(getTranslation("insats.inriktning"));
        insatsGrid.addColumn(r -> getTranslation("preciserad." + r.preciseradInriktning().name()))
                .setHeader(getTranslation("insats.preciserad-inriktning"));
        insatsGrid.addColumn(r -> getTranslation(r.prioriterad() ? "allmant.ja" : "allmant.nej"))
                .setHeader(getTranslation("insats.prioriterad")).setAutoWidth(true);
        insatsGrid.addColumn(InsatsRad::startdatum).setHeader(getTranslation("insats.startdatum")).setAutoWidth(true);
        insatsGrid.addColumn(InsatsRad::slutdatum).setHeader(getTranslation("insats.slutdatum")).setAutoWidth(true);
        insatsGrid.setItems(insatser.insatserFor(id));
        insatsGrid.setAllRowsVisible(true);
        add(insatsGrid);
        if (organisationer.farSkapaInsats(id)) {
            Button ny = new Button(getTranslation("insats.ny"), e -> nyInsats());
            ny.setId("ny-insats");
            add(ny);
        }

        add(new H3(getTranslation("organisation.budget")));
        List<SamverkansbudgetRad> budgetar = organisationer.samverkansbudgetar(id);
        Grid<SamverkansbudgetRad> budgetGrid = new Grid<>();
        budgetGrid.setId("samverkansbudget");
        budgetGrid.addColumn(SamverkansbudgetRad::ar).setHeader(getTranslation("budget.ar")).setAutoWidth(true);
        budgetGrid.addColumn(r -> Meddelanden.kr(r.summaMedel())).setHeader(getTranslation("budget.summa-medel"));
        budgetGrid.addColumn(r -> Meddelanden.kr(r.egetKapital())).setHeader(getTranslation("budget.eget-kapital"));
        budgetGrid.addColumn(r -> Meddelanden.kr(r.tillgangligt())).setHeader(getTranslation("budget.tillgangligt"));
        budgetGrid.addColumn(r -> Meddelanden.kr(r.forvaltningBudget()))
                .setHeader(getTranslation("budget.forvaltning-budget"));
        budgetGrid.addColumn(r -> Meddelanden.kr(r.forvaltningUtfall()))
                .setHeader(getTranslation("budget.forvaltning-utfall"));
        budgetGrid.addColumn(r -> Meddelanden.kr(r.insatsernasBudget())).setHeader(getTranslation("budget.insatser"));
        budgetGrid.addColumn(r -> Meddelanden.kr(r.kvar())).setHeader(getTranslation("budget.kvar"));
        if (farAndra) {
            budgetGrid.addComponentColumn(r -> new Button(getTranslation("budget.andra"),
                    e -> samverkansbudget(r, r.ar()))).setAutoWidth(true);
        }
        budgetGrid.setItems(budgetar);
        budgetGrid.setAllRowsVisible(true);
        add(budgetGrid);
        if (farAndra) {
            int nastaAr = budgetar.isEmpty() ? LocalDate.now().getYear() : budgetar.getLast().ar() + 1;
            Button ny = new Button(getTranslation("budget.ny"), e -> samverkansbudget(null, nastaAr));
            ny.setId("ny-samverkansbudget");
            add(ny);
        }
        UppdragPanel.forOrganisation(uppdrag, organisation.id()).ifPresent(this::add);
    }

    private void laddaOm() {
        organisation = organisationer.hamta(organisation.id());
        bygg();
    }

    private void samverkansbudget(SamverkansbudgetRad rad, int ar) {
        SamverkansbudgetDialog dialog = new SamverkansbudgetDialog(rad, ar,
                (version, u) -> organisationer.sparaSamverkansbudget(organisation.id(), version, u), this::laddaOm);
        add(dialog);
        dialog.open();
    }

    private void nyInsats() {
        InsatsForm form = new InsatsForm(true);
        Dialog dialog = new Dialog();
        dialog.setId("ny-insats-dialog");
        dialog.setHeaderTitle(getTranslation("insats.ny"));
        dialog.add(form);
        Button spara = new Button(getTranslation("allmant.spara"), e -> form.las().ifPresent(u -> {
            try {
                long insatsId = insatser.skapa(organisation.id(), u);
                dialog.close();
                Meddelanden.sparat();
                getUI().ifPresent(ui -> ui.navigate(InsatsView.class,
                        new RouteParameters("id", String.valueOf(insatsId))));
            } catch (ValideringsException fel) {
                form.visaFel(fel);
            }
        }));
        spara.setId("spara-insats");
        spara.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("allmant.avbryt"), e -> dialog.close()), spara);
        dialog.setWidth("min(60rem, 95vw)");
        add(dialog);
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return titel + " – SUS";
    }
}
