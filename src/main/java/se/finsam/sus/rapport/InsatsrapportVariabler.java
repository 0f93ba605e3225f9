package se.finsam.sus.rapport;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import se.finsam.sus.organisation.Inriktning;
import se.finsam.sus.organisation.Malgrupp;
import se.finsam.sus.organisation.PreciseradInriktning;
import se.finsam.sus.organisation.Uppfoljningsmetod;

/**
 * The Insatsrapport's counts of insatser per variable: one table per variable, its values as rows and a total row
 * (the number of insatser active in the period, each once), with the compared units as columns plus a total column.
 * Counted from two queries per split (units, total); an insats with several målgrupper or behovsgrupper counts
 * under each of them, so those rows may add up to more than the total.
 */
final class InsatsrapportVariabler {

    private static final List<String> BEHOVSGRUPPER =
            List.of("LANGTIDSSJUKSKRIVNA", "UNGA_FUNKTIONSNEDSATTNING", "UNGA_AKTIVITETSERSATTNING", "NAGON", "INGEN");

    private InsatsrapportVariabler() {}

    static List<Rapporttabell> tabeller(Rapportfraga fraga) {
        Map<String, Map<String, Long>> totalt = rakna(fraga, fraga.insatserTotalt());
        Map<String, Map<String, Long>> perEnhet = fraga.jamfor() ? rakna(fraga, fraga.insatser()) : Map.of();
        Tabellbyggare b = new Tabellbyggare(
                fraga, fraga.jamforelseenheter(), totalt.getOrDefault(Rapportfraga.ALLA, Map.of()), perEnhet);
        List<Rapporttabell> tabeller = new ArrayList<>();
        tabeller.add(b.tabell(
                "per-inriktning",
                fraga.text("insats.inriktning"),
                "I",
                namn(Inriktning.values()),
                v -> fraga.text("inriktning." + v),
                false));
        tabeller.add(b.tabell(
                "per-preciserad",
                fraga.text("insats.preciserad-inriktning"),
                "P",
                namn(PreciseradInriktning.values()),
                v -> fraga.text("preciserad." + v),
                false));
        tabeller.add(b.tabell(
                "per-malgrupp",
                fraga.text("insats.malgrupper"),
                "M",
                namn(Malgrupp.values()),
                v -> fraga.text("malgrupp." + v),
                true));
        tabeller.add(b.tabell(
                "per-behovsgrupp",
                fraga.text("insats.prioriterade"),
                "B",
                BEHOVSGRUPPER,
                v -> fraga.text("rapport.insatser.behovsgrupp." + v),
                true));
        tabeller.add(b.tabell(
                "per-uppfoljningsmetod",
                fraga.text("insats.uppfoljningsmetod"),
                "U",
                namn(Uppfoljningsmetod.values()),
                v -> fraga.text("uppfoljningsmetod." + v),
                false));
        tabeller.add(b.tabell(
                "per-esf",
                fraga.text("insats.esf"),
                "E",
                List.of("JA", "NEJ"),
                v -> fraga.text("rapport.insatser." + v),
                false));
        return tabeller;
    }

