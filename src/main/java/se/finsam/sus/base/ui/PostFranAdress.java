package se.finsam.sus.base.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.NotFoundException;
import java.util.Optional;
import java.util.function.LongFunction;
import se.finsam.sus.base.HittadesInteException;

/**
 * The record a detail view shows, read with the {@code id} of its address. When the service says "not found" (also
 * for a record outside the user's scope) the view shows the not-found page instead.
 */
public final class PostFranAdress {

    private PostFranAdress() {}

    /** The {@code id} of the address; -1 (found nowhere) when it has none. */
    public static long id(BeforeEnterEvent event) {
        return event.getRouteParameters().getLong("id").orElse(-1L);
    }

    public static <T> Optional<T> hamta(BeforeEnterEvent event, LongFunction<T> hamta) {
        try {
            return Optional.of(hamta.apply(id(event)));
        } catch (HittadesInteException e) {
            event.rerouteToError(NotFoundException.class);
            return Optional.empty();
        }
    }
}
