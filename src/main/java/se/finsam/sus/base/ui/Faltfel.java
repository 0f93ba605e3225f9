package se.finsam.sus.base.ui;

import com.vaadin.flow.component.HasValidation;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import se.finsam.sus.base.ValideringsException;

/**
 * Shows a service's refusal ({@link ValideringsException}) next to the field it concerns: each form registers
 * which i18n keys belong to which field; a key without a field is shown as a notification.
 */
public final class Faltfel {

    private final Map<String, HasValidation> faltFor = new HashMap<>();
    private final Set<HasValidation> markerade = new LinkedHashSet<>();

    /** The field that shows the messages with these keys. */
    public Faltfel falt(HasValidation falt, String... nycklar) {
        for (String nyckel : nycklar) {
            faltFor.put(nyckel, falt);
        }
        return this;
    }

    /** Marks the refusal's field with its message, or shows it as a notification when it has no field. */
    public void visa(ValideringsException e) {
        HasValidation falt = faltFor.get(e.nyckel());
        if (falt != null) {
            falt.setErrorMessage(Meddelanden.t(e.nyckel(), e.argument()));
            falt.setInvalid(true);
            markerade.add(falt);
        } else {
            Meddelanden.fel(e);
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
