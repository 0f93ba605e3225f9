package se.finsam.sus.forsorjning;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The measure for one area and quarter. {@code befolkning} is the population 16–64 actually used (summed over
 * the members included), null when no member could be included. {@code krPerInvanareOchDag} maps each series of
 * {@link Forman#serier()} to kr per inhabitant 16–64 and day at full precision, or is null for a missing quarter.
 * {@code saknas} lists the members left out (no payments or no population for the quarter).
 */
public record KvartalsVarde(
        Kvartal kvartal,
        int dagar,
        Long befolkning,
        boolean komplett,
        List<String> saknas,
        Map<String, BigDecimal> krPerInvanareOchDag) {}
