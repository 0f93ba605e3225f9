package se.finsam.sus.organisation;

import java.math.BigDecimal;

/** One year of an insats's budget with totals; {@code version} for optimistic locking. */
public record InsatsbudgetRad(long id, long version, long insatsId, int ar, int planeradeDeltagare,
        BigDecimal personalBudget, BigDecimal personalUtfall, BigDecimal lokalBudget, BigDecimal lokalUtfall,
        BigDecimal ovrigtBudget, BigDecimal ovrigtUtfall, BigDecimal ovrigaFinansiarer, BigDecimal summaBudget,
        BigDecimal summaUtfall) {

    public InsatsbudgetUppgifter uppgifter() {
        return new InsatsbudgetUppgifter(ar, planeradeDeltagare, personalBudget, personalUtfall, lokalBudget,
                lokalUtfall, ovrigtBudget, ovrigtUtfall, ovrigaFinansiarer);
    }
}
