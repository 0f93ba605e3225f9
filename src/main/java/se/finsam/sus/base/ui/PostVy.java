package se.finsam.sus.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.LongFunction;
import java.util.function.Supplier;

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

    /**
     * Reads the record again and rebuilds only {@code del} with {@code bygg}, returning the new part: the rest of the
     * page stays as it is, and with it the reader's scroll position and place (a whole rebuild jumps to the top;
     * issue 13, saving a budget year).
     */
    protected <C extends Component> C laddaOm(Component del, Supplier<C> bygg) {
        post = hamta.apply(id);
        C ny = bygg.get();
        replace(del, ny);
        return ny;
    }

    /**
     * Adds {@code form} showing {@code uppgifter}, read-only unless the user {@code farAndra} (may change the record).
     * When they may, the returned Save button (id {@code sparaId}, for the view to place) saves through
     * {@link Sparning}: a refusal at its field, a conflict below the form with a reload; on success the view takes the
     * record {@code spara} returns, confirms and builds the page anew.
     */
    protected <U extends Record> Optional<Button> redigerbar(
            Postformular<U> form, U uppgifter, boolean farAndra, String sparaId, Function<U, T> spara) {
        form.visa(uppgifter);
        form.lasbar(!farAndra);
        Div konflikt = new Div();
        add(form, konflikt);
        if (!farAndra) {
            return Optional.empty();
        }
        Sparning sparning = new Sparning()
                .felVisas(form::visaFel)
                .konfliktI(konflikt, this::laddaOm)
                .sedan(() -> {
                    Meddelanden.sparat();
                    visa(post());
                });
        Button knapp = new Button(
                getTranslation("allmant.spara"),
                e -> form.las().ifPresent(u -> sparning.utfor(() -> ersatt(spara.apply(u)))));
        knapp.setId(sparaId);
        knapp.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return Optional.of(knapp);
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
