package se.finsam.sus.organisation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import se.finsam.sus.base.Roller;
import se.finsam.sus.base.ui.Meddelanden;
import se.finsam.sus.base.ui.PostVy;
import se.finsam.sus.base.ui.SparaDialog;
import se.finsam.sus.base.ui.Sparning;
import se.finsam.sus.base.ui.Tabell;
import se.finsam.sus.behorighet.UppdragAdministration;
import se.finsam.sus.behorighet.ui.UppdragPanel;
import se.finsam.sus.geografi.GeografiService;
import se.finsam.sus.organisation.FinansiarMedel;
import se.finsam.sus.organisation.InsatsRad;
import se.finsam.sus.organisation.InsatsService;
import se.finsam.sus.organisation.InsatsUppgifter;
import se.finsam.sus.organisation.OrganisationDetalj;
import se.finsam.sus.organisation.OrganisationService;
import se.finsam.sus.organisation.SamverkansbudgetRad;
import se.finsam.sus.organisation.SamverkansbudgetService;

/**
 * One samverkansorganisation: its data (editable by its samverkansadministratörer and system administrators), its
 * insatser and its yearly samverkansbudget with totals and what remains. Ids outside the user's scope give "not
 * found".
 */
@Route("organisationer/:id([0-9]{1,18})")
@RolesAllowed({Roller.SYSTEMADMINISTRATOR, Roller.SAMVERKANSADMINISTRATOR, Roller.INSATSANSVARIG})
public class OrganisationView extends PostVy<OrganisationDetalj> {

    private final OrganisationService organisationer;
    private final SamverkansbudgetService samverkansbudget;
    private final InsatsService insatser;
    private final GeografiService geografi;
    private final transient UppdragAdministration uppdrag;
    private VerticalLayout budgetsektion;

    public OrganisationView(
            OrganisationService organisationer,
            SamverkansbudgetService samverkansbudget,
            InsatsService insatser,
            GeografiService geografi,
            UppdragAdministration uppdrag) {
        super("organisationvy", organisationer::hamta);
        this.uppdrag = uppdrag;
        this.organisationer = organisationer;
        this.samverkansbudget = samverkansbudget;
        this.insatser = insatser;
        this.geografi = geografi;
    }

    @Override
    protected void bygg() {
        OrganisationDetalj organisation = post();
        long id = organisation.id();
        boolean farAndra = organisationer.farAndra(id);
        add(new H1(organisation.namn()));
        HorizontalLayout form2 = new HorizontalLayout();
        form2.setId("finansieringsform-rad");
        form2.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        if (organisation.harLogo()) {
            form2.add(logo(organisationer, id, organisation.namn(), "4rem"));
        }
        Span finansieringsform = new Span(getTranslation("organisation.finansieringsform") + ": "
                + getTranslation(
                        "finansieringsform." + organisation.finansieringsform().name()));
        finansieringsform.setId("finansieringsform");
        form2.add(finansieringsform);
        add(form2);
        if (farAndra) {
            add(logoRedigering(id));
        }

        add(new H2(getTranslation("organisation.uppgifter")));
        OrganisationForm form =
                new OrganisationForm(geografi.allaKommuner(), geografi.allaLan(), geografi.allaStadsdelar(), false);
        redigerbar(
                        form,
                        organisation.uppgifter(),
                        farAndra,
                        "spara-organisation",
                        u -> organisationer.uppdatera(id, post().version(), u))
                .ifPresent(this::add);

        add(new IngaendePanel(
                organisationer, organisation, geografi.allaKommuner(), farAndra, this::ersatt, this::laddaOm));

        add(new H2(getTranslation("organisation.insatser")));
        Grid<InsatsRad> insatsGrid = Tabell.ny();
        insatsGrid.setId("insatser");
        insatsGrid
                .addComponentColumn(r -> Tabell.lank(r.namn(), InsatsView.class, r.id()))
                .setHeader(getTranslation("insats.namn"))
                .setFlexGrow(2);
        insatsGrid
                .addColumn(r -> getTranslation("inriktning." + r.inriktning().name()))
                .setHeader(getTranslation("insats.inriktning"));
        insatsGrid
                .addColumn(r ->
                        getTranslation("preciserad." + r.preciseradInriktning().name()))
                .setHeader(getTranslation("insats.preciserad-inriktning"));
        insatsGrid
                .addColumn(r -> getTranslation(r.prioriterad() ? "allmant.ja" : "allmant.nej"))
                .setHeader(getTranslation("insats.prioriterad"))
                .setAutoWidth(true);
        insatsGrid
                .addColumn(InsatsRad::startdatum)
                .setHeader(getTranslation("insats.startdatum"))
                .setAutoWidth(true);
        insatsGrid
                .addColumn(InsatsRad::slutdatum)
                .setHeader(getTranslation("insats.slutdatum"))
                .setAutoWidth(true);
        insatsGrid.setItems(insatser.insatserFor(id));
        insatsGrid.setAllRowsVisible(true);
        add(insatsGrid);
        if (organisationer.farSkapaInsats(id)) {
            Button ny = new Button(getTranslation("insats.ny"), e -> nyInsats());
            ny.setId("ny-insats");
            add(ny);
        }

        budgetsektion = budgetsektion(farAndra);
        add(budgetsektion);
        UppdragPanel.forOrganisation(uppdrag, organisation.id()).ifPresent(this::add);
    }

