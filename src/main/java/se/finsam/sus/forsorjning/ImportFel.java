package se.finsam.sus.forsorjning;

/** One error in an import file: line number (the header is line 1), column name, the value found and what is wrong. */
public record ImportFel(long rad, String kolumn, String varde, String meddelande) {

    @Override
    public String toString() {
        return "rad " + rad + (kolumn == null ? "" : ", kolumn " + kolumn)
                + (varde == null ? "" : ", värde '" + varde + "'") + ": " + meddelande;
    }
}
