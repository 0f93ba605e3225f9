package se.finsam.sus.behorighet.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import se.finsam.sus.base.HittadesInteException;
import se.finsam.sus.base.Roller;
import se.finsam.sus.base.ui.Sparning;
import se.finsam.sus.base.ui.Tabell;
import se.finsam.sus.behorighet.BestallningRad;
import se.finsam.sus.behorighet.Bestallningar;

/**
 * The behörighetsadministratör's queue: the förbund's beställningar of uppdrag for staff of the administrator's
 * employer, oldest first, each approved (the uppdrag is given) or rejected with a reason. The service decides the
 * scope and the rules; a broken rule (the user does not hold the role yet, the administrator's own beställning) is
 * shown above the list.
 */
@Route("admin/bestallningar")
@RolesAllowed(Roller.BEHORIGHETSADMINISTRATOR)
@Menu(title = "meny.bestallningar", order = 82, icon = "vaadin:inbox")
public class BestallningarView extends VerticalLayout implements HasDynamicTitle {

    private static final DateTimeFormatter TID =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

    private final transient Bestallningar bestallningar;
    final Grid<BestallningRad> grid = Tabell.ny();
    final Paragraph fel = new Paragraph();

    public BestallningarView(Bestallningar bestallningar) {
        this.bestallningar = bestallningar;
        setSizeFull();
        grid.setId("bestallningar");
        grid.addColumn(r -> r.namn() + " (" + r.anvandarnamn() + ")")
                .setHeader(getTranslation("uppdrag.anvandare"))
                .setAutoWidth(true);
        grid.addColumn(r -> getTranslation("roll." + r.roll().name())).setHeader(getTranslation("uppdrag.roll"));
        grid.addColumn(BestallningRad::omfattningsnamn).setHeader(getTranslation("bestallning.var"));
        grid.addColumn(BestallningRad::startdatum).setHeader(getTranslation("uppdrag.start"));
        grid.addColumn(BestallningRad::slutdatum).setHeader(getTranslation("uppdrag.slut"));
        grid.addColumn(r -> r.bestalldAv() + ", " + TID.format(r.bestalld()))
                .setHeader(getTranslation("bestallning.bestalld-av"));
        Tabell.atgarder(grid, this::atgarder).setKey("atgarder");
        fel.addClassName("sus-fel");
        fel.setId("bestallning-fel");
        add(
                new H1(getTranslation("bestallning.ko-rubrik")),
                new Paragraph(getTranslation("bestallning.ko-hjalp")),
                fel,
                grid);
        uppdatera();
    }

    private HorizontalLayout atgarder(BestallningRad r) {
        Button godkann = new Button(getTranslation("bestallning.godkann"), e -> {
            fel.setText("");
            sparning()
                    .sedan(() -> Notification.show(getTranslation("bestallning.godkand"))
                            .addThemeVariants(NotificationVariant.LUMO_SUCCESS))
                    .utfor(() -> bestallningar.godkann(r.id(), r.version()));
            uppdatera();
        });
        godkann.setId("godkann-" + r.id());
        godkann.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
        Button avvisa = new Button(getTranslation("bestallning.avvisa"), e -> avvisa(r));
        avvisa.setId("avvisa-" + r.id());
        avvisa.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        return new HorizontalLayout(godkann, avvisa);
    }

    /** Asks for the reason; a missing or too long one is shown at the field and the dialog stays open. */
    private void avvisa(BestallningRad r) {
        Dialog dialog = new Dialog(getTranslation("bestallning.avvisa") + " – " + r.namn());
        TextArea motivering = new TextArea(getTranslation("bestallning.motivering"));
        motivering.setId("motivering");
        motivering.setWidthFull();
        Button spara = new Button(getTranslation("bestallning.avvisa"), e -> {
            boolean klart = sparning()
                    .felVisas(v -> {
                        motivering.setErrorMessage(getTranslation(v.nyckel(), v.argument()));
                        motivering.setInvalid(true);
                    })
                    .utfor(() -> bestallningar.avvisa(r.id(), r.version(), motivering.getValue()));
            if (klart) {
                dialog.close();
                Notification.show(getTranslation("bestallning.avvisad"))
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            }
            uppdatera();
        });
        spara.setId("spara-avvisning");
        spara.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        dialog.add(motivering);
        dialog.getFooter().add(new Button(getTranslation("allmant.avbryt"), e -> dialog.close()), spara);
        dialog.open();
    }

    private Sparning sparning() {
        return new Sparning()
                .felVisas(v -> fel.setText(getTranslation(v.nyckel(), v.argument())))
                .vid(HittadesInteException.class, e -> fel.setText(getTranslation("fel.hittades-inte-text")))
                .vidKonflikt(() -> fel.setText(getTranslation("bestallning.konflikt")));
    }

    private void uppdatera() {
        grid.setItems(bestallningar.vantande());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("bestallning.ko-rubrik");
    }
}