    /** The budget years; saving one rebuilds only this section, so that the page stays where the reader was. */
    private VerticalLayout budgetsektion(boolean farAndra) {
        long id = post().id();
        VerticalLayout sektion = new VerticalLayout();
        sektion.setPadding(false);
        sektion.setId("samverkansbudget-sektion");
        sektion.add(new H2(getTranslation("organisation.budget")));
        List<SamverkansbudgetRad> budgetar = samverkansbudget.samverkansbudgetar(id);
        Grid<SamverkansbudgetRad> budgetGrid = Tabell.ny();
        budgetGrid.setId("samverkansbudget");
        budgetGrid
                .addColumn(SamverkansbudgetRad::ar)
                .setHeader(getTranslation("budget.ar"))
                .setAutoWidth(true);
        budgetGrid.addColumn(r -> Meddelanden.kr(r.summaMedel())).setHeader(getTranslation("budget.summa-medel"));
        budgetGrid.addColumn(r -> Meddelanden.kr(r.egetKapital())).setHeader(getTranslation("budget.eget-kapital"));
        budgetGrid.addColumn(r -> Meddelanden.kr(r.tillgangligt())).setHeader(getTranslation("budget.tillgangligt"));
        budgetGrid
                .addColumn(r -> Meddelanden.kr(r.forvaltningBudget()))
                .setHeader(getTranslation("budget.forvaltning-budget"));
        budgetGrid
                .addColumn(r -> Meddelanden.kr(r.forvaltningUtfall()))
                .setHeader(getTranslation("budget.forvaltning-utfall"));
        budgetGrid.addColumn(r -> Meddelanden.kr(r.insatsernasBudget())).setHeader(getTranslation("budget.insatser"));
        budgetGrid.addColumn(r -> Meddelanden.kr(r.kvar())).setHeader(getTranslation("budget.kvar"));
        if (farAndra) {
            Tabell.atgarder(
                    budgetGrid, r -> new Button(getTranslation("budget.andra"), e -> samverkansbudget(r, r.ar())));
        }
        budgetGrid.setItems(budgetar);
        budgetGrid.setAllRowsVisible(true);
        sektion.add(budgetGrid);
        if (farAndra) {
            int nastaAr = budgetar.isEmpty()
                    ? LocalDate.now().getYear()
                    : budgetar.getLast().ar() + 1;
            Button ny = new Button(getTranslation("budget.ny"), e -> samverkansbudget(null, nastaAr));
            ny.setId("ny-samverkansbudget");
            sektion.add(ny);
        }
        return sektion;
    }

