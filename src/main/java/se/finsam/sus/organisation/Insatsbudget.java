package se.finsam.sus.organisation;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import se.finsam.sus.base.ValideringsException;
import se.finsam.sus.base.VersioneradEntitet;

/** An insats's budget and utfall for one calendar year. */
@Entity
@Table(name = "insatsbudget")
class Insatsbudget extends VersioneradEntitet {

    private long insatsId;
    private int ar;
    private int planeradeDeltagare;
    private BigDecimal personalBudget;
    private BigDecimal personalUtfall;
    private BigDecimal lokalBudget;
    private BigDecimal lokalUtfall;
    private BigDecimal ovrigtBudget;
    private BigDecimal ovrigtUtfall;
    private BigDecimal ovrigaFinansiarer;

    protected Insatsbudget() {}

    Insatsbudget(long insatsId, int ar) {
        this.insatsId = insatsId;
        this.ar = ar;
    }

    void andra(InsatsbudgetUppgifter u) {
        if (u.planeradeDeltagare() < 0) {
            throw new ValideringsException("budget.fel.deltagare");
        }
        planeradeDeltagare = u.planeradeDeltagare();
        personalBudget = Belopp.kontrollera(u.personalBudget());
        personalUtfall = Belopp.kontrollera(u.personalUtfall());
        lokalBudget = Belopp.kontrollera(u.lokalBudget());
        lokalUtfall = Belopp.kontrollera(u.lokalUtfall());
        ovrigtBudget = Belopp.kontrollera(u.ovrigtBudget());
        ovrigtUtfall = Belopp.kontrollera(u.ovrigtUtfall());
        ovrigaFinansiarer = Belopp.kontrollera(u.ovrigaFinansiarer());
        // The part financed by others is part of the budget; more than the whole would make the förbund's
        // share negative and its cost per participant meaningless.
        if (ovrigaFinansiarer.compareTo(Belopp.summa(personalBudget, lokalBudget, ovrigtBudget)) > 0) {
            throw new ValideringsException("budget.fel.ovriga-finansiarer");
        }
    }

    InsatsbudgetRad rad() {
        return new InsatsbudgetRad(
                getId(),
                getVersion(),
                insatsId,
                ar,
                planeradeDeltagare,
                personalBudget,
                personalUtfall,
                lokalBudget,
                lokalUtfall,
                ovrigtBudget,
                ovrigtUtfall,
                ovrigaFinansiarer,
                Belopp.summa(personalBudget, lokalBudget, ovrigtBudget),
                Belopp.summa(personalUtfall, lokalUtfall, ovrigtUtfall));
    }

    long getInsatsId() {
        return insatsId;
    }
}
