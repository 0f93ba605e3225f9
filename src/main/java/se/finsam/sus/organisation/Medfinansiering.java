package se.finsam.sus.organisation;

import java.math.BigDecimal;

/**
 * What another financier than the förbund (ESF, another authority) pays for an insats in one budget year: its name,
 * the budgeted amount and the utfall. Kronor, ≥ 0, at most two decimals; null counts as zero. Stored as a row of
 * {@code insats_medfinansiering} with the year's {@link Insatsbudget}.
 */
public record Medfinansiering(String finansiar, BigDecimal budget, BigDecimal utfall) {}
