package se.finsam.sus.base.ui;

import com.vaadin.flow.component.HasComponents;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.dao.OptimisticLockingFailureException;
import se.finsam.sus.base.ValideringsException;

/**
 * Runs a save and handles its outcomes the same way in every view: a refusal ({@link ValideringsException}) is
 * shown by the view's chosen means (at its field through {@link Faltfel} or the form, by default as a
 * notification), a concurrent change ({@link OptimisticLockingFailureException}) by default as the standard
 * conflict message with a reload button ({@link #konfliktI}), and after success the callback runs.
 *
 * <pre>{@code
 * new Sparning().felVisas(form::visaFel).konfliktI(konfliktRuta, this::laddaOm).sedan(this::bygg)
 *         .utfor(() -> insats = insatser.uppdatera(id, version, uppgifter));
 * }</pre>
 *
 * A view may add handlers for other outcomes with {@link #vid}; the first matching handler wins, in the order
 * they were added (after the refusal and conflict handlers).
 */
public final class Sparning {

    private record Hantering<E extends RuntimeException>(Class<E> typ, Consumer<? super E> hantera) {
        boolean hanterar(RuntimeException e) {
            if (!typ.isInstance(e)) {
                return false;
            }
            hantera.accept(typ.cast(e));
            return true;
        }
    }

    private Consumer<ValideringsException> vidFel = Meddelanden::fel;
    private Consumer<OptimisticLockingFailureException> vidKonflikt = e -> {
        throw e;
    };
    private final List<Hantering<?>> ovriga = new ArrayList<>();
    private Runnable sedan = () -> {};

    /** How a refusal is shown; without this, as an error notification ({@link Meddelanden#fel}). */
    public Sparning felVisas(Consumer<ValideringsException> visa) {
        this.vidFel = visa;
        return this;
    }

    /** A refusal is shown at its field where {@code faltfel} knows one, otherwise as a notification. */
    public Sparning felVisas(Faltfel faltfel) {
        return felVisas(faltfel::visa);
    }

    /**
     * A conflict shows the standard conflict message ({@link Meddelanden#konflikt}) in {@code ruta}, replacing what
     * it showed; its reload button runs {@code laddaOm}. The user's entered values stay where they are.
     */
    public Sparning konfliktI(HasComponents ruta, Runnable laddaOm) {
        return vidKonflikt(() -> {
            ruta.removeAll();
            ruta.add(Meddelanden.konflikt(laddaOm));
        });
    }

    /** A conflict is handled by {@code hantera} (for views with their own conflict message). */
    public Sparning vidKonflikt(Runnable hantera) {
        this.vidKonflikt = e -> hantera.run();
        return this;
    }

    /** Another outcome (e.g. "not found") handled by the view. */
    public <E extends RuntimeException> Sparning vid(Class<E> typ, Consumer<? super E> hantera) {
        ovriga.add(new Hantering<>(typ, hantera));
        return this;
    }

    /** Runs after a successful save. */
    public Sparning sedan(Runnable sedan) {
        this.sedan = sedan;
        return this;
    }

    /**
     * Runs {@code handling}; true when it succeeded (then the {@link #sedan} callback has run), false when a
     * refusal, a conflict or another handled outcome was shown. Anything not handled propagates.
     */
    public boolean utfor(Runnable handling) {
        return utfall(handling) == Utfall.SPARAT;
    }

    /** Like {@link #utfor}, telling which outcome was shown (e.g. a dialog stays open only on a refusal). */
    public Utfall utfall(Runnable handling) {
        try {
            handling.run();
        } catch (ValideringsException e) {
            vidFel.accept(e);
            return Utfall.VAGRAT;
        } catch (OptimisticLockingFailureException e) {
            vidKonflikt.accept(e);
            return Utfall.KONFLIKT;
        } catch (RuntimeException e) {
            for (Hantering<?> h : ovriga) {
                if (h.hanterar(e)) {
                    return Utfall.ANNAT;
                }
            }
            throw e;
        }
        sedan.run();
        return Utfall.SPARAT;
    }

    /** How a save ended. */
    public enum Utfall {
        /** Saved; the {@link #sedan} callback has run. */
        SPARAT,
        /** Refused by a business rule ({@link ValideringsException}), shown as {@link #felVisas} says. */
        VAGRAT,
        /** Someone else saved first; shown as {@link #konfliktI} or {@link #vidKonflikt} says. */
        KONFLIKT,
        /** Another outcome handled by a {@link #vid} handler. */
        ANNAT
    }
}
