package se.finsam.sus.base.ui;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import java.util.function.LongFunction;

/**
 * A view of one record addressed by the {@code id} in its route. The record is read before the view is entered
 * (the not-found page when the service says "not found", also for a record outside the user's scope, see
 * {@link PostFranAdress}); {@link #bygg()} builds the page from {@link #post()}; {@link #laddaOm()} reads the record
 * again and rebuilds, e.g. from the conflict message. The page title is {@link #titel()} and the suite's name.
 *
 * @param <T> the record, as the feature's service returns it
 */
public abstract class PostVy<T> extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient LongFunction<T> hamta;
    private long id;
    private T post;

    /**
     * @param komponentId the view's component id
     * @param hamta reads the record by id, throwing {@link se.finsam.sus.base.HittadesInteException} when the user
     *     may not see it
     */
    protected PostVy(String komponentId, LongFunction<T> hamta) {
        this.hamta = hamta;
        setId(komponentId);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        id = PostFranAdress.id(event);
        PostFranAdress.hamta(event, hamta).ifPresent(this::visa);
    }

    /** The record shown; null until the view has been entered. */
    protected T post() {
        return post;
    }

    /** Shows this record (e.g. the one a save returned): the page is emptied and built anew. */
    protected void visa(T ny) {
        post = ny;
        removeAll();
        bygg();
    }

    /** Takes this record without rebuilding, when the part of the page that saved it already shows it. */
    protected void ersatt(T ny) {
        post = ny;
    }

    /** Reads the record again and builds the page anew. */
    protected void laddaOm() {
        visa(hamta.apply(id));
    }

    /** Builds the whole page from {@link #post()} into the emptied view. */
    protected abstract void bygg();

    /** The page title's own part; {@link #post()} may still be null. */
    protected abstract String titel();

    @Override
    public String getPageTitle() {
        return titel() + " – SUS";
    }
}
