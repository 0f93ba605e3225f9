package se.finsam.sus.base.ui;

import com.vaadin.flow.component.HasValidation;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import se.finsam.sus.base.ValideringsException;

/**
 * Shows a service's refusal ({@link ValideringsException}) next to the field it concerns: each form registers
 * which i18n keys belong to which field; a key without a field is shown as a notification.
 */
public final class Faltfel {

    private final Map<String, HasValidation> faltFor = new HashMap<>();
    private final Set<HasValidation> markerade = new LinkedHashSet<>();
    private Consumer<ValideringsException> ovriga = Meddelanden::fel;

    /** The field that shows the messages with these keys. */
    public Faltfel falt(HasValidation falt, String... nycklar) {
        for (String nyckel : nycklar) {
            faltFor.put(nyckel, falt);
        }
        return this;
    }

    /** How a refusal without a field is shown; a notification unless the form says otherwise. */
    public Faltfel ovrigaVisas(Consumer<ValideringsException> visa) {
        this.ovriga = visa;
        return this;
    }

    /**
     * Marks each refusal's field with its message, all at once when the service collected several
     * ({@link ValideringsException#samla}); a refusal without a field is shown as {@link #ovrigaVisas} says.
     */
    public void visa(ValideringsException e) {
        for (ValideringsException fel : e.alla()) {
            HasValidation falt = faltFor.get(fel.nyckel());
            if (falt == null) {
                ovriga.accept(fel);
            } else if (!markerade.contains(falt)) {
                // The first refusal of a field is its message; the field shows one.
                falt.setErrorMessage(Meddelanden.t(fel.nyckel(), fel.argument()));
                falt.setInvalid(true);
                markerade.add(falt);
            }
        }
    }

    /** Whether a refusal with this key would be shown at a field. */
    public boolean harFalt(String nyckel) {
        return faltFor.containsKey(nyckel);
    }

    /** Clears the marks set by {@link #visa}, before the next attempt to save. */
    public void rensa() {
        markerade.forEach(f -> f.setInvalid(false));
        markerade.clear();
    }
}
