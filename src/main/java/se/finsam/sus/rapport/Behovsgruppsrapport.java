package se.finsam.sus.rapport;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Prioriterade behovsgrupper, the återrapport (docs/rapporter.md, "Prioriterade behovsgrupper"): for each
 * calendar year Y that the period touches and each unit, the insatser active in Y, those aimed at each priority
 * group and at any of them with their shares, and the participants in them (participations counted in Y plus the
 * anonymous counts of Y) by kön; Y − 1 beside it with the change.
 */
@Component
class Behovsgruppsrapport implements Rapportberakning {

    /** The insats ({@code i}) is aimed at at least one priority group. */
    static final String NAGON = "i.langtidssjukskrivna or i.unga_funktionsnedsattning or i.unga_aktivitetsersattning";

    /** The groups, in report order: the insats flag's column, its label key; the last is "any of them". */
    static final List<String[]> GRUPPER = List.of(
            new String[] {"langtidssjukskrivna", "insats.langtidssjukskrivna"},
            new String[] {"unga_funktionsnedsattning", "insats.unga-funktionsnedsattning"},
            new String[] {"unga_aktivitetsersattning", "insats.unga-aktivitetsersattning"},
            new String[] {"nagon", "rapport.behovsgrupper.nagon"});

    /** Insatser of one unit and year: all active, and aimed at each group (order of {@link #GRUPPER}). */
    record Insatser(long alla, long[] grupp) {
        static final Insatser INGA = new Insatser(0, new long[GRUPPER.size()]);
    }

    /** Participants of one unit and year: [group][kön] with kön 0 kvinnor, 1 män, 2 övriga. */
    record Deltagare(long[][] antal) {
        static final Deltagare INGA = new Deltagare(new long[GRUPPER.size()][3]);

        long totalt(int grupp) {
            return antal[grupp][0] + antal[grupp][1] + antal[grupp][2];
        }
    }

    /** One year's figures: per unit key, and for the whole selection (each insats once). */
    record Ar(int ar, Map<String, Insatser> insatser, Map<String, Deltagare> deltagare) {
        Insatser insatser(String enhet) {
            return insatser.getOrDefault(enhet, Insatser.INGA);
        }

        Deltagare deltagare(String enhet) {
            return deltagare.getOrDefault(enhet, Deltagare.INGA);
        }
    }

    @Override
    public Rapportfamilj familj() {
        return Rapportfamilj.BEHOVSGRUPPER;
    }

    @Override
    public List<Rapporttabell> tabeller(Rapportfraga fraga) {
        List<Rapporttabell> tabeller = new ArrayList<>();
        for (int y = fraga.fran().getYear(); y <= fraga.till().getYear(); y++) {
            Ar ar = ar(fraga, y);
            Ar foregaende = ar(fraga, y - 1);
            if (fraga.jamfor()) {
                tabeller.addAll(BehovsgruppsTabeller.jamforda(fraga, ar, foregaende));
            } else {
                tabeller.addAll(BehovsgruppsTabeller.enkla(fraga, ar, foregaende));
            }
        }
        return tabeller;
    }

    /** The figures of calendar year {@code y}, per compared unit and in total. */
    private static Ar ar(Rapportfraga fraga, int y) {
        Rapportfraga aret = fraga.medPeriod(Period.ar(y));
        Map<String, Insatser> insatser = new HashMap<>();
        Map<String, Deltagare> deltagare = new HashMap<>();
        lasInsatser(aret, aret.insatserTotalt(), insatser, y);
        lasDeltagare(aret, aret.insatserTotalt(), deltagare, y);
        if (aret.jamfor()) {
            lasInsatser(aret, aret.insatser(), insatser, y);
            lasDeltagare(aret, aret.insatser(), deltagare, y);
        }
        return new Ar(y, insatser, deltagare);
    }

    private static void lasInsatser(Rapportfraga fraga, String enheter, Map<String, Insatser> till, int y) {
        fraga.jdbc()
                .query(
                        "select u.enhet, count(*),"
                                + " sum(case when i.langtidssjukskrivna then 1 else 0 end),"
                                + " sum(case when i.unga_funktionsnedsattning then 1 else 0 end),"
                                + " sum(case when i.unga_aktivitetsersattning then 1 else 0 end),"
                                + " sum(case when " + NAGON + " then 1 else 0 end)"
                                + " from (" + enheter + ") u join insats i on i.id = u.insats_id"
                                + " where " + Rapportfraga.aktivInsats("i") + " group by u.enhet",
                        fraga.parametrar(),
                        rs -> {
                            long[] grupp = new long[GRUPPER.size()];
                            for (int g = 0; g < grupp.length; g++) {
                                grupp[g] = rs.getLong(3 + g);
                            }
                            till.put(rs.getString(1), new Insatser(rs.getLong(2), grupp));
                        });
    }

    /**
     * Participants in the individinriktade insatser aimed at any group, per unit and combination of the three
     * flags (summed in SQL), then added up per group: participations counted in the year plus its anonymous counts.
     */
    private static void lasDeltagare(Rapportfraga fraga, String enheter, Map<String, Deltagare> till, int y) {
        String omfattade = "select e.insats_id from (" + fraga.insatserTotalt() + ") e";
        fraga.jdbc()
                .query(
                        "select u.enhet, i.langtidssjukskrivna, i.unga_funktionsnedsattning,"
                                + " i.unga_aktivitetsersattning, sum(p.kvinnor), sum(p.man), sum(p.ovriga)"
                                + " from (" + enheter + ") u join insats i on i.id = u.insats_id join ("
                                + fraga.deltagandenPerInsats(omfattade)
                                + " union all select a.insats_id, a.kvinnor, a.man, a.ovriga from deltagar_antal a"
                                + " where a.ar = :ar and a.insats_id in (" + omfattade + ")) p on p.insats_id = i.id"
                                + " where " + Rapportfraga.aktivInsats("i") + " and i.inriktning = 'INDIVIDINRIKTAD'"
                                + " and (" + NAGON + ")"
                                + " group by u.enhet, i.langtidssjukskrivna, i.unga_funktionsnedsattning,"
                                + " i.unga_aktivitetsersattning",
                        fraga.parametrar().addValue("ar", y),
                        rs -> {
                            Deltagare d = till.computeIfAbsent(
                                    rs.getString(1), k -> new Deltagare(new long[GRUPPER.size()][3]));
                            boolean[] flaggor = {rs.getBoolean(2), rs.getBoolean(3), rs.getBoolean(4), true};
                            for (int g = 0; g < flaggor.length; g++) {
                                if (flaggor[g]) {
                                    for (int k = 0; k < 3; k++) {
                                        d.antal()[g][k] += rs.getLong(5 + k);
                                    }
                                }
                            }
                        });
    }
}
