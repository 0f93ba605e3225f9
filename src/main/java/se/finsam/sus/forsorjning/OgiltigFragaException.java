package se.finsam.sus.forsorjning;

/** A question the measure cannot answer: unknown level or code, malformed or reversed quarters. */
public class OgiltigFragaException extends RuntimeException {

    public OgiltigFragaException(String meddelande) {
        super(meddelande);
    }
}
