package se.finsam.sus.behorighet.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import se.finsam.sus.base.HittadesInteException;
import se.finsam.sus.base.Roll;
import se.finsam.sus.base.ui.Sparning;
import se.finsam.sus.base.ui.Tabell;
import se.finsam.sus.behorighet.AnvandarVal;
import se.finsam.sus.behorighet.BestallningRad;
import se.finsam.sus.behorighet.Bestallningar;
import se.finsam.sus.behorighet.NyBestallning;
import se.finsam.sus.behorighet.Omfattning;

/**
 * A förbund asks an authority for an uppdrag (issue 12 #18): an authority's user, the role, the period. The
 * behörighetsadministratör of the user's employer decides it; the list below shows the beställningar of this insats
 * or förbund and how they were decided.
 */
class BestallningDialog extends Dialog {

    final ComboBox<Roll> roll = new ComboBox<>();
    final ComboBox<AnvandarVal> anvandare = new ComboBox<>();
    final DatePicker start = new DatePicker();
    final DatePicker slut = new DatePicker();
    final Button bestall = new Button();
    final Paragraph fel = new Paragraph();
    final Grid<BestallningRad> grid = Tabell.ny();

    private final transient Supplier<List<BestallningRad>> lista;

    /** {@code roller}: the roles offered (what the user may ask for here), at least one. */
    BestallningDialog(Bestallningar bestallningar, Omfattning omfattning, long id, List<Roll> roller) {
        setHeaderTitle(getTranslation("bestallning.rubrik"));
        setWidth("min(60rem, 95vw)");
        lista = omfattning == Omfattning.INSATS
                ? () -> bestallningar.forInsats(id)
                : () -> bestallningar.forOrganisation(id);
        BehorighetUi.enumval(roll, getTranslation("uppdrag.roll"), "roll.", roller);
        roll.setValue(roller.getFirst());
        BehorighetUi.anvandarval(anvandare, getTranslation("bestallning.anvandare"));
        anvandare.setItems(bestallningar.myndighetsanstallda());
        anvandare.setId("bestallning-anvandare");
        BehorighetUi.period(start, slut);
        fel.addClassName("sus-fel");
        fel.setId("bestallning-fel");

        bestall.setText(getTranslation("bestallning.bestall"));
        bestall.setId("skicka-bestallning");
        bestall.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        bestall.addClickListener(e -> {
            fel.setText("");
            new Sparning()
                    .felVisas(v -> fel.setText(getTranslation(v.nyckel(), v.argument())))
                    .vid(HittadesInteException.class, v -> fel.setText(getTranslation("fel.hittades-inte-text")))
                    .sedan(() -> {
                        Notification.show(getTranslation("bestallning.skickad"))
                                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                        anvandare.clear();
                    })
                    .utfor(() -> bestallningar.bestall(new NyBestallning(
                            Optional.ofNullable(anvandare.getValue())
                                    .map(AnvandarVal::anvandarnamn)
                                    .orElse(""),
                            roll.getValue(),
                            omfattning,
                            id,
                            start.getValue(),
                            slut.getValue())));
            uppdatera();
        });

        grid.setId("bestallningar");
        grid.addColumn(r -> r.namn() + " (" + r.anvandarnamn() + ")").setHeader(getTranslation("uppdrag.anvandare"));
        grid.addColumn(r -> getTranslation("roll." + r.roll().name())).setHeader(getTranslation("uppdrag.roll"));
        grid.addColumn(r -> r.startdatum() + " – " + r.slutdatum()).setHeader(getTranslation("bestallning.period"));
        grid.addColumn(r -> getTranslation("bestallning.status." + r.status().name()))
                .setHeader(getTranslation("uppdrag.status"));
        grid.addColumn(r -> r.motivering() == null ? "" : r.motivering())
                .setHeader(getTranslation("bestallning.motivering"));
        grid.setAllRowsVisible(true);

        add(
                new Paragraph(getTranslation("bestallning.hjalp")),
                new FormLayout(anvandare, roll, start, slut),
                fel,
                new H3(getTranslation("bestallning.tidigare")),
                grid);
        getFooter().add(new Button(getTranslation("bestallning.stang"), e -> close()), bestall);
        uppdatera();
    }

    private void uppdatera() {
        grid.setItems(lista.get());
    }
}
