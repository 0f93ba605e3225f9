package se.finsam.sus.behorighet.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.util.Set;
import java.util.stream.Collectors;
import se.finsam.sus.base.HittadesInteException;
import se.finsam.sus.base.Roll;
import se.finsam.sus.base.Roller;
import se.finsam.sus.base.ValideringsException;
import se.finsam.sus.base.ui.Sparning;
import se.finsam.sus.base.ui.Tabell;
import se.finsam.sus.behorighet.AnvandarRad;
import se.finsam.sus.behorighet.Arbetsplats;
import se.finsam.sus.behorighet.PersonalAdministration;

/**
 * The behörighetsadministratör's staff: the users of their own employer, with creating them, changing their roles
 * (those the employer may hold), deactivating, reactivating and unlocking. The service decides the scope.
 */
@Route("admin/personal")
@RolesAllowed(Roller.BEHORIGHETSADMINISTRATOR)
@Menu(title = "meny.personal", order = 81, icon = "vaadin:user-card")
public class PersonalView extends VerticalLayout implements HasDynamicTitle {

    private final transient PersonalAdministration administration;
    final Grid<AnvandarRad> grid = Tabell.ny();
    final Button ny = new Button();
    final Paragraph fel = new Paragraph();

    public PersonalView(PersonalAdministration administration) {
        this.administration = administration;
        setSizeFull();
        Arbetsplats egen;
        try {
            egen = administration.arbetsplats();
        } catch (ValideringsException e) {
            // A kommun or region without a name: no scope, so nothing to administer until one is set.
            add(new H1(getTranslation("personal.rubrik")), new Paragraph(getTranslation(e.nyckel())));
            return;
        }
        String arbetsgivare =
                getTranslation("arbetsgivare." + egen.arbetsgivare().name())
                        + (egen.namn() == null ? "" : " – " + egen.namn());

        grid.setId("personal");
        grid.addColumn(AnvandarRad::anvandarnamn).setHeader(getTranslation("anvandare.anvandarnamn"));
        grid.addColumn(AnvandarRad::namn).setHeader(getTranslation("anvandare.namn"));
        grid.addColumn(a -> a.roller().stream()
                        .sorted()
                        .map(r -> getTranslation("roll." + r.name()))
                        .collect(Collectors.joining(", ")))
                .setHeader(getTranslation("anvandare.roller"));
        grid.addColumn(this::status).setHeader(getTranslation("anvandare.status"));
        grid.addComponentColumn(this::atgarder)
                .setHeader(getTranslation("anvandare.atgarder"))
                .setAutoWidth(true)
                .setKey("atgarder");
        grid.setItems(query -> administration.lista(VaadinSpringDataHelpers.toSpringPageRequest(query)), query ->
                (int) administration.antal());

        ny.setText(getTranslation("anvandare.ny"));
        ny.setId("ny-anvandare");
        ny.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        ny.addClickListener(e -> new NyAnvandareDialog(
                        administration::skapa,
                        administration.rollerAttGe(),
                        arbetsgivare,
                        grid.getDataProvider()::refreshAll)
                .open());
        fel.addClassName("sus-fel");
        add(
                new HorizontalLayout(new H1(getTranslation("personal.rubrik")), ny),
                new Paragraph(getTranslation("personal.hjalp", arbetsgivare)),
                fel,
                grid);
    }

    private String status(AnvandarRad a) {
        if (!a.aktiv()) {
            return getTranslation("anvandare.inaktiv");
        }
        return getTranslation(a.arLast(Instant.now()) ? "anvandare.last" : "anvandare.aktiv");
    }

    private HorizontalLayout atgarder(AnvandarRad a) {
        HorizontalLayout knappar = new HorizontalLayout();
        Button aktiv = knapp(
                a.aktiv() ? "anvandare.inaktivera" : "anvandare.aktivera",
                () -> administration.setAktiv(a.id(), a.version(), !a.aktiv()));
        aktiv.setId("aktiv-" + a.id());
        Button roller = new Button(getTranslation("anvandare.andra-roller"), e -> andraRoller(a));
        roller.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        roller.setId("roller-" + a.id());
        knappar.add(aktiv, roller);
        if (a.arLast(Instant.now())) {
            Button lasUpp = knapp("anvandare.las-upp", () -> administration.lasUpp(a.id(), a.version()));
            lasUpp.setId("las-upp-" + a.id());
            knappar.add(lasUpp);
        }
        return knappar;
    }

    private void andraRoller(AnvandarRad a) {
        Dialog dialog = new Dialog(getTranslation("anvandare.andra-roller") + " – " + a.namn());
        CheckboxGroup<Roll> val = new CheckboxGroup<>(getTranslation("anvandare.roller"));
        val.setItems(administration.rollerAttGe());
        val.setItemLabelGenerator(r -> getTranslation("roll." + r.name()));
        val.setValue(a.roller());
        val.setId("nya-roller");
        Button spara = new Button(getTranslation("allmant.spara"), e -> {
            boolean klart = sparning()
                    .felVisas(fel -> {
                        val.setErrorMessage(getTranslation(fel.nyckel(), fel.argument()));
                        val.setInvalid(true);
                    })
                    .utfor(() -> administration.andraRoller(a.id(), a.version(), Set.copyOf(val.getValue())));
            if (klart) {
                dialog.close();
                grid.getDataProvider().refreshAll();
            }
        });
        spara.setId("spara-roller");
        spara.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(val);
        dialog.getFooter().add(new Button(getTranslation("allmant.avbryt"), e -> dialog.close()), spara);
        dialog.open();
    }

    private Button knapp(String nyckel, Runnable handling) {
        Button b = new Button(getTranslation(nyckel), e -> {
            fel.setText("");
            sparning()
                    .felVisas(v -> fel.setText(getTranslation(v.nyckel(), v.argument())))
                    .utfor(handling);
            grid.getDataProvider().refreshAll();
        });
        b.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        return b;
    }

    private Sparning sparning() {
        return new Sparning()
                .vid(HittadesInteException.class, e -> fel.setText(getTranslation("fel.hittades-inte-text")))
                .vidKonflikt(() -> Notification.show(getTranslation("anvandare.konflikt"))
                        .addThemeVariants(NotificationVariant.LUMO_WARNING));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("personal.rubrik");
    }
}
