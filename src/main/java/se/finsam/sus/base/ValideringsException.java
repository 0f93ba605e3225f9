package se.finsam.sus.base;

import java.io.Serial;

/**
 * A business rule refused a change. Carries an i18n key (and its arguments) so that views can show the message
 * in the user's language; the exception message itself is the key.
 */
public class ValideringsException extends RuntimeException {

    @Serial
    private static final long serialVersionUID = 1L;

    private final String nyckel;
    private final transient Object[] argument;

    public ValideringsException(String nyckel, Object... argument) {
        super(nyckel);
        this.nyckel = nyckel;
        this.argument = argument.clone();
    }

    public String nyckel() {
        return nyckel;
    }

    public Object[] argument() {
        return argument.clone();
    }
}
