package se.finsam.sus.rapport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SmatalsskyddTest {

    private final Smatalsskydd skydd = new Smatalsskydd(5);

    /** Rows of person counts with a total column (and a total row when {@code summarad}). */
    private static Rapporttabell tabell(boolean summarad, long[]... rader) {
        List<Kolumn> kolumner = new ArrayList<>();
        for (int k = 0; k < rader[0].length; k++) {
            kolumner.add(Kolumn.av("k" + k));
        }
        kolumner.add(Kolumn.summa("totalt"));
        List<Rad> lista = new ArrayList<>();
        long[] kolumnsummor = new long[rader[0].length + 1];
        for (int r = 0; r < rader.length; r++) {
            List<Cell> celler = new ArrayList<>();
            long summa = 0;
            for (int k = 0; k < rader[r].length; k++) {
                celler.add(Cell.personer(rader[r][k]));
                summa += rader[r][k];
                kolumnsummor[k] += rader[r][k];
            }
            celler.add(Cell.personer(summa));
            kolumnsummor[rader[r].length] += summa;
            lista.add(Rad.av("r" + r, celler));
        }
        if (summarad) {
            List<Cell> celler = new ArrayList<>();
            for (long s : kolumnsummor) {
                celler.add(Cell.personer(s));
            }
            lista.add(Rad.summa("totalt", celler));
        }
        return new Rapporttabell("t", "rad", kolumner, lista, List.of(), List.of());
    }

    private static String visat(Rapporttabell t) {
        StringBuilder s = new StringBuilder();
        for (Rad rad : t.rader()) {
            for (Cell c : rad.celler()) {
                s.append(c.dold() ? ".." : c.varde().toPlainString()).append(' ');
            }
            s.append("| ");
        }
        return s.toString().trim();
    }

    @Test
    void hidesCountsFromOneToFourAndShowsZeroAndFive() {
        Rapporttabell t = new Rapporttabell(
                "t",
                "rad",
                List.of(Kolumn.av("a")),
                List.of(
                        Rad.av("noll", List.of(Cell.personer(0))),
                        Rad.av("ett", List.of(Cell.personer(1))),
                        Rad.av("fyra", List.of(Cell.personer(4))),
                        Rad.av("fem", List.of(Cell.personer(5)))),
                List.of(),
                List.of());
        assertThat(visat(skydd.skydda(t))).isEqualTo("0 | .. | .. | 5 |");
    }

    @Test
    void aSingleHiddenCellInARowWithATotalTakesTheSmallestOtherNonZeroCellWithIt() {
        // 3 is hidden; without a second hidden cell it would be 30 - 20 - 7; 7 is the smallest other non-zero.
        Rapporttabell t = skydd.skydda(tabell(false, new long[] {3, 20, 0, 7}));
        assertThat(visat(t)).isEqualTo(".. 20 0 .. 30 |");
    }

    @Test
    void whenNoOtherCellCanBeHiddenTheTotalIsHidden() {
        Rapporttabell t = skydd.skydda(tabell(false, new long[] {3, 0}));
        assertThat(visat(t)).isEqualTo(".. 0 .. |");
    }

    @Test
    void columnsWithATotalRowAreProtectedTooAndTheRuleRepeatsUntilNothingCanBeRecovered() {
        // r0: 2 hidden (primary) → row: 8 hidden with it (smallest other non-zero).
        // column k1: 8 hidden, 30 shown, total 38 shown → exactly one hidden → 30 hidden too.
        // row r1: 30 hidden alone → smallest other non-zero in r1 (9) hidden.
        // column k0: 2 and 9 hidden → two, fine. Totals stay shown.
        Rapporttabell t = skydd.skydda(tabell(true, new long[] {2, 8}, new long[] {9, 30}));
        assertThat(visat(t)).isEqualTo(".. .. 10 | .. .. 39 | 11 38 49 |");
        // No row or column with a shown total has exactly one hidden cell.
        for (Rad rad : t.rader()) {
            assertThat(rad.celler().subList(0, 2).stream().filter(Cell::dold).count())
                    .isNotEqualTo(1);
        }
    }

    @Test
    void derivedFiguresFollowTheCountsTheyAreBuiltOnButMoneyAndInsatserAreNeverHidden() {
        Cell.Pos start = new Cell.Pos(0, 0);
        Cell.Pos slut = new Cell.Pos(0, 1);
        Rapporttabell t = skydd.skydda(new Rapporttabell(
                "t",
                "rad",
                List.of(
                        Kolumn.av("start"),
                        Kolumn.av("slut"),
                        Kolumn.av("förändring"),
                        Kolumn.av("%"),
                        Kolumn.av("kr"),
                        Kolumn.av("insatser")),
                List.of(Rad.av(
                        "lön",
                        List.of(
                                Cell.personer(3),
                                Cell.personer(12),
                                Cell.forandring(9, start, slut),
                                Cell.andel(9, 3, start, slut),
                                Cell.kronor(new BigDecimal("2.00")),
                                Cell.antal(1)))),
                List.of(),
                List.of()));
        assertThat(t.rader().get(0).celler())
                .extracting(Cell::dold)
                .containsExactly(true, false, true, true, false, false);
    }

    @Test
    void theThresholdIsConfigurableButNeverBelowOne() {
        // Threshold 3: 2 is hidden, 3 is not (but goes with 2 as the smallest other non-zero cell).
        assertThat(visat(new Smatalsskydd(3).skydda(tabell(false, new long[] {3, 2, 10}))))
                .isEqualTo(".. .. 10 15 |");
        assertThat(visat(new Smatalsskydd(3).skydda(tabell(false, new long[] {3, 20, 10}))))
                .isEqualTo("3 20 10 33 |");
        assertThatThrownBy(() -> new Smatalsskydd(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