    /** The organisation's logo, fetched when the browser asks for it. */
    static Image logo(OrganisationService organisationer, long id, String namn, String hojd) {
        DownloadHandler hamta = DownloadHandler.fromInputStream(e -> organisationer
                .logo(id)
                .map(l -> new DownloadResponse(
                        new ByteArrayInputStream(l.data()), "logo-" + id, l.contentType(), l.data().length))
                .orElseGet(() -> DownloadResponse.error(404)));
        Image bild = new Image(hamta, Meddelanden.t("organisation.logo.alt", namn));
        bild.setHeight(hojd);
        bild.getStyle().set("max-width", "12rem").set("object-fit", "contain");
        bild.addClassName("sus-logo");
        return bild;
    }

    private HorizontalLayout logoRedigering(long id) {
        Upload upload = new Upload(UploadHandler.inMemory((meta, data) -> new Sparning()
                .sedan(() -> {
                    Meddelanden.info(getTranslation("organisation.logo.sparad"));
                    laddaOm();
                })
                .utfor(() -> organisationer.sparaLogo(id, data))));
        upload.setId("logo-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(OrganisationService.LOGO_MAX_STORLEK);
        upload.setAcceptedFileTypes("image/png", "image/jpeg", "image/svg+xml", ".png", ".jpg", ".jpeg", ".svg");
        upload.setUploadButton(new Button(getTranslation("organisation.logo.ladda-upp")));
        UploadI18N i18n = new UploadI18N();
        i18n.setError(new UploadI18N.Error()
                .setFileIsTooBig(
                        getTranslation("organisation.fel.logo-for-stor", OrganisationService.LOGO_MAX_STORLEK / 1024))
                .setIncorrectFileType(getTranslation("organisation.fel.logo-typ")));
        upload.setI18n(i18n);
        upload.addFileRejectedListener(e -> Meddelanden.fel(e.getErrorMessage()));
        HorizontalLayout rad = new HorizontalLayout(upload, new Span(getTranslation("organisation.logo.hjalp")));
        rad.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        if (post().harLogo()) {
            Button taBort = new Button(getTranslation("organisation.logo.ta-bort"), e -> {
                organisationer.taBortLogo(id);
                Meddelanden.info(getTranslation("organisation.logo.borttagen"));
                laddaOm();
            });
            taBort.setId("ta-bort-logo");
            taBort.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            rad.add(taBort);
        }
        return rad;
    }

    private void samverkansbudget(SamverkansbudgetRad rad, int ar) {
        SparaDialog<?> dialog = BudgetDialog.samverkans(
                rad,
                ar,
                FinansiarMedel.forslag(
                        post().ingaende(),
                        o -> o.kommunKod() != null
                                ? o.kommunKod()
                                : getTranslation("finansiartyp." + o.typ().name())),
                (version, u) -> samverkansbudget.sparaSamverkansbudget(post().id(), version, u),
                () -> budgetsektion =
                        laddaOm(budgetsektion, () -> budgetsektion(organisationer.farAndra(post().id()))));
        add(dialog);
        dialog.open();
    }

    private void nyInsats() {
        InsatsForm form = new InsatsForm(true);
        SparaDialog<InsatsUppgifter> dialog = SparaDialog.<InsatsUppgifter>forNy(
                        "ny-insats-dialog",
                        getTranslation("insats.ny"),
                        form,
                        form::las,
                        u -> insatser.skapa(post().id(), u),
                        form::visaFel,
                        ny -> Tabell.oppna(this, InsatsView.class, ny))
                .sparaKnappId("spara-insats");
        dialog.setWidth("min(60rem, 95vw)");
        add(dialog);
        dialog.open();
    }

    @Override
    protected String titel() {
        return post() == null ? "" : post().namn();
    }
}
