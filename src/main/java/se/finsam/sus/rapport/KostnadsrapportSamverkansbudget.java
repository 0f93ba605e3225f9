package se.finsam.sus.rapport;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import se.finsam.sus.organisation.FinansiarTyp;

/**
 * One year's samverkansbudget table of the {@link Kostnadsrapport}: the budgets of the förbund of the unit (those
 * with at least one insats in the unit, scope and filters), summed. Compared by län, a förbund in two län is in
 * both columns and once in the total. Compared by insats (the unit is a förbund), the table has the förbund's
 * column only: an insats has no samverkansbudget.
 */
final class KostnadsrapportSamverkansbudget {

    /** The year's samverkansbudgets of the unit's förbund, summed. */
    record Budget(
            long forbund,
            Map<FinansiarTyp, BigDecimal> medel,
            BigDecimal egetKapital,
            BigDecimal personalBudget,
            BigDecimal personalUtfall,
            BigDecimal lokalBudget,
            BigDecimal lokalUtfall,
            BigDecimal ovrigtBudget,
            BigDecimal ovrigtUtfall) {

        static final Budget TOM = new Budget(
                0,
                Map.of(),
                BigDecimal.ZERO,
                BigDecimal.ZERO,
                BigDecimal.ZERO,
                BigDecimal.ZERO,
                BigDecimal.ZERO,
                BigDecimal.ZERO,
                BigDecimal.ZERO);

        BigDecimal medel(FinansiarTyp typ) {
            return medel.getOrDefault(typ, BigDecimal.ZERO);
        }

        BigDecimal summaMedel() {
            return medel.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        }

        BigDecimal summaBudget() {
            return personalBudget.add(lokalBudget).add(ovrigtBudget);
        }

        BigDecimal summaUtfall() {
            return personalUtfall.add(lokalUtfall).add(ovrigtUtfall);
        }
    }

    /** The unit's förbund, each once per unit key. */
    private static final String FORBUND =
            "select distinct u.enhet, fi.organisation_id from (%s) u join insats fi on fi.id = u.insats_id";

    static String sql() {
        StringBuilder summor = new StringBuilder();
        StringBuilder perTyp = new StringBuilder();
        for (FinansiarTyp typ : FinansiarTyp.values()) {
            summor.append(", coalesce(sum(m.medel_")
                    .append(typ.name())
                    .append("), 0) as medel_")
                    .append(typ.name());
            perTyp.append(", sum(case when sf.typ = '")
                    .append(typ.name())
                    .append("' then sf.belopp else 0 end) as medel_")
                    .append(typ.name());
        }
        return "select f.enhet as enhet, count(*) as forbund, coalesce(sum(s.eget_kapital), 0) as eget_kapital,"
                + " coalesce(sum(s.forvaltning_personal_budget), 0) as personal_budget,"
                + " coalesce(sum(s.forvaltning_personal_utfall), 0) as personal_utfall,"
                + " coalesce(sum(s.forvaltning_lokal_budget), 0) as lokal_budget,"
                + " coalesce(sum(s.forvaltning_lokal_utfall), 0) as lokal_utfall,"
                + " coalesce(sum(s.forvaltning_ovrigt_budget), 0) as ovrigt_budget,"
                + " coalesce(sum(s.forvaltning_ovrigt_utfall), 0) as ovrigt_utfall"
                + summor
                + " from (" + FORBUND + ") f"
                + " join samverkansbudget s on s.organisation_id = f.organisation_id and s.ar = :ar"
                + " left join (select sf.samverkansbudget_id" + perTyp
                + " from samverkansbudget_finansiar sf join samverkansbudget sa on sa.id = sf.samverkansbudget_id"
                + " where sa.ar = :ar group by sf.samverkansbudget_id) m"
                + " on m.samverkansbudget_id = s.id"
                + " group by f.enhet";
    }

    private final Rapportfraga fraga;
    private final int ar;
    private final Enhetsspalter spalter;

    KostnadsrapportSamverkansbudget(Rapportfraga fraga, int ar) {
        this.fraga = fraga;
        this.ar = ar;
        this.spalter = new Enhetsspalter(fraga, fraga.urval().enhet().niva().under() != Niva.INSATS);
    }

    Rapporttabell tabell() {
        MapSqlParameterSource p = fraga.parametrar();
        p.addValue("ar", ar);
        Enhetsspalter.Utfall<Budget> u = spalter.hamta(sql(), p, (rs, i) -> budget(rs));
        List<Rad> rader = new ArrayList<>();
        rader.add(Rad.av(text("forbund"), spalter.celler(u, Budget.TOM, b -> Cell.antal(b.forbund()))));
        for (FinansiarTyp typ : FinansiarTyp.values()) {
            rader.add(Rad.av(
                    text("medel", fraga.text("finansiartyp." + typ.name())),
                    spalter.celler(u, Budget.TOM, b -> Cell.kronor(b.medel(typ)))));
        }
        rader.add(kronor(u, "medel-summa", Budget::summaMedel));
        rader.add(kronor(u, "eget-kapital", Budget::egetKapital));
        rader.add(kronor(u, "forvaltning-personal-budget", Budget::personalBudget));
        rader.add(kronor(u, "forvaltning-personal-utfall", Budget::personalUtfall));
        rader.add(kronor(u, "forvaltning-lokal-budget", Budget::lokalBudget));
        rader.add(kronor(u, "forvaltning-lokal-utfall", Budget::lokalUtfall));
        rader.add(kronor(u, "forvaltning-ovrigt-budget", Budget::ovrigtBudget));
        rader.add(kronor(u, "forvaltning-ovrigt-utfall", Budget::ovrigtUtfall));
        rader.add(kronor(u, "forvaltning-summa-budget", Budget::summaBudget));
        rader.add(kronor(u, "forvaltning-summa-utfall", Budget::summaUtfall));
        return new Rapporttabell(
                        text("rubrik", String.valueOf(ar)),
                        fraga.text("rapport.kostnader.post"),
                        spalter.kolumner(),
                        rader,
                        List.of(),
                        spalter.diagram())
                .medFotnot(text("fotnot"));
    }

    private Rad kronor(Enhetsspalter.Utfall<Budget> u, String nyckel, Function<Budget, BigDecimal> belopp) {
        return Rad.av(text(nyckel), spalter.celler(u, Budget.TOM, b -> Cell.kronor(belopp.apply(b))));
    }

    private String text(String nyckel, Object... argument) {
        return fraga.text("rapport.kostnader.samverkansbudget." + nyckel, argument);
    }

    private static Budget budget(ResultSet rs) throws SQLException {
        Map<FinansiarTyp, BigDecimal> medel = new EnumMap<>(FinansiarTyp.class);
        for (FinansiarTyp typ : FinansiarTyp.values()) {
            medel.put(typ, rs.getBigDecimal("medel_" + typ.name()));
        }
        return new Budget(
                rs.getLong("forbund"),
                medel,
                rs.getBigDecimal("eget_kapital"),
                rs.getBigDecimal("personal_budget"),
                rs.getBigDecimal("personal_utfall"),
                rs.getBigDecimal("lokal_budget"),
                rs.getBigDecimal("lokal_utfall"),
                rs.getBigDecimal("ovrigt_budget"),
                rs.getBigDecimal("ovrigt_utfall"));
    }
}
