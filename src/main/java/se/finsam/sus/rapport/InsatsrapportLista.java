package se.finsam.sus.rapport;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import se.finsam.sus.organisation.Malgrupp;

/**
 * The Insatsrapport's list: one row per insats active in the period (each once, also when its förbund is in two
 * län), its variables as text, and its participant figures (docs/rapporter.md, "Insatsrapport"): planned
 * participants, participations counted with personal data, anonymous counts (insatser followed per individual)
 * and volume counts (insatser followed by counts only), and their sum. Strukturövergripande insatser have no
 * participants: their figures are "–". The total row sums the exact figures of all rows.
 */
final class InsatsrapportLista {

    /** The columns, in order; person columns from {@link #PERSONUPPGIFTER}. */
    private static final List<String> KOLUMNER = List.of(
            "forbund",
            "start",
            "slut",
            "inriktning",
            "preciserad",
            "malgrupper",
            "behovsgrupper",
            "uppfoljningsmetod",
            "esf",
            "planerade",
            "personuppgifter",
            "anonyma",
            "volym",
            "deltagare-totalt");

    static final int PLANERADE = 9;
    static final int PERSONUPPGIFTER = 10;

    private record Insatsrad(
            long id,
            String namn,
            String forbund,
            LocalDate start,
            LocalDate slut,
            String inriktning,
            String preciserad,
            String uppfoljningsmetod,
            boolean esf,
            boolean langtidssjukskrivna,
            boolean ungaFunktionsnedsattning,
            boolean ungaAktivitetsersattning,
            long planerade) {

        boolean individinriktad() {
            return "INDIVIDINRIKTAD".equals(inriktning);
        }
    }

    private InsatsrapportLista() {}

