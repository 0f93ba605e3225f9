package se.finsam.sus.rapport;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.stereotype.Component;

/**
 * The Standardrapport (docs/rapporter.md, "Standardrapport"): one page of key figures per unit and year — insatser,
 * participants (registered, anonymous, distinct persons, by kön), nya and avslutade, and how the avslutade left —
 * with the units side by side when compared. A period that spans several years gives one page per year (the part
 * of the period in that year).
 */
@Component
class Standardrapport implements Rapportberakning {

    @Override
    public Rapportfamilj familj() {
        return Rapportfamilj.STANDARD;
    }

    @Override
    public List<Rapporttabell> tabeller(Rapportfraga fraga) {
        List<Rapporttabell> tabeller = new ArrayList<>();
        List<Period> delar = arsdelar(fraga.urval().period());
        for (Period del : delar) {
            Rapportfraga f = delar.size() == 1 ? fraga : fraga.medPeriod(del);
            tabeller.addAll(new StandardrapportSida(f, del, rubrik(del)).tabeller());
        }
        return tabeller;
    }

    /** The parts of a period in each calendar year it touches, in order (one part for a period within a year). */
    static List<Period> arsdelar(Period period) {
        List<Period> delar = new ArrayList<>();
        for (int ar = period.fran().getYear(); ar <= period.till().getYear(); ar++) {
            LocalDate fran = max(period.fran(), LocalDate.of(ar, 1, 1));
            LocalDate till = min(period.till(), LocalDate.of(ar, 12, 31));
            delar.add(fran.equals(period.fran()) && till.equals(period.till()) ? period : Period.fritt(fran, till));
        }
        return delar;
    }

    /** "2025" for a whole calendar year, else the dates: "2025-05-01 – 2025-08-31". */
    static String rubrik(Period del) {
        return helaAret(del) ? String.valueOf(del.fran().getYear()) : del.fran() + " – " + del.till();
    }

    static boolean helaAret(Period del) {
        return del.fran().getDayOfYear() == 1
                && del.till().equals(LocalDate.of(del.fran().getYear(), 12, 31));
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    /** The parameters of one year's page: the period's and {@code :ar} for the anonymous counts. */
    static MapSqlParameterSource parametrar(Rapportfraga fraga) {
        MapSqlParameterSource p = fraga.parametrar();
        p.addValue("ar", fraga.fran().getYear());
        return p;
    }
}
