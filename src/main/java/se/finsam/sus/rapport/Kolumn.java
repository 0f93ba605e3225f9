package se.finsam.sus.rapport;

/** A column of a {@link Rapporttabell}; {@code summa}: the column is the total of the row's other person cells. */
public record Kolumn(String rubrik, boolean summa) {

    public static Kolumn av(String rubrik) {
        return new Kolumn(rubrik, false);
    }

    public static Kolumn summa(String rubrik) {
        return new Kolumn(rubrik, true);
    }
}
