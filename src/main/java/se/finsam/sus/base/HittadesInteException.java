package se.finsam.sus.base;

import java.io.Serial;

/**
 * A record does not exist, or lies outside the user's scope: both give the same answer, so that an id never
 * tells whether a record the user may not see exists. Services audit the refused attempt before throwing.
 */
public class HittadesInteException extends RuntimeException {

    @Serial
    private static final long serialVersionUID = 1L;

    public HittadesInteException(String typ, long id) {
        super(typ + " " + id + " hittades inte");
    }
}
