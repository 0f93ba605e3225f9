package se.finsam.sus.organisation;

import java.math.BigDecimal;

/**
 * What a user enters for one year of an insats's budget: planned participants, the six amounts, and the part other
 * financiers pay. Amounts: kronor, ≥ 0, at most two decimals.
 */
public record InsatsbudgetUppgifter(
        int ar, int planeradeDeltagare, Kostnader kostnader, BigDecimal ovrigaFinansiarer) {}
