package se.finsam.sus.rapport;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * One cell of a {@link Rapporttabell}. {@code varde} is null for text and for a figure that does not exist ("–", e.g.
 * a share of 0); {@code beroenden} are the cells a derived figure (share, change) is computed from, so that it is
 * hidden with them; {@code dold} is set only by {@link Smatalsskydd}.
 */
public record Cell(Celltyp typ, BigDecimal varde, String text, List<Pos> beroenden, boolean dold) {

    /** A cell's place in its table: row index and column index (the row label is not a column). */
    public record Pos(int rad, int kolumn) {}

    public Cell {
        beroenden = List.copyOf(beroenden);
    }

    public static Cell text(String text) {
        return new Cell(Celltyp.TEXT, null, text, List.of(), false);
    }

    public static Cell personer(long antal) {
        return new Cell(Celltyp.PERSONER, BigDecimal.valueOf(antal), null, List.of(), false);
    }

    public static Cell antal(long antal) {
        return new Cell(Celltyp.ANTAL, BigDecimal.valueOf(antal), null, List.of(), false);
    }

    /** A number that is not a count of persons, e.g. an average number of days; null is "–". */
    public static Cell antal(BigDecimal antal) {
        return new Cell(Celltyp.ANTAL, antal, null, List.of(), false);
    }

    /** Money; null is "–". */
    public static Cell kronor(BigDecimal belopp) {
        return new Cell(Celltyp.KRONOR, belopp, null, List.of(), false);
    }

    /** {@code taljare / namnare × 100} with one decimal, "–" when the denominator is 0; hidden with its sources. */
    public static Cell andel(long taljare, long namnare, Pos... beroenden) {
        BigDecimal procent = namnare == 0
                ? null
                : BigDecimal.valueOf(taljare * 100L).divide(BigDecimal.valueOf(namnare), 1, RoundingMode.HALF_UP);
        return new Cell(Celltyp.ANDEL, procent, null, List.of(beroenden), false);
    }

    /** A share of money or of insatser, which is never hidden by itself (it still follows its sources). */
    public static Cell andel(BigDecimal procent, Pos... beroenden) {
        return new Cell(Celltyp.ANDEL, procent, null, List.of(beroenden), false);
    }

    /** A difference of person counts (e.g. vid avslut − vid start); hidden with its sources. */
    public static Cell forandring(long skillnad, Pos... beroenden) {
        return new Cell(Celltyp.FORANDRING, BigDecimal.valueOf(skillnad), null, List.of(beroenden), false);
    }

    Cell somDold() {
        return new Cell(typ, varde, text, beroenden, true);
    }

    /** A person count that the primary rule hides: 1 to {@code grans} − 1. */
    boolean arSmaPersontal(int grans) {
        return typ == Celltyp.PERSONER
                && varde != null
                && varde.signum() > 0
                && varde.compareTo(BigDecimal.valueOf(grans)) < 0;
    }

    boolean arPersoner() {
        return typ == Celltyp.PERSONER;
    }

    /** The value as a whole number (counts); 0 for "–". */
    public long heltal() {
        return varde == null ? 0 : varde.longValue();
    }
}
