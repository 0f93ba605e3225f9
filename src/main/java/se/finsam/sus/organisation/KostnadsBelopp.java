package se.finsam.sus.organisation;

import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

/**
 * The stored form of {@link Kostnader}, embedded in {@link Insatsbudget} (columns {@code personal_budget} …) and
 * {@link Samverkansbudget} (columns {@code forvaltning_personal_budget} …, by attribute overrides).
 */
@Embeddable
class KostnadsBelopp {

    private BigDecimal personalBudget;
    private BigDecimal personalUtfall;
    private BigDecimal lokalBudget;
    private BigDecimal lokalUtfall;
    private BigDecimal ovrigtBudget;
    private BigDecimal ovrigtUtfall;

    /** Takes the amounts after checking each ({@code budget.fel.belopp}); null is stored as zero. */
    void andra(Kostnader kostnader) {
        Kostnader k = kostnader == null ? Kostnader.inga() : kostnader;
        personalBudget = Belopp.kontrollera(k.personalBudget());
        personalUtfall = Belopp.kontrollera(k.personalUtfall());
        lokalBudget = Belopp.kontrollera(k.lokalBudget());
        lokalUtfall = Belopp.kontrollera(k.lokalUtfall());
        ovrigtBudget = Belopp.kontrollera(k.ovrigtBudget());
        ovrigtUtfall = Belopp.kontrollera(k.ovrigtUtfall());
    }

    Kostnader kostnader() {
        return new Kostnader(personalBudget, personalUtfall, lokalBudget, lokalUtfall, ovrigtBudget, ovrigtUtfall);
    }
}
