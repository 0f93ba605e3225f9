package se.finsam.sus.organisation;

import java.math.BigDecimal;

/**
 * The six amounts every budget year has, for an insats and for a samverkansorganisation's förvaltning: personal,
 * lokal and övrigt, each as budget and utfall. Kronor, ≥ 0, at most two decimals; null counts as zero.
 */
public record Kostnader(
        BigDecimal personalBudget,
        BigDecimal personalUtfall,
        BigDecimal lokalBudget,
        BigDecimal lokalUtfall,
        BigDecimal ovrigtBudget,
        BigDecimal ovrigtUtfall) {

    /** All six amounts zero (not entered). */
    public static Kostnader inga() {
        return new Kostnader(null, null, null, null, null, null);
    }

    /** Personal + lokal + övrigt of the budget. */
    public BigDecimal summaBudget() {
        return Belopp.summa(personalBudget, lokalBudget, ovrigtBudget);
    }

    /** Personal + lokal + övrigt of the utfall. */
    public BigDecimal summaUtfall() {
        return Belopp.summa(personalUtfall, lokalUtfall, ovrigtUtfall);
    }
}
