package se.finsam.sus.organisation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import se.finsam.sus.base.HittadesInteException;
import se.finsam.sus.base.Roller;
import se.finsam.sus.base.ui.InsatsTillagg;
import se.finsam.sus.base.ui.Meddelanden;
import se.finsam.sus.base.ui.PostVy;
import se.finsam.sus.base.ui.SparaDialog;
import se.finsam.sus.base.ui.Sparning;
import se.finsam.sus.base.ui.Tabell;
import se.finsam.sus.behorighet.UppdragAdministration;
import se.finsam.sus.behorighet.ui.UppdragPanel;
import se.finsam.sus.organisation.InsatsDetalj;
import se.finsam.sus.organisation.InsatsService;
import se.finsam.sus.organisation.InsatsbudgetRad;
import se.finsam.sus.organisation.Medfinansiering;
import se.finsam.sus.organisation.OrganisationService;

/** One insats: its data, its yearly budgets, and deletion while it has no budget. */
@Route("insatser/:id([0-9]{1,18})")
@RolesAllowed({Roller.SYSTEMADMINISTRATOR, Roller.SAMVERKANSADMINISTRATOR, Roller.INSATSANSVARIG})
public class InsatsView extends PostVy<InsatsDetalj> {

    private final InsatsService insatser;
    private final OrganisationService organisationer;
    private final transient UppdragAdministration uppdrag;
    private final transient ObjectProvider<InsatsTillagg> tillagg;
    private VerticalLayout budgetsektion;

    public InsatsView(
            InsatsService insatser,
            OrganisationService organisationer,
            UppdragAdministration uppdrag,
            ObjectProvider<InsatsTillagg> tillagg) {
        super("insatsvy", insatser::hamta);
        this.insatser = insatser;
        this.organisationer = organisationer;
        this.uppdrag = uppdrag;
        this.tillagg = tillagg;
    }

    @Override
    protected void bygg() {
        InsatsDetalj insats = post();
        long id = insats.id();
        boolean farAndra = insatser.farAndra(id);
        add(new H1(insats.namn()));
        String orgNamn;
        try {
            orgNamn = organisationer.hamta(insats.organisationId()).namn();
        } catch (HittadesInteException e) {
            orgNamn = String.valueOf(insats.organisationId());
        }
        add(new Paragraph(
                new Div(getTranslation("insats.organisation") + ": "),
                Tabell.lank(orgNamn, OrganisationView.class, insats.organisationId())));
        InsatsForm form = new InsatsForm(false);
        redigerbar(form, insats.uppgifter(), farAndra, "spara-insats", u -> insatser.uppdatera(id, post().version(), u))
                .ifPresent(spara -> {
                    Button taBort = new Button(getTranslation("allmant.ta-bort"), e -> fragaTaBort());
                    taBort.setId("ta-bort-insats");
                    taBort.addThemeVariants(ButtonVariant.LUMO_ERROR);
                    add(new HorizontalLayout(spara, taBort));
                });

        budgetsektion = budgetsektion(farAndra);
        add(budgetsektion);
        // Other features' sections (the participants for a deltagaransvarig of this insats, the anonymous counts
        // for its insatsansvarig) after the insats's own fields, budget and financiers.
        tillagg.orderedStream().forEach(t -> t.sektion(id).ifPresent(this::add));
        UppdragPanel.forInsats(uppdrag, id).ifPresent(this::add);
    }

