package se.finsam.sus.base.ui;

import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.data.binder.Binder;
import java.util.Optional;
import se.finsam.sus.base.ValideringsException;

/**
 * A form for one record type ({@code R}, e.g. the service's {@code …Uppgifter}): the fields are bound straight to
 * the record's components (no mutable bean in between), it shows a record, reads a new one when every field is valid
 * (see {@link Inmatning}) and shows a service's refusal at its field through {@link Faltfel}.
 */
public abstract class Postformular<R extends Record> extends FormLayout {

    /** Bind each field with {@code forField(falt)…bind("komponent")}. */
    protected final Binder<R> binder;
    /** Register the fields that refusals can concern. */
    protected final Faltfel faltfel = new Faltfel();

    protected Postformular(Class<R> typ) {
        binder = new Binder<>(typ);
    }

    /** Shows {@code post} in the fields. */
    public void visa(R post) {
        binder.readRecord(post);
    }

    /** The entered record when every field is valid; otherwise empty, and the fields show their messages. */
    public Optional<R> las() {
        return Inmatning.las(binder);
    }

    /** Shows a refusal from the service next to its field when there is one, otherwise as a notification. */
    public void visaFel(ValideringsException e) {
        faltfel.visa(e);
    }

    /** Makes every field read-only, or editable again. */
    public void lasbar(boolean endastLas) {
        binder.setReadOnly(endastLas);
    }
}
