package se.finsam.sus.forsorjning;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

/** What an aggregate sums for a quarter: the members included, their population and amounts. */
final class Summa {
    final Set<String> medlemmar = new HashSet<>();
    final BigDecimal[] belopp = new BigDecimal[Forman.values().length];
    long befolkning;

    Summa() {
        Arrays.fill(belopp, BigDecimal.ZERO);
    }

    /** Adds a member; {@code b} null when the amounts are summed per benefit separately. */
    void lagg(String medlem, long bef, BigDecimal[] b) {
        medlemmar.add(medlem);
        befolkning += bef;
        for (int i = 0; b != null && i < b.length; i++) {
            belopp[i] = belopp[i].add(b[i]);
        }
    }
}
