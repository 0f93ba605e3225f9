package se.finsam.sus.organisation;

import java.math.BigDecimal;

/** Money from one financier in a samverkansbudget. */
public record FinansiarMedel(String finansiar, FinansiarTyp typ, BigDecimal belopp) {}
