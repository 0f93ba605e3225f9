package se.finsam.sus.organisation;

import jakarta.persistence.Embedded;
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

    @Embedded
    private KostnadsBelopp kostnader = new KostnadsBelopp();

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
        kostnader.andra(u.kostnader());
        ovrigaFinansiarer = Belopp.kontrollera(u.ovrigaFinansiarer());
        // The part financed by others is part of the budget; more than the whole would make the förbund's
        // share negative and its cost per participant meaningless.
        if (ovrigaFinansiarer.compareTo(kostnader.kostnader().summaBudget()) > 0) {
            throw new ValideringsException("budget.fel.ovriga-finansiarer");
        }
    }

    InsatsbudgetRad rad() {
        return new InsatsbudgetRad(
                getId(),
                getVersion(),
                insatsId,
                new InsatsbudgetUppgifter(ar, planeradeDeltagare, kostnader.kostnader(), ovrigaFinansiarer));
    }

    long getInsatsId() {
        return insatsId;
    }
}
