package se.finsam.sus.base;

import java.io.Serial;
import java.util.ArrayList;
import java.util.List;

/**
 * A business rule refused a change. Carries an i18n key (and its arguments) so that views can show the message
 * in the user's language; the exception message itself is the key.
 */
public class ValideringsException extends RuntimeException {

    @Serial
    private static final long serialVersionUID = 1L;

    private final String nyckel;
    private final transient Object[] argument;
    /** The refusals collected by {@link #samla}; null for a single one. */
    private final transient List<ValideringsException> alla;

    public ValideringsException(String nyckel, Object... argument) {
        super(nyckel);
        this.nyckel = nyckel;
        this.argument = argument.clone();
        this.alla = null;
    }

    /** Several refusals as one; the first stands for them all where only one is read. */
    private ValideringsException(List<ValideringsException> alla) {
        super(alla.getFirst().nyckel);
        this.nyckel = alla.getFirst().nyckel;
        this.argument = alla.getFirst().argument;
        this.alla = List.copyOf(alla);
    }

    /**
     * Runs every check, independent rules of one form, and throws one exception carrying all their refusals, so
     * that the form can show each at its field at once instead of one per attempt.
     */
    public static void samla(Runnable... kontroller) {
        List<ValideringsException> fel = new ArrayList<>();
        for (Runnable kontroll : kontroller) {
            try {
                kontroll.run();
            } catch (ValideringsException e) {
                fel.addAll(e.alla());
            }
        }
        if (!fel.isEmpty()) {
            throw fel.size() == 1 ? fel.getFirst() : new ValideringsException(fel);
        }
    }

    /** Every refusal this exception carries: itself, or those {@link #samla} collected. */
    public List<ValideringsException> alla() {
        return alla == null ? List.of(this) : alla;
    }

    public String nyckel() {
        return nyckel;
    }

    public Object[] argument() {
        return argument.clone();
    }
}