    /**
     * The budget years and the other financiers. Saving a year rebuilds only this section, so that the page stays
     * where the reader was (issue 13: it jumped to the top).
     */
    private VerticalLayout budgetsektion(boolean farAndra) {
        long id = post().id();
        VerticalLayout sektion = new VerticalLayout();
        sektion.setPadding(false);
        sektion.setId("insats-budgetsektion");
        sektion.add(new H2(getTranslation("insats.budget")));
        List<InsatsbudgetRad> budgetar = insatser.budgetar(id);
        Grid<InsatsbudgetRad> grid = Tabell.ny();
        grid.setId("insatsbudget");
        grid.addColumn(InsatsbudgetRad::ar)
                .setHeader(getTranslation("budget.ar"))
                .setAutoWidth(true);
        grid.addColumn(InsatsbudgetRad::planeradeDeltagare).setHeader(getTranslation("budget.planerade-deltagare"));
        grid.addColumn(r -> Meddelanden.kr(r.kostnader().personalBudget()))
                .setHeader(getTranslation("budget.personal-budget"));
        grid.addColumn(r -> Meddelanden.kr(r.kostnader().lokalBudget()))
                .setHeader(getTranslation("budget.lokal-budget"));
        grid.addColumn(r -> Meddelanden.kr(r.kostnader().ovrigtBudget()))
                .setHeader(getTranslation("budget.ovrigt-budget"));
        grid.addColumn(r -> Meddelanden.procent(r.andelPersonal()))
                .setHeader(getTranslation("budget.andel-personal"))
                .setAutoWidth(true);
        grid.addColumn(r -> Meddelanden.procent(r.andelLokal()))
                .setHeader(getTranslation("budget.andel-lokal"))
                .setAutoWidth(true);
        grid.addColumn(r -> Meddelanden.procent(r.andelOvrigt()))
                .setHeader(getTranslation("budget.andel-ovrigt"))
                .setAutoWidth(true);
        grid.addColumn(r -> Meddelanden.kr(r.summaBudget())).setHeader(getTranslation("budget.summa-budget"));
        grid.addColumn(r -> Meddelanden.kr(r.summaUtfall())).setHeader(getTranslation("budget.summa-utfall"));
        grid.addColumn(r -> Meddelanden.procent(r.utfallAvBudget()))
                .setHeader(getTranslation("budget.utfall-av-budget"))
                .setAutoWidth(true);
        grid.addColumn(r -> Meddelanden.kr(r.medfinansieringBudget()))
                .setHeader(getTranslation("budget.ovriga-finansiarer"));
        grid.addColumn(r -> Meddelanden.kr(r.medfinansieringUtfall()))
                .setHeader(getTranslation("medfinansiering.utfall-summa"));
        grid.addColumn(r -> Meddelanden.kr(r.forbundetsDel())).setHeader(getTranslation("budget.forbundets-del"));
        grid.addColumn(r -> Meddelanden.kr(r.forbundetsKostnadPerDeltagare()))
                .setHeader(getTranslation("budget.kostnad-per-deltagare"))
                .setKey("kostnad-per-deltagare");
        if (farAndra) {
            Tabell.atgarder(grid, r -> new Button(getTranslation("budget.andra"), e -> budget(r, r.ar())))
                    .setKey("andra");
        }
        grid.setItems(budgetar);
        grid.setAllRowsVisible(true);
        sektion.add(grid);
        if (farAndra) {
            int nastaAr = budgetar.isEmpty()
                    ? Math.max(post().startdatum().getYear(), LocalDate.now().getYear())
                    : budgetar.getLast().ar() + 1;
            Button ny = new Button(getTranslation("budget.ny"), e -> budget(null, nastaAr));
            ny.setId("ny-insatsbudget");
            sektion.add(ny);
        }
        sektion.add(medfinansiering(budgetar));
        return sektion;
    }

    /** One row of the other financiers section: a financier in one year. */
    private record MedfinansieringPerAr(int ar, Medfinansiering medfinansiering) {}

    /**
     * The other financiers (ESF, another authority) per year, with budget and utfall, so that the förbund's own cost
     * per participant is not misleading. They are changed in the year's budget dialog.
     */
    private VerticalLayout medfinansiering(List<InsatsbudgetRad> budgetar) {
        VerticalLayout sektion = new VerticalLayout(new H2(getTranslation("medfinansiering.per-ar")));
        sektion.setPadding(false);
        sektion.setId("insats-medfinansiering");
        List<MedfinansieringPerAr> rader = budgetar.stream()
                .flatMap(b -> b.medfinansiering().stream().map(m -> new MedfinansieringPerAr(b.ar(), m)))
                .toList();
        if (rader.isEmpty()) {
            sektion.add(new Paragraph(getTranslation("medfinansiering.inga")));
            return sektion;
        }
        Grid<MedfinansieringPerAr> grid = Tabell.ny();
        grid.setId("medfinansiering-grid");
        grid.addColumn(MedfinansieringPerAr::ar)
                .setHeader(getTranslation("budget.ar"))
                .setAutoWidth(true);
        grid.addColumn(r -> r.medfinansiering().finansiar()).setHeader(getTranslation("medfinansiering.finansiar"));
        grid.addColumn(r -> Meddelanden.kr(r.medfinansiering().budget()))
                .setHeader(getTranslation("medfinansiering.budget"));
        grid.addColumn(r -> Meddelanden.kr(r.medfinansiering().utfall()))
                .setHeader(getTranslation("medfinansiering.utfall"));
        grid.setItems(rader);
        grid.setAllRowsVisible(true);
        sektion.add(grid);
        return sektion;
    }

    private void budget(InsatsbudgetRad rad, int ar) {
        SparaDialog<?> dialog = BudgetDialog.insats(
                rad,
                ar,
                (version, u) -> insatser.sparaBudget(post().id(), version, u),
                () -> budgetsektion = laddaOm(budgetsektion, () -> budgetsektion(insatser.farAndra(post().id()))));
        add(dialog);
        dialog.open();
    }

    private void fragaTaBort() {
        Dialog dialog = new Dialog(new Paragraph(getTranslation("insats.ta-bort-fraga")));
        dialog.setId("ta-bort-dialog");
        Button ja = new Button(getTranslation("allmant.ta-bort"), e -> {
            dialog.close();
            new Sparning()
                    .sedan(() -> {
                        Meddelanden.info(getTranslation("insats.borttagen"));
                        Tabell.oppna(this, OrganisationView.class, post().organisationId());
                    })
                    .utfor(() -> insatser.taBort(post().id()));
        });
        ja.setId("bekrafta-ta-bort");
        ja.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("allmant.avbryt"), e -> dialog.close()), ja);
        add(dialog);
        dialog.open();
    }

    @Override
    protected String titel() {
        return post() == null ? "" : post().namn();
    }
}
