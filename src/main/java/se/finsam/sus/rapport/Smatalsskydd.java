package se.finsam.sus.rapport;

import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Protection against small counts (docs/rapporter.md, "Small counts"), the one function every report table passes
 * through before it is shown, drawn or exported.
 *
 * <ol>
 *   <li>Primary: a person cell with a value from 1 to {@code grans − 1} is hidden ({@code ..}). Zero is shown.
 *   <li>Secondary: where a row (or a column) has a shown total — a cell in a {@link Kolumn#summa() summa column}
 *       (or a {@link Rad#summa() summa row}) — and exactly one of its other person cells is hidden, its smallest
 *       other non-zero person cell is hidden too, or, when there is none, the total; repeated until no row or
 *       column with a shown total has exactly one hidden cell. Otherwise the hidden cell could be recovered as the
 *       total minus the others.
 *   <li>A derived figure (share, change) is hidden when any cell it is built on is hidden.
 * </ol>
 *
 * Totals are computed by the queries from all data, never from the cells shown. Counts of insatser and money are
 * never hidden. One table has at most one total per row and per column: a report with groups of columns that each
 * have a total shows them as separate tables.
 */
@Component
public class Smatalsskydd {

    private final int grans;

    public Smatalsskydd(@Value("${sus.rapport.smatal-grans:5}") int grans) {
        if (grans < 1) {
            throw new IllegalArgumentException("sus.rapport.smatal-grans must be at least 1, was " + grans);
        }
        this.grans = grans;
    }

    /** The threshold: counts below it (and above 0) are hidden. */
    public int grans() {
        return grans;
    }

    public Rapporttabell skydda(Rapporttabell tabell) {
        int rader = tabell.rader().size();
        int kolumner = tabell.kolumner().size();
        boolean[][] dold = new boolean[rader][kolumner];
        for (int r = 0; r < rader; r++) {
            for (int k = 0; k < kolumner; k++) {
                dold[r][k] = tabell.cell(r, k).arSmaPersontal(grans);
            }
        }
        boolean andrat = true;
        while (andrat) {
            andrat = false;
            for (int r = 0; r < rader; r++) {
                andrat |= skyddaRad(tabell, dold, r);
            }
            for (int k = 0; k < kolumner; k++) {
                andrat |= skyddaKolumn(tabell, dold, k);
            }
        }
        doljHarledda(tabell, dold);
        List<Rad> nya = new ArrayList<>(rader);
        for (int r = 0; r < rader; r++) {
            Rad rad = tabell.rader().get(r);
            for (int k = 0; k < kolumner; k++) {
                if (dold[r][k]) {
                    rad = rad.med(k, rad.celler().get(k).somDold());
                }
            }
            nya.add(rad);
        }
        return tabell.medRader(nya);
    }

    /** The row's total and its other person cells: applies the secondary rule once; true if it hid a cell. */
    private static boolean skyddaRad(Rapporttabell t, boolean[][] dold, int r) {
        for (int summa = 0; summa < t.kolumner().size(); summa++) {
            if (t.kolumner().get(summa).summa() && t.cell(r, summa).arPersoner() && !dold[r][summa]) {
                List<Cell.Pos> delar = new ArrayList<>();
                for (int k = 0; k < t.kolumner().size(); k++) {
                    if (!t.kolumner().get(k).summa() && t.cell(r, k).arPersoner()) {
                        delar.add(new Cell.Pos(r, k));
                    }
                }
                if (sekundar(t, dold, delar, new Cell.Pos(r, summa))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean skyddaKolumn(Rapporttabell t, boolean[][] dold, int k) {
        for (int summa = 0; summa < t.rader().size(); summa++) {
            if (t.rader().get(summa).summa() && t.cell(summa, k).arPersoner() && !dold[summa][k]) {
                List<Cell.Pos> delar = new ArrayList<>();
                for (int r = 0; r < t.rader().size(); r++) {
                    if (!t.rader().get(r).summa() && t.cell(r, k).arPersoner()) {
                        delar.add(new Cell.Pos(r, k));
                    }
                }
                if (sekundar(t, dold, delar, new Cell.Pos(summa, k))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** With exactly one hidden part, hides the smallest other non-zero part, or else the total. */
    private static boolean sekundar(Rapporttabell t, boolean[][] dold, List<Cell.Pos> delar, Cell.Pos summa) {
        long antalDolda = delar.stream().filter(p -> dold[p.rad()][p.kolumn()]).count();
        if (antalDolda != 1) {
            return false;
        }
        Cell.Pos minsta = null;
        for (Cell.Pos p : delar) {
            if (!dold[p.rad()][p.kolumn()]
                    && t.cell(p).heltal() > 0
                    && (minsta == null || t.cell(p).heltal() < t.cell(minsta).heltal())) {
                minsta = p;
            }
        }
        Cell.Pos att = minsta != null ? minsta : summa;
        dold[att.rad()][att.kolumn()] = true;
        return true;
    }

    private static void doljHarledda(Rapporttabell t, boolean[][] dold) {
        boolean andrat = true;
        while (andrat) {
            andrat = false;
            for (int r = 0; r < t.rader().size(); r++) {
                for (int k = 0; k < t.kolumner().size(); k++) {
                    if (!dold[r][k] && t.cell(r, k).beroenden().stream().anyMatch(p -> dold[p.rad()][p.kolumn()])) {
                        dold[r][k] = true;
                        andrat = true;
                    }
                }
            }
        }
    }
}
