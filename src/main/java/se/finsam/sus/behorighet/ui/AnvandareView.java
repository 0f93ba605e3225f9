package se.finsam.sus.behorighet.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import se.finsam.sus.base.Roll;
import se.finsam.sus.base.Roller;
import se.finsam.sus.base.ui.Sparning;
import se.finsam.sus.base.ui.Tabell;
import se.finsam.sus.behorighet.AnvandarAdministration;
import se.finsam.sus.behorighet.AnvandarRad;
import se.finsam.sus.behorighet.Arbetsgivare;

/**
 * The system administrator's users: a lazy list (pages fetched as the user scrolls), creating users, and
 * deactivating, reactivating or unlocking them.
 */
@Route("admin/anvandare")
@RolesAllowed(Roller.SYSTEMADMINISTRATOR)
@Menu(title = "meny.anvandare", order = 80, icon = "vaadin:users")
public class AnvandareView extends VerticalLayout implements HasDynamicTitle {

    private final transient AnvandarAdministration administration;
    final Grid<AnvandarRad> grid = Tabell.ny();

    public AnvandareView(AnvandarAdministration administration) {
        this.administration = administration;
        setSizeFull();
        grid.setId("anvandare");
        grid.addColumn(AnvandarRad::anvandarnamn).setHeader(getTranslation("anvandare.anvandarnamn"));
        grid.addColumn(AnvandarRad::namn).setHeader(getTranslation("anvandare.namn"));
        grid.addColumn(a -> a.arbetsgivare() == null
                        ? ""
                        : getTranslation("arbetsgivare." + a.arbetsgivare().name())
                                + (a.arbetsgivareNamn() == null ? "" : " – " + a.arbetsgivareNamn()))
                .setHeader(getTranslation("anvandare.arbetsgivare"));
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

        Button ny = new Button(
                getTranslation("anvandare.ny"),
                e -> new NyAnvandareDialog(administration, grid.getDataProvider()::refreshAll).open());
        ny.setId("ny-anvandare");
        ny.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new HorizontalLayout(new H1(getTranslation("anvandare.rubrik")), ny), grid);
    }

    private String status(AnvandarRad a) {
        if (!a.aktiv()) {
            return getTranslation("anvandare.inaktiv");
        }
        return getTranslation(a.arLast(Instant.now()) ? "anvandare.last" : "anvandare.aktiv");
    }

    private HorizontalLayout atgarder(AnvandarRad a) {
        HorizontalLayout knappar = new HorizontalLayout();
        Button aktiv = new Button(
                getTranslation(a.aktiv() ? "anvandare.inaktivera" : "anvandare.aktivera"),
                e -> utfor(() -> administration.setAktiv(a.id(), a.version(), !a.aktiv())));
        aktiv.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        Button roller = new Button(getTranslation("anvandare.andra-roller"), e -> andraRoller(a));
        roller.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        roller.setId("roller-" + a.id());
        Button eleg = new Button(
                getTranslation(a.elegitimation() ? "anvandare.e-legitimation.kopplad" : "anvandare.e-legitimation"),
                e -> elegitimation(a));
        eleg.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        eleg.setId("e-legitimation-" + a.id());
        Button arbetsgivare = new Button(getTranslation("anvandare.andra-arbetsgivare"), e -> andraArbetsgivare(a));
        arbetsgivare.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        arbetsgivare.setId("arbetsgivare-" + a.id());
        knappar.add(aktiv, roller, arbetsgivare, eleg);
        if (a.arLast(Instant.now())) {
            Button lasUpp = new Button(
                    getTranslation("anvandare.las-upp"), e -> utfor(() -> administration.lasUpp(a.id(), a.version())));
            lasUpp.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            knappar.add(lasUpp);
        }
        return knappar;
    }

    private void andraRoller(AnvandarRad a) {
        Dialog dialog = new Dialog(getTranslation("anvandare.andra-roller") + " – " + a.namn());
        CheckboxGroup<Roll> val = new CheckboxGroup<>(getTranslation("anvandare.roller"));
        val.setItems(Roll.values());
        val.setItemLabelGenerator(r -> getTranslation("roll." + r.name()));
        val.setValue(a.roller());
        val.setId("nya-roller");
        Button spara = new Button(getTranslation("allmant.spara"), e -> {
            // The broken rule is shown at the roles, and the dialog stays open to correct them.
            if (utfor(() -> administration.andraRoller(a.id(), a.version(), Set.copyOf(val.getValue())), val)) {
                dialog.close();
            }
        });
        spara.setId("spara-roller");
        spara.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(val);
        dialog.getFooter().add(new Button(getTranslation("allmant.avbryt"), e -> dialog.close()), spara);
        dialog.open();
    }

    /** Changes the employer; a rule the user's roles break is shown at the field (dialog stays open). */
    private void andraArbetsgivare(AnvandarRad a) {
        Dialog dialog = new Dialog(getTranslation("anvandare.andra-arbetsgivare") + " – " + a.namn());
        ComboBox<Arbetsgivare> val = new ComboBox<>();
        BehorighetUi.enumval(
                val, getTranslation("anvandare.arbetsgivare"), "arbetsgivare.", List.of(Arbetsgivare.values()));
        val.setId("ny-arbetsgivare");
        val.setValue(a.arbetsgivare());
        TextField namn = new TextField(getTranslation("anvandare.arbetsgivare-namn"));
        namn.setValue(a.arbetsgivareNamn() == null ? "" : a.arbetsgivareNamn());
        Button spara = new Button(getTranslation("allmant.spara"), e -> {
            if (utfor(
                    () -> administration.andraArbetsgivare(a.id(), a.version(), val.getValue(), namn.getValue()),
                    val)) {
                dialog.close();
            }
        });
        spara.setId("spara-arbetsgivare");
        spara.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new FormLayout(val, namn));
        dialog.getFooter().add(new Button(getTranslation("allmant.avbryt"), e -> dialog.close()), spara);
        dialog.open();
    }

    /**
     * Links the user to an e-legitimation by personnummer (only its keyed hash is stored), or removes the link.
     * The field is a password field, so that the number is not left on screen.
     */
    private void elegitimation(AnvandarRad a) {
        Dialog dialog = new Dialog(getTranslation("anvandare.e-legitimation") + " – " + a.namn());
        Paragraph status = new Paragraph(getTranslation(
                a.elegitimation()
                        ? "anvandare.e-legitimation.status-kopplad"
                        : "anvandare.e-legitimation.status-ingen"));
        PasswordField personnummer = new PasswordField(getTranslation("anvandare.e-legitimation.personnummer"));
        personnummer.setId("personnummer");
        personnummer.setHelperText(getTranslation("anvandare.e-legitimation.hjalp"));
        personnummer.setRevealButtonVisible(false);
        personnummer.setWidthFull();
        Button koppla = new Button(getTranslation("anvandare.e-legitimation.koppla"), e -> {
            if (utfor(
                    () -> administration.kopplaElegitimation(a.id(), a.version(), personnummer.getValue()),
                    personnummer)) {
                dialog.close();
            }
        });
        koppla.setId("koppla-e-legitimation");
        koppla.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button taBort = new Button(getTranslation("anvandare.e-legitimation.ta-bort"), e -> {
            utfor(() -> administration.taBortElegitimation(a.id(), a.version()));
            dialog.close();
        });
        taBort.setId("ta-bort-e-legitimation");
        taBort.addThemeVariants(ButtonVariant.LUMO_ERROR);
        taBort.setEnabled(a.elegitimation());
        dialog.add(status, personnummer);
        dialog.getFooter().add(taBort, new Button(getTranslation("allmant.avbryt"), e -> dialog.close()), koppla);
        dialog.open();
    }

    /**
     * Runs the change; a rule violation is shown on the field instead of as a notification, and false tells the
     * dialog to stay open. A conflict is shown as a notification (the list is reloaded, the dialog may close).
     */
    private boolean utfor(Runnable andring, HasValidation falt) {
        boolean vagrad = sparning()
                        .felVisas(e -> {
                            falt.setErrorMessage(getTranslation(e.nyckel(), e.argument()));
                            falt.setInvalid(true);
                        })
                        .utfall(andring)
                == Sparning.Utfall.VAGRAT;
        if (vagrad) {
            return false;
        }
        grid.getDataProvider().refreshAll();
        return true;
    }

    private void utfor(Runnable andring) {
        sparning()
                .felVisas(e -> Notification.show(getTranslation(e.nyckel(), e.argument()))
                        .addThemeVariants(NotificationVariant.LUMO_ERROR))
                .utfor(andring);
        grid.getDataProvider().refreshAll();
    }

    private Sparning sparning() {
        return new Sparning()
                .vidKonflikt(() -> Notification.show(getTranslation("anvandare.konflikt"))
                        .addThemeVariants(NotificationVariant.LUMO_WARNING));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("anvandare.rubrik");
    }
}