    static Rapporttabell tabell(Rapportfraga fraga) {
        String aktiva = "select u.insats_id from (" + fraga.insatserTotalt() + ") u join insats i on i.id = u.insats_id"
                + " where " + Rapportfraga.aktivInsats("i");
        MapSqlParameterSource p = fraga.parametrar()
                .addValue("ar_fran", fraga.fran().getYear())
                .addValue("ar_till", fraga.till().getYear());
        List<Insatsrad> insatser = fraga.jdbc()
                .query(
                        "select i.id, i.namn, o.namn, i.startdatum, i.slutdatum, i.inriktning, i.preciserad_inriktning,"
                                + " i.uppfoljningsmetod, i.esf_finansierad, i.langtidssjukskrivna,"
                                + " i.unga_funktionsnedsattning, i.unga_aktivitetsersattning,"
                                + " (select coalesce(sum(b.planerade_deltagare), 0) from insatsbudget b"
                                + " where b.insats_id = i.id and b.ar between :ar_fran and :ar_till)"
                                + " from insats i join samverkansorganisation o on o.id = i.organisation_id"
                                + " where i.id in (" + aktiva + ") order by o.namn, i.namn, i.id",
                        p,
                        (rs, n) -> new Insatsrad(
                                rs.getLong(1),
                                rs.getString(2),
                                rs.getString(3),
                                rs.getObject(4, LocalDate.class),
                                rs.getObject(5, LocalDate.class),
                                rs.getString(6),
                                rs.getString(7),
                                rs.getString(8),
                                rs.getBoolean(9),
                                rs.getBoolean(10),
                                rs.getBoolean(11),
                                rs.getBoolean(12),
                                rs.getLong(13)));
        Map<Long, List<String>> malgrupper = new HashMap<>();
        fraga.jdbc()
                .query(
                        "select m.insats_id, m.malgrupp from insats_malgrupp m where m.insats_id in (" + aktiva + ")",
                        p,
                        rs -> {
                            malgrupper
                                    .computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                                    .add(rs.getString(2));
                        });
        String individinriktade = aktiva + " and i.inriktning = 'INDIVIDINRIKTAD'";
        Map<Long, Long> deltaganden = perInsats(
                fraga,
                "select x.insats_id, x.kvinnor + x.man + x.ovriga from (" + fraga.deltagandenPerInsats(individinriktade)
                        + ") x",
                p);
        Map<Long, Long> anonyma = perInsats(
                fraga,
                "select a.insats_id, sum(a.kvinnor + a.man + a.ovriga) from deltagar_antal a"
                        + " where a.ar between :ar_fran and :ar_till and a.insats_id in (" + individinriktade + ")"
                        + " group by a.insats_id",
                p);

        List<Rad> rader = new ArrayList<>();
        long[] summa = new long[KOLUMNER.size()];
        for (Insatsrad r : insatser) {
            List<Cell> celler = new ArrayList<>();
            celler.add(Cell.text(r.forbund()));
            celler.add(Cell.text(r.start().toString()));
            celler.add(Cell.text(r.slut() == null ? "" : r.slut().toString()));
            celler.add(Cell.text(fraga.text("inriktning." + r.inriktning())));
            celler.add(Cell.text(fraga.text("preciserad." + r.preciserad())));
            celler.add(Cell.text(malgrupper.getOrDefault(r.id(), List.of()).stream()
                    .sorted(Comparator.comparing(Malgrupp::valueOf))
                    .map(m -> fraga.text("malgrupp." + m))
                    .reduce((a, b) -> a + ", " + b)
                    .orElse("")));
            celler.add(Cell.text(behovsgrupper(fraga, r)));
            celler.add(Cell.text(fraga.text("uppfoljningsmetod." + r.uppfoljningsmetod())));
            celler.add(Cell.text(fraga.text(r.esf() ? "rapport.insatser.JA" : "rapport.insatser.NEJ")));
            if (r.individinriktad()) {
                long personuppgifter = deltaganden.getOrDefault(r.id(), 0L);
                long antal = anonyma.getOrDefault(r.id(), 0L);
                boolean endastAntal = "ENDAST_ANTAL".equals(r.uppfoljningsmetod());
                long[] varden = {
                    r.planerade(),
                    personuppgifter,
                    endastAntal ? 0 : antal,
                    endastAntal ? antal : 0,
                    personuppgifter + antal
                };
                celler.add(Cell.antal(varden[0]));
                for (int k = 1; k < varden.length; k++) {
                    celler.add(Cell.personer(varden[k]));
                }
                for (int k = 0; k < varden.length; k++) {
                    summa[PLANERADE + k] += varden[k];
                }
            } else {
                for (int k = PLANERADE; k < KOLUMNER.size(); k++) {
                    celler.add(Cell.antal((java.math.BigDecimal) null));
                }
            }
            rader.add(Rad.av(r.namn(), celler).medLank("insatser/" + r.id()));
        }
        List<Cell> totalt = new ArrayList<>();
        for (int k = 0; k < PLANERADE; k++) {
            totalt.add(Cell.text(
                    k == 0 ? fraga.text("rapport.insatser.antal-insatser", String.valueOf(insatser.size())) : ""));
        }
        totalt.add(Cell.antal(summa[PLANERADE]));
        for (int k = PERSONUPPGIFTER; k < KOLUMNER.size(); k++) {
            totalt.add(Cell.personer(summa[k]));
        }
        rader.add(Rad.summa(fraga.text("rapport.insatser.totalt"), totalt));

        Map<String, Kolumn> kolumner = new LinkedHashMap<>();
        for (String k : KOLUMNER) {
            String rubrik = fraga.text("rapport.insatser.kolumn." + k);
            kolumner.put(k, k.equals("deltagare-totalt") ? Kolumn.summa(rubrik) : Kolumn.av(rubrik));
        }
        return new Rapporttabell(
                fraga.text("rapport.insatser.lista"),
                fraga.text("rapport.insatser.kolumn.insats"),
                List.copyOf(kolumner.values()),
                rader,
                List.of(fraga.text("rapport.insatser.fotnot.lista")),
                List.of());
    }

    private static String behovsgrupper(Rapportfraga fraga, Insatsrad r) {
        List<String> grupper = new ArrayList<>();
        if (r.langtidssjukskrivna()) {
            grupper.add(fraga.text("insats.langtidssjukskrivna"));
        }
        if (r.ungaFunktionsnedsattning()) {
            grupper.add(fraga.text("insats.unga-funktionsnedsattning"));
        }
        if (r.ungaAktivitetsersattning()) {
            grupper.add(fraga.text("insats.unga-aktivitetsersattning"));
        }
        return String.join(", ", grupper);
    }

    private static Map<Long, Long> perInsats(Rapportfraga fraga, String sql, MapSqlParameterSource p) {
        Map<Long, Long> resultat = new HashMap<>();
        fraga.jdbc().query(sql, p, rs -> {
            resultat.put(rs.getLong(1), rs.getLong(2));
        });
        return resultat;
    }
}
