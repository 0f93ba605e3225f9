package se.finsam.sus.deltagare.ui;

import static se.finsam.sus.base.ui.Meddelanden.t;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import se.finsam.sus.base.ValideringsException;
import se.finsam.sus.base.ui.Meddelanden;

/**
 * A form in a dialog with Save and Cancel: a refusal is shown at its field, a concurrent change as the conflict
 * message with reload (the entered values stay in the form); after saving the dialog closes and {@code efter} runs.
 */
class SparaDialog<T> extends Dialog {

    SparaDialog(
            String id,
            String rubrik,
            Component form,
            Supplier<Optional<T>> las,
            Consumer<T> spara,
            Consumer<ValideringsException> visaFel,
            Runnable efter) {
        setId(id);
        setHeaderTitle(rubrik);
        Div konflikt = new Div();
        add(form, konflikt);
        Button sparaKnapp = new Button(
                t("allmant.spara"),
                e -> las.get().ifPresent(varde -> {
                    try {
                        spara.accept(varde);
                        close();
                        Meddelanden.sparat();
                        efter.run();
                    } catch (ValideringsException fel) {
                        visaFel.accept(fel);
                    } catch (ObjectOptimisticLockingFailureException fel) {
                        konflikt.removeAll();
                        konflikt.add(Meddelanden.konflikt(() -> {
                            close();
                            efter.run();
                        }));
                    }
                }));
        sparaKnapp.setId(id + "-spara");
        sparaKnapp.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button avbryt = new Button(t("allmant.avbryt"), e -> close());
        avbryt.setId(id + "-avbryt");
        getFooter().add(avbryt, sparaKnapp);
        setWidth("min(64rem, 95vw)");
    }
}
