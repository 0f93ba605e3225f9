package se.finsam.sus.forsorjning;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * SCB helårsekvivalenter for one area and year: the sum over benefits, the population 20–64, the share in per
 * cent at full precision (null when the population is 0), the sum per benefit, and the members left out.
 */
public record HelarsVarde(
        int ar,
        BigDecimal helarsekvivalenter,
        long befolkning,
        BigDecimal andelProcent,
        Map<String, BigDecimal> perForman,
        boolean komplett,
        List<String> saknas) {}
