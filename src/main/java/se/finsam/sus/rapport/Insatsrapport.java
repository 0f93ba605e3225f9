package se.finsam.sus.rapport;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The Insatsrapport (docs/rapporter.md, "Insatsrapport"): the insatser active in the period counted per variable
 * (inriktning, preciserad inriktning, målgrupp, prioriterad behovsgrupp, uppföljningsmetod, ESF), the units side
 * by side when compared, and the list of the insatser with their variables and participant figures.
 */
@Component
class Insatsrapport implements Rapportberakning {

    @Override
    public Rapportfamilj familj() {
        return Rapportfamilj.INSATSER;
    }

    @Override
    public List<Rapporttabell> tabeller(Rapportfraga fraga) {
        List<Rapporttabell> tabeller = new ArrayList<>(InsatsrapportVariabler.tabeller(fraga));
        tabeller.add(InsatsrapportLista.tabell(fraga));
        return tabeller;
    }
}
