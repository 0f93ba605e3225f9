package se.finsam.sus.rapport;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The Deltagarrapport (issue 11, docs/rapporter.md "Deltagarrapport"): participants with personal data, never
 * felregistreringar or anonymised participations (the view {@code deltagande_rapport}); försörjning and
 * sysselsättning before and after over the avslutade, the transition view and the entry × exit matrix, background,
 * avslutsanledningar and time in insats. Split by kön and/or compared units as column groups.
 */
@Component
class Deltagarrapport implements Rapportberakning {

    @Override
    public Rapportfamilj familj() {
        return Rapportfamilj.DELTAGARE;
    }

    @Override
    public List<Rapporttabell> tabeller(Rapportfraga fraga) {
        Deltagargrupper g = new Deltagargrupper(fraga);
        DeltagarBakgrund bakgrund = new DeltagarBakgrund(g);
        DeltagarForsorjning forsorjning = new DeltagarForsorjning(g).rakna();
        DeltagarSysselsattning sysselsattning = new DeltagarSysselsattning(g).rakna();
        List<Rapporttabell> t = new ArrayList<>();
        t.add(bakgrund.oversikt());
        t.add(forsorjning.foreEfter());
        t.add(forsorjning.overgang());
        t.add(forsorjning.matris());
        if (g.uppdelad()) {
            t.add(forsorjning.floden());
        }
        t.add(sysselsattning.varje());
        t.add(sysselsattning.primar("start"));
        t.add(sysselsattning.primar("slut"));
        t.add(sysselsattning.okat());
        t.add(bakgrund.aldersgrupp());
        t.add(bakgrund.utbildningsniva());
        t.add(bakgrund.tidIUtanforskap());
        t.add(bakgrund.avslutsanledning());
        t.add(bakgrund.tidIInsats());
        return t;
    }
}
