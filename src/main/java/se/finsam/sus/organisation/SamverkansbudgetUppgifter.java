package se.finsam.sus.organisation;

import java.math.BigDecimal;
import java.util.List;

/** What a user enters for one year of a samverkansorganisation's budget. */
public record SamverkansbudgetUppgifter(
        int ar,
        List<FinansiarMedel> finansiarer,
        BigDecimal egetKapital,
        BigDecimal forvaltningPersonalBudget,
        BigDecimal forvaltningPersonalUtfall,
        BigDecimal forvaltningLokalBudget,
        BigDecimal forvaltningLokalUtfall,
        BigDecimal forvaltningOvrigtBudget,
        BigDecimal forvaltningOvrigtUtfall) {}
