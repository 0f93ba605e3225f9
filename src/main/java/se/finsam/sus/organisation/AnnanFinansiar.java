package se.finsam.sus.organisation;

import java.math.BigDecimal;

/**
 * A financier of the insats outside the förbund (ESF, another authority): its name and the amount it
 * contributes, recorded so that cost per participant is not misleading.
 */
public record AnnanFinansiar(String namn, BigDecimal belopp) {}
