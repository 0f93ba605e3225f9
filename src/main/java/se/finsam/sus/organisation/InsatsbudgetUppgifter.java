package se.finsam.sus.organisation;

import java.math.BigDecimal;

/** What a user enters for one year of an insats's budget. Amounts: kronor, ≥ 0, at most two decimals. */
public record InsatsbudgetUppgifter(
        int ar,
        int planeradeDeltagare,
        BigDecimal personalBudget,
        BigDecimal personalUtfall,
        BigDecimal lokalBudget,
        BigDecimal lokalUtfall,
        BigDecimal ovrigtBudget,
        BigDecimal ovrigtUtfall,
        BigDecimal ovrigaFinansiarer) {}
