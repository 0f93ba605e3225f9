package se.finsam.sus.base.ui;

import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import java.util.Optional;

/**
 * Reads a form whose fields are bound straight to the components of a record ({@code new Binder<>(Uppgifter.class)},
 * {@code bind("komponent")}, shown with {@code readRecord}): no mutable bean between the fields and the record.
 */
public final class Inmatning {

    private Inmatning() {}

    /** The record the fields hold when every field is valid; otherwise empty, and the fields show their messages. */
    public static <R extends Record> Optional<R> las(Binder<R> binder) {
        try {
            return Optional.of(binder.writeRecord());
        } catch (ValidationException e) {
            return Optional.empty();
        }
    }
}
