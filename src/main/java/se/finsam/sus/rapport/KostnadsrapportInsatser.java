package se.finsam.sus.rapport;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/**
 * One year's insatskostnader table of the {@link Kostnadsrapport}: the insatsbudgets of the unit's insatser for the
 * year (personal, lokaler, övrigt: budget and utfall), the co-financing in them, and cost per participant. The
 * participant count is a person count and protected against small counts; cost per participant is hidden with it,
 * since the utfall shown beside it would give the count back (utfall ÷ cost).
 */
final class KostnadsrapportInsatser {

    /** The year's insatsbudgets of the unit, summed, and the year's participants. */
    record Kostnad(
            long insatser,
            long planerade,
            BigDecimal personalBudget,
            BigDecimal personalUtfall,
            BigDecimal lokalBudget,
            BigDecimal lokalUtfall,
            BigDecimal ovrigtBudget,
            BigDecimal ovrigtUtfall,
            BigDecimal medfinansieringBudget,
            BigDecimal medfinansieringUtfall) {

        static final Kostnad TOM = new Kostnad(
                0,
                0,
                BigDecimal.ZERO,
                BigDecimal.ZERO,
                BigDecimal.ZERO,
                BigDecimal.ZERO,
                BigDecimal.ZERO,
                BigDecimal.ZERO,
                BigDecimal.ZERO,
                BigDecimal.ZERO);

        BigDecimal summaBudget() {
            return personalBudget.add(lokalBudget).add(ovrigtBudget);
        }

        BigDecimal summaUtfall() {
            return personalUtfall.add(lokalUtfall).add(ovrigtUtfall);
        }
    }

    /**
     * The insatsbudgets of the year, with their co-financing: the rows of {@code insats_medfinansiering} of each
     * budget (other financiers of the insats that year, budget and utfall), summed per budget first so that a
     * budget with several financiers is not counted more than once.
     */
    static final String BUDGETAR = "select u.enhet as enhet, count(*) as insatser,"
            + " coalesce(sum(b.planerade_deltagare), 0) as planerade,"
            + " coalesce(sum(b.personal_budget), 0) as personal_budget,"
            + " coalesce(sum(b.personal_utfall), 0) as personal_utfall,"
            + " coalesce(sum(b.lokal_budget), 0) as lokal_budget,"
            + " coalesce(sum(b.lokal_utfall), 0) as lokal_utfall,"
            + " coalesce(sum(b.ovrigt_budget), 0) as ovrigt_budget,"
            + " coalesce(sum(b.ovrigt_utfall), 0) as ovrigt_utfall,"
            + " coalesce(sum(m.budget), 0) as medfinansiering_budget,"
            + " coalesce(sum(m.utfall), 0) as medfinansiering_utfall"
            + " from (%s) u join insatsbudget b on b.insats_id = u.insats_id"
            + " left join (select mf.insatsbudget_id, sum(mf.budget) as budget, sum(mf.utfall) as utfall"
            + " from insats_medfinansiering mf join insatsbudget mb on mb.id = mf.insatsbudget_id"
            + " where mb.ar = :ar group by mf.insatsbudget_id) m on m.insatsbudget_id = b.id"
            + " where b.ar = :ar"
            + " group by u.enhet";

    /** Participations counted in the year in individinriktade insatser, plus the year's anonymous counts. */
    static final String DELTAGARE = "select x.enhet as enhet, sum(x.antal) as deltagare from ("
            + "select u.enhet as enhet, count(*) as antal from (%1$s) u"
            + " join deltagande_rapport d on d.insats_id = u.insats_id join insats i on i.id = u.insats_id"
            + " where i.inriktning = 'INDIVIDINRIKTAD' and " + Rapportfraga.raknasDeltagande("d")
            + " group by u.enhet"
            + " union all "
            + "select u.enhet as enhet, sum(a.kvinnor + a.man + a.ovriga) as antal from (%1$s) u"
            + " join deltagar_antal a on a.insats_id = u.insats_id join insats i on i.id = u.insats_id"
            + " where a.ar = :ar and i.inriktning = 'INDIVIDINRIKTAD'"
            + " group by u.enhet) x group by x.enhet";

    /** Row of the participant count: cost per participant depends on it. */
    static final int DELTAGARRAD = 12;

    private final Rapportfraga fraga;
    private final int ar;
    private final Enhetsspalter spalter;

    KostnadsrapportInsatser(Rapportfraga fraga, int ar) {
        this.fraga = fraga;
        this.ar = ar;
        this.spalter = new Enhetsspalter(fraga);
    }

