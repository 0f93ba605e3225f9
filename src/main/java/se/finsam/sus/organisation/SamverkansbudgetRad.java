package se.finsam.sus.organisation;

import java.math.BigDecimal;
import java.util.List;

/**
 * One year of a samverkansbudget as entered, with totals: {@code tillgangligt} = medel + eget kapital; {@code kvar}
 * = tillgängligt − förvaltning (budget) − the year's insatsbudgetar ({@code insatsernasBudget}, the förbund's part).
 */
public record SamverkansbudgetRad(
        long id, long version, long organisationId, SamverkansbudgetUppgifter uppgifter, BigDecimal insatsernasBudget) {

    public int ar() {
        return uppgifter.ar();
    }

    public List<FinansiarMedel> finansiarer() {
        return uppgifter.finansiarer();
    }

    public BigDecimal egetKapital() {
        return uppgifter.egetKapital();
    }

    public Kostnader forvaltning() {
        return uppgifter.forvaltning();
    }

    public BigDecimal summaMedel() {
        return Belopp.summa(finansiarer().stream().map(FinansiarMedel::belopp).toArray(BigDecimal[]::new));
    }

    public BigDecimal tillgangligt() {
        return summaMedel().add(Belopp.summa(egetKapital()));
    }

    public BigDecimal forvaltningBudget() {
        return forvaltning().summaBudget();
    }

    public BigDecimal forvaltningUtfall() {
        return forvaltning().summaUtfall();
    }

    public BigDecimal kvar() {
        return tillgangligt().subtract(forvaltningBudget()).subtract(insatsernasBudget);
    }
}
