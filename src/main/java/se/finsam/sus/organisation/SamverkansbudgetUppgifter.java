package se.finsam.sus.organisation;

import java.math.BigDecimal;
import java.util.List;

/** What a user enters for one year of a samverkansorganisation's budget: medel, eget kapital, förvaltning. */
public record SamverkansbudgetUppgifter(
        int ar, List<FinansiarMedel> finansiarer, BigDecimal egetKapital, Kostnader forvaltning) {}
