package se.finsam.sus.rapport;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The Kostnadsrapport (docs/rapporter.md, "Kostnadsrapport"): per calendar year the period touches (each year
 * whole, since budgets and utfall are yearly), the samverkansbudget of the unit's förbund and the costs of the
 * unit's insatser with co-financing and cost per participant.
 */
@Component
class Kostnadsrapport implements Rapportberakning {

    @Override
    public Rapportfamilj familj() {
        return Rapportfamilj.KOSTNADER;
    }

    @Override
    public List<Rapporttabell> tabeller(Rapportfraga fraga) {
        List<Rapporttabell> tabeller = new ArrayList<>();
        for (int ar = fraga.fran().getYear(); ar <= fraga.till().getYear(); ar++) {
            Rapportfraga f = fraga.medPeriod(Period.ar(ar));
            if (fraga.urval().enhet().niva() != Niva.INSATS) {
                tabeller.add(new KostnadsrapportSamverkansbudget(f, ar).tabell());
            }
            tabeller.add(new KostnadsrapportInsatser(f, ar).tabell());
        }
        return tabeller;
    }
}
