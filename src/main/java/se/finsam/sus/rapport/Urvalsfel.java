package se.finsam.sus.rapport;

/**
 * A report selection that cannot be used: a malformed or unknown value in the URL, or a unit outside the reader's
 * scope. {@code nyckel} is the message key the view shows; {@code varde} the offending value (never personal data).
 */
public class Urvalsfel extends RuntimeException {

    private final String nyckel;
    private final String varde;

    public Urvalsfel(String nyckel, String varde) {
        super(nyckel + ": " + varde);
        this.nyckel = nyckel;
        this.varde = varde;
    }

    public String nyckel() {
        return nyckel;
    }

    public String varde() {
        return varde;
    }
}
