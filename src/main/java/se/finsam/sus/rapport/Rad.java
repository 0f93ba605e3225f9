package se.finsam.sus.rapport;

import java.util.List;

/**
 * A row of a {@link Rapporttabell}: its label, one cell per column, whether it is the total of the other rows'
 * person cells, and an optional in-application link for the label (e.g. {@code insatser/12}) that the view shows
 * only to those who may open it.
 */
public record Rad(String etikett, List<Cell> celler, boolean summa, String lank) {

    public Rad {
        celler = List.copyOf(celler);
    }

    public static Rad av(String etikett, List<Cell> celler) {
        return new Rad(etikett, celler, false, null);
    }

    public static Rad summa(String etikett, List<Cell> celler) {
        return new Rad(etikett, celler, true, null);
    }

    public Rad medLank(String lank) {
        return new Rad(etikett, celler, summa, lank);
    }

    Rad med(int kolumn, Cell cell) {
        List<Cell> nya = new java.util.ArrayList<>(celler);
        nya.set(kolumn, cell);
        return new Rad(etikett, nya, summa, lank);
    }
}
