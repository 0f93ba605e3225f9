package se.finsam.sus.organisation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/** One year of an insats's budget as entered, with totals; {@code version} for optimistic locking. */
public record InsatsbudgetRad(long id, long version, long insatsId, InsatsbudgetUppgifter uppgifter) {

    public int ar() {
        return uppgifter.ar();
    }

    public int planeradeDeltagare() {
        return uppgifter.planeradeDeltagare();
    }

    public Kostnader kostnader() {
        return uppgifter.kostnader();
    }

    /** The year's other financiers (ESF, another authority), in the order entered. */
    public List<Medfinansiering> medfinansiering() {
        return uppgifter.medfinansiering();
    }

    /** What other financiers are budgeted to pay this year. */
    public BigDecimal medfinansieringBudget() {
        return Belopp.summa(
                medfinansiering().stream().map(Medfinansiering::budget).toArray(BigDecimal[]::new));
    }

    /** What other financiers paid this year. */
    public BigDecimal medfinansieringUtfall() {
        return Belopp.summa(
                medfinansiering().stream().map(Medfinansiering::utfall).toArray(BigDecimal[]::new));
    }

    public BigDecimal summaBudget() {
        return kostnader().summaBudget();
    }

    public BigDecimal summaUtfall() {
        return kostnader().summaUtfall();
    }

    /** Personal's share of the total budget in percent (one decimal); null when the total is zero. */
    public BigDecimal andelPersonal() {
        return procent(kostnader().personalBudget(), summaBudget());
    }

    public BigDecimal andelLokal() {
        return procent(kostnader().lokalBudget(), summaBudget());
    }

    public BigDecimal andelOvrigt() {
        return procent(kostnader().ovrigtBudget(), summaBudget());
    }

    /** The outcome as a percentage of the budget (one decimal); null when the budget is zero. */
    public BigDecimal utfallAvBudget() {
        return procent(summaUtfall(), summaBudget());
    }

    /** The part of the budget the förbund pays itself: the total less what other financiers pay. */
    public BigDecimal forbundetsDel() {
        return summaBudget().subtract(medfinansieringBudget());
    }

    /**
     * The förbund's own budget per planned participant (whole kronor), so that a partly externally financed
     * insats does not look dearer than it is for the förbund; null without planned participants.
     */
    public BigDecimal forbundetsKostnadPerDeltagare() {
        if (planeradeDeltagare() <= 0) {
            return null;
        }
        return forbundetsDel().divide(BigDecimal.valueOf(planeradeDeltagare()), 0, RoundingMode.HALF_UP);
    }

    private static BigDecimal procent(BigDecimal del, BigDecimal helhet) {
        if (del == null || helhet == null || helhet.signum() == 0) {
            return null;
        }
        return del.multiply(BigDecimal.valueOf(100)).divide(helhet, 1, RoundingMode.HALF_UP);
    }
}
