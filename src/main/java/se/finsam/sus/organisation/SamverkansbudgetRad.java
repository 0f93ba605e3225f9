package se.finsam.sus.organisation;

import java.math.BigDecimal;
import java.util.List;

/**
 * One year of a samverkansbudget with totals: {@code tillgangligt} = medel + eget kapital; {@code kvar} =
 * tillgängligt − förvaltning (budget) − the year's insatsbudgetar.
 */
public record SamverkansbudgetRad(
        long id,
        long version,
        long organisationId,
        int ar,
        List<FinansiarMedel> finansiarer,
        BigDecimal egetKapital,
        BigDecimal forvaltningPersonalBudget,
        BigDecimal forvaltningPersonalUtfall,
        BigDecimal forvaltningLokalBudget,
        BigDecimal forvaltningLokalUtfall,
        BigDecimal forvaltningOvrigtBudget,
        BigDecimal forvaltningOvrigtUtfall,
        BigDecimal summaMedel,
        BigDecimal tillgangligt,
        BigDecimal forvaltningBudget,
        BigDecimal forvaltningUtfall,
        BigDecimal insatsernasBudget,
        BigDecimal kvar) {}