    Rapporttabell tabell() {
        MapSqlParameterSource p = fraga.parametrar();
        p.addValue("ar", ar);
        Enhetsspalter.Utfall<Kostnad> u = spalter.hamta(
                BUDGETAR,
                p,
                (rs, i) -> new Kostnad(
                        rs.getLong("insatser"),
                        rs.getLong("planerade"),
                        rs.getBigDecimal("personal_budget"),
                        rs.getBigDecimal("personal_utfall"),
                        rs.getBigDecimal("lokal_budget"),
                        rs.getBigDecimal("lokal_utfall"),
                        rs.getBigDecimal("ovrigt_budget"),
                        rs.getBigDecimal("ovrigt_utfall"),
                        rs.getBigDecimal("medfinansiering_budget"),
                        rs.getBigDecimal("medfinansiering_utfall")));
        Enhetsspalter.Utfall<Long> d = spalter.hamta(DELTAGARE, p, (rs, i) -> rs.getLong("deltagare"));
        List<Rad> rader = new ArrayList<>();
        rader.add(Rad.av(text("insatser"), spalter.celler(u, Kostnad.TOM, k -> Cell.antal(k.insatser()))));
        rader.add(kronor(u, "personal-budget", Kostnad::personalBudget));
        rader.add(kronor(u, "personal-utfall", Kostnad::personalUtfall));
        rader.add(kronor(u, "lokal-budget", Kostnad::lokalBudget));
        rader.add(kronor(u, "lokal-utfall", Kostnad::lokalUtfall));
        rader.add(kronor(u, "ovrigt-budget", Kostnad::ovrigtBudget));
        rader.add(kronor(u, "ovrigt-utfall", Kostnad::ovrigtUtfall));
        List<Cell> budget = spalter.celler(u, Kostnad.TOM, k -> Cell.kronor(k.summaBudget()));
        List<Cell> utfall = spalter.celler(u, Kostnad.TOM, k -> Cell.kronor(k.summaUtfall()));
        rader.add(Rad.av(text("summa-budget"), budget));
        rader.add(Rad.av(text("summa-utfall"), utfall));
        rader.add(kronor(u, "medfinansiering-budget", Kostnad::medfinansieringBudget));
        rader.add(kronor(u, "medfinansiering-utfall", Kostnad::medfinansieringUtfall));
        List<Cell> planerade = spalter.celler(u, Kostnad.TOM, k -> Cell.antal(k.planerade()));
        rader.add(Rad.av(text("planerade"), planerade));
        List<Cell> deltagare = spalter.celler(d, 0L, Cell::personer);
        if (rader.size() != DELTAGARRAD) {
            throw new IllegalStateException("The participant row moved: " + rader.size());
        }
        rader.add(Rad.av(text("deltagare"), deltagare));
        rader.add(Rad.av(
                text("kostnad-per-deltagare"),
                spalter.harledda(k ->
                        perPerson(utfall.get(k).varde(), deltagare.get(k).heltal(), new Cell.Pos(DELTAGARRAD, k)))));
        rader.add(Rad.av(
                text("budget-per-planerad"),
                spalter.harledda(k -> Cell.kronor(
                        delat(budget.get(k).varde(), planerade.get(k).heltal())))));
        return new Rapporttabell(
                        text("rubrik", String.valueOf(ar)),
                        fraga.text("rapport.kostnader.post"),
                        spalter.kolumner(),
                        rader,
                        List.of(),
                        spalter.diagram())
                .medFotnot(text("fotnot"))
                .medFotnot(text("fotnot-per-deltagare"));
    }

    /**
     * Money per participant, hidden with the participant count it is divided by (the protection hides a cell when
     * a cell it depends on is hidden); "–" when there is no participant.
     */
    static Cell perPerson(BigDecimal belopp, long personer, Cell.Pos personcell) {
        return new Cell(Celltyp.KRONOR, delat(belopp, personer), null, List.of(personcell), false);
    }

    /** {@code belopp ÷ antal} in kronor with two decimals (half up), null ("–") when {@code antal} is 0. */
    static BigDecimal delat(BigDecimal belopp, long antal) {
        return antal == 0 || belopp == null ? null : belopp.divide(BigDecimal.valueOf(antal), 2, RoundingMode.HALF_UP);
    }

    private Rad kronor(Enhetsspalter.Utfall<Kostnad> u, String nyckel, Function<Kostnad, BigDecimal> belopp) {
        return Rad.av(text(nyckel), spalter.celler(u, Kostnad.TOM, k -> Cell.kronor(belopp.apply(k))));
    }

    private String text(String nyckel, Object... argument) {
        return fraga.text("rapport.kostnader.insatser." + nyckel, argument);
    }
}
