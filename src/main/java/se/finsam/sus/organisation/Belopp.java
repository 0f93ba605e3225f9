package se.finsam.sus.organisation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import se.finsam.sus.base.ValideringsException;

/** Amounts in kronor: at least zero, at most two decimals, fitting DECIMAL(15,2). */
public final class Belopp {

    private static final BigDecimal MAX = new BigDecimal("9999999999999.99");

    private Belopp() {}

    /** True when the amount may be stored; null counts as zero. */
    public static boolean arGiltigt(BigDecimal b) {
        return b == null || (b.signum() >= 0 && b.stripTrailingZeros().scale() <= 2 && b.compareTo(MAX) <= 0);
    }

    static BigDecimal kontrollera(BigDecimal b) {
        if (!arGiltigt(b)) {
            throw new ValideringsException("budget.fel.belopp");
        }
        return b == null ? BigDecimal.ZERO.setScale(2) : b.setScale(2, RoundingMode.UNNECESSARY);
    }

    static BigDecimal summa(BigDecimal... belopp) {
        BigDecimal s = BigDecimal.ZERO.setScale(2);
        for (BigDecimal b : belopp) {
            s = s.add(b == null ? BigDecimal.ZERO : b);
        }
        return s;
    }
}
