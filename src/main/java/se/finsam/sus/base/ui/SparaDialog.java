package se.finsam.sus.base.ui;

import static se.finsam.sus.base.ui.Meddelanden.t;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;
import se.finsam.sus.base.ValideringsException;

/**
 * A form in a dialog with Save and Cancel, saved through {@link Sparning}: a refusal is shown by {@code visaFel}
 * (usually at its field), a concurrent change as the conflict message with reload (the entered values stay in the
 * form; reload closes the dialog and runs {@code efter}); after saving the dialog closes, "saved" is shown and
 * {@code efter} runs. The buttons get the ids {@code id + "-spara"} and {@code id + "-avbryt"} unless
 * {@link #sparaKnappId} says otherwise.
 *
 * @param <T> what the form reads: {@code las} gives it, or empty when the form's own checks failed
 */
public class SparaDialog<T> extends Dialog {

    private final Button sparaKnapp;

    public SparaDialog(
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
        Sparning sparning = new Sparning()
                .felVisas(visaFel)
                .konfliktI(konflikt, () -> {
                    close();
                    efter.run();
                })
                .sedan(() -> {
                    close();
                    Meddelanden.sparat();
                    efter.run();
                });
        sparaKnapp = new Button(
                t("allmant.spara"), e -> las.get().ifPresent(varde -> sparning.utfor(() -> spara.accept(varde))));
        sparaKnapp.setId(id + "-spara");
        sparaKnapp.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button avbryt = new Button(t("allmant.avbryt"), e -> close());
        avbryt.setId(id + "-avbryt");
        getFooter().add(avbryt, sparaKnapp);
        setWidth("min(64rem, 95vw)");
    }

    /**
     * A dialog that creates a record: {@code skapa} saves it and returns its id; after "saved" the dialog closes and
     * {@code oppna} goes to the new record.
     */
    public static <T> SparaDialog<T> forNy(
            String id,
            String rubrik,
            Component form,
            Supplier<Optional<T>> las,
            ToLongFunction<T> skapa,
            Consumer<ValideringsException> visaFel,
            LongConsumer oppna) {
        AtomicLong ny = new AtomicLong();
        return new SparaDialog<>(
                id,
                rubrik,
                form,
                las,
                varde -> ny.set(skapa.applyAsLong(varde)),
                visaFel,
                () -> oppna.accept(ny.get()));
    }

    /** Gives the Save button another id (views whose tests and links know an older one). */
    public SparaDialog<T> sparaKnappId(String id) {
        sparaKnapp.setId(id);
        return this;
    }
}