    /**
     * Unit key → "variable:value" → number of insatser active in the period: the insatser with their variables in
     * one query and their målgrupper in another, counted here (one pass over the insatser, not one per variable).
     */
    private static Map<String, Map<String, Long>> rakna(Rapportfraga fraga, String insatser) {
        String fran = " from (" + insatser + ") u join insats i on i.id = u.insats_id";
        String aktiva = " where " + Rapportfraga.aktivInsats("i");
        Map<String, Map<String, Long>> resultat = new HashMap<>();
        fraga.jdbc()
                .query(
                        "select u.enhet, i.inriktning, i.preciserad_inriktning, i.uppfoljningsmetod,"
                                + " i.esf_finansierad, i.langtidssjukskrivna, i.unga_funktionsnedsattning,"
                                + " i.unga_aktivitetsersattning" + fran + aktiva,
                        fraga.parametrar(),
                        rs -> {
                            Map<String, Long> enhet = resultat.computeIfAbsent(rs.getString(1), k -> new HashMap<>());
                            rakna(enhet, "T", "ALLA");
                            rakna(enhet, "I", rs.getString(2));
                            rakna(enhet, "P", rs.getString(3));
                            rakna(enhet, "U", rs.getString(4));
                            rakna(enhet, "E", rs.getBoolean(5) ? "JA" : "NEJ");
                            boolean nagon = false;
                            for (int g = 0; g < 3; g++) {
                                if (rs.getBoolean(6 + g)) {
                                    rakna(enhet, "B", BEHOVSGRUPPER.get(g));
                                    nagon = true;
                                }
                            }
                            rakna(enhet, "B", nagon ? "NAGON" : "INGEN");
                        });
        fraga.jdbc()
                .query(
                        "select u.enhet, m.malgrupp" + fran + " join insats_malgrupp m on m.insats_id = i.id" + aktiva,
                        fraga.parametrar(),
                        rs -> {
                            rakna(
                                    resultat.computeIfAbsent(rs.getString(1), k -> new HashMap<>()),
                                    "M",
                                    rs.getString(2));
                        });
        return resultat;
    }

    private static void rakna(Map<String, Long> enhet, String variabel, String varde) {
        if (varde != null) {
            enhet.merge(variabel + ":" + varde, 1L, Long::sum);
        }
    }

    private static List<String> namn(Enum<?>[] varden) {
        return java.util.Arrays.stream(varden).map(Enum::name).toList();
    }

    /** Builds one variable's table from the counts. */
    private record Tabellbyggare(
            Rapportfraga fraga,
            List<Rapportfraga.Jamforelseenhet> enheter,
            Map<String, Long> totalt,
            Map<String, Map<String, Long>> perEnhet) {

        Rapporttabell tabell(
                String nyckel,
                String etikettRubrik,
                String variabel,
                List<String> varden,
                java.util.function.Function<String, String> etikett,
                boolean flerPerInsats) {
            List<Kolumn> kolumner = new ArrayList<>();
            List<Integer> diagram = new ArrayList<>();
            if (fraga.jamfor()) {
                for (int k = 0; k < enheter.size(); k++) {
                    kolumner.add(Kolumn.av(enheter.get(k).namn()));
                    diagram.add(k);
                }
                kolumner.add(Kolumn.summa(fraga.text("rapport.insatser.totalt")));
            } else {
                kolumner.add(Kolumn.av(fraga.text("rapport.insatser.antal")));
                kolumner.add(Kolumn.av(fraga.text("rapport.insatser.andel")));
                diagram.add(0);
            }
            long alla = totalt.getOrDefault("T:ALLA", 0L);
            List<Rad> rader = new ArrayList<>();
            for (String v : varden) {
                rader.add(Rad.av(etikett.apply(v), celler(variabel + ":" + v, alla)));
            }
            rader.add(Rad.summa(fraga.text("rapport.insatser.totalt"), celler("T:ALLA", alla)));
            List<String> fotnoter = new ArrayList<>();
            if (flerPerInsats) {
                fotnoter.add(fraga.text("rapport.insatser.fotnot.flera"));
            }
            if (fraga.jamfor()) {
                fotnoter.add(fraga.text("rapport.insatser.fotnot.jamfor"));
            }
            return new Rapporttabell(
                    fraga.text("rapport.insatser." + nyckel), etikettRubrik, kolumner, rader, fotnoter, diagram);
        }

        private List<Cell> celler(String nyckel, long alla) {
            List<Cell> celler = new ArrayList<>();
            long summa = totalt.getOrDefault(nyckel, 0L);
            if (fraga.jamfor()) {
                for (Rapportfraga.Jamforelseenhet e : enheter) {
                    celler.add(Cell.antal(
                            perEnhet.getOrDefault(e.nyckel(), Map.of()).getOrDefault(nyckel, 0L)));
                }
                celler.add(Cell.antal(summa));
            } else {
                celler.add(Cell.antal(summa));
                celler.add(Cell.andel(summa, alla));
            }
            return celler;
        }
    }
}
