package se.finsam.sus.rapport;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import se.finsam.sus.deltagare.Forsorjningskalla;

/**
 * Försörjning before and after, the transition view for one source at entry and the entry × exit matrix of the
 * Deltagarrapport (docs/rapporter.md, "Before and after" and "Deltagarrapport"), over the avslutade participations.
 */
final class DeltagarForsorjning {

    /** Avslutade: participations of the report's insatser whose slutdatum lies in the period. */
    static final String AVSLUTADE = "deltagande_rapport d join (#INSATSER#) u on u.insats_id = d.insats_id";

    static final String I_PERIODEN = " where d.slutdatum >= :fran and d.slutdatum <= :till";

    static final List<Forsorjningskalla> OFFENTLIG = List.of(
            Forsorjningskalla.AKASSA,
            Forsorjningskalla.AKTIVITETSERSATTNING,
            Forsorjningskalla.AKTIVITETSSTOD,
            Forsorjningskalla.ETABLERINGSERSATTNING,
            Forsorjningskalla.EKONOMISKT_BISTAND,
            Forsorjningskalla.SJUKPENNING,
            Forsorjningskalla.SJUKERSATTNING);

    static final List<Forsorjningskalla> EGEN = List.of(Forsorjningskalla.LON, Forsorjningskalla.STUDIEMEDEL);

    static final String BAS = "AVSLUTADE";
    private static final String OFFENTLIG_NYCKEL = "OFFENTLIG";
    private static final String EGEN_NYCKEL = "EGEN";

    private final Deltagargrupper g;
    private final Deltagartabeller tabeller;

    /** Per source at entry (and OFFENTLIG, EGEN), at exit, the avslutade (key {@link #BAS}), and the pairs. */
    private Deltagargrupper.Utfall vidStart;

    private Deltagargrupper.Utfall vidSlut;
    private Deltagargrupper.Utfall avslutade;
    private Deltagargrupper.Utfall par;

    DeltagarForsorjning(Deltagargrupper g) {
        this.g = g;
        this.tabeller = new Deltagartabeller(g);
    }

    private String t(String nyckel, Object... argument) {
        return g.fraga().text("rapport.deltagare." + nyckel, argument);
    }

    private String kalla(String namn) {
        return g.fraga().text("deltagare.forsorjningskalla." + namn);
    }

    /** The four queries: ticks at entry, at exit, public/own support with the number of avslutade, the pairs. */
    DeltagarForsorjning rakna() {
        return rakna(true);
    }

    /** Only what the matrix and the flows need (no public/own support): for the benchmark. */
    DeltagarForsorjning raknaMatris() {
        return rakna(false);
    }

    private DeltagarForsorjning rakna(boolean offentligEgen) {
        String tick = AVSLUTADE + " join deltagande_forsorjning f on f.deltagande_id = d.id and f.tillfalle = ";
        Deltagargrupper.Utfall start = g.rakna(List.of("f.kalla"), tick + "'START'" + I_PERIODEN, Map.of());
        Deltagargrupper.Utfall slut = g.rakna(List.of("f.kalla"), tick + "'SLUT'" + I_PERIODEN, Map.of());
        Map<String, String> summor = new LinkedHashMap<>();
        summor.put(BAS, "count(*)");
        for (String tillfalle : offentligEgen ? List.of("START", "SLUT") : List.<String>of()) {
            String offentlig = "exists (select 1 from deltagande_forsorjning o where o.deltagande_id = d.id"
                    + " and o.tillfalle = '" + tillfalle + "' and o.kalla in (" + lista(OFFENTLIG) + "))";
            String egen = "exists (select 1 from deltagande_forsorjning e where e.deltagande_id = d.id"
                    + " and e.tillfalle = '" + tillfalle + "' and e.kalla in (" + lista(EGEN) + "))";
            summor.put(OFFENTLIG_NYCKEL + tillfalle, "sum(case when " + offentlig + " then 1 else 0 end)");
            summor.put(
                    EGEN_NYCKEL + tillfalle, "sum(case when " + egen + " and not " + offentlig + " then 1 else 0 end)");
        }
        Deltagargrupper.Utfall s = g.summor(summor, AVSLUTADE + I_PERIODEN, Map.of(), false);
        avslutade = s;
        vidStart = Deltagargrupper.forena(start, omdop(s, "START"));
        vidSlut = Deltagargrupper.forena(slut, omdop(s, "SLUT"));
        par = rakneparen(g);
        return this;
    }

    /** The entry × exit pairs: for S1 and S2, avslutade participations with S1 ticked at entry and S2 at exit. */
    static Deltagargrupper.Utfall rakneparen(Deltagargrupper g) {
        return g.rakna(
                List.of("s.kalla", "e.kalla"),
                AVSLUTADE
                        + " join deltagande_forsorjning s on s.deltagande_id = d.id and s.tillfalle = 'START'"
                        + " join deltagande_forsorjning e on e.deltagande_id = d.id and e.tillfalle = 'SLUT'"
                        + I_PERIODEN,
                Map.of());
    }

    private static Deltagargrupper.Utfall omdop(Deltagargrupper.Utfall s, String tillfalle) {
        Map<String, Map<String, Long>> perGrupp = new LinkedHashMap<>();
        Map<String, Long> totalt = new LinkedHashMap<>();
        for (String k : List.of(OFFENTLIG_NYCKEL, EGEN_NYCKEL)) {
            perGrupp.put(k, s.perGrupp().getOrDefault(k + tillfalle, Map.of()));
            totalt.put(k, s.totalt(k + tillfalle));
        }
        return new Deltagargrupper.Utfall(perGrupp, totalt);
    }

    private static String lista(List<Forsorjningskalla> kallor) {
        return kallor.stream().map(k -> "'" + k.name() + "'").collect(Collectors.joining(", "));
    }

    Deltagargrupper.Utfall avslutade() {
        return avslutade;
    }

    /** Vid start, vid avslut and the change per source, then offentlig and egen försörjning. */
    Rapporttabell foreEfter() {
        List<Deltagartabeller.Kategori> k =
                new ArrayList<>(Deltagartabeller.kategorier(Forsorjningskalla.values(), f -> kalla(f.name())));
        k.add(new Deltagartabeller.Kategori(OFFENTLIG_NYCKEL, t("rad.offentlig")));
        k.add(new Deltagartabeller.Kategori(EGEN_NYCKEL, t("rad.egen")));
        return tabeller.foreEfter(
                        t("forsorjning.rubrik"),
                        t("forsorjning.etikett"),
                        k,
                        vidStart,
                        vidSlut,
                        avslutade,
                        BAS,
                        t("rad.avslutade"))
                .medFotnot(t("forsorjning.fotnot"));
    }

    /** The source shown in the transition view: the chosen one, or the most common at entry (first in ties). */
    Forsorjningskalla vald() {
        if (g.fraga().urval().kalla() != null) {
            return g.fraga().urval().kalla();
        }
        Forsorjningskalla basta = Forsorjningskalla.values()[0];
        for (Forsorjningskalla k : Forsorjningskalla.values()) {
            if (vidStart.totalt(k.name()) > vidStart.totalt(basta.name())) {
                basta = k;
            }
        }
        return basta;
    }

    /** For the chosen source at entry: the sources ticked at exit, as numbers and shares of those with it. */
    Rapporttabell overgang() {
        Forsorjningskalla vald = vald();
        Map<String, Map<String, Long>> perGrupp = new LinkedHashMap<>();
        Map<String, Long> totalt = new LinkedHashMap<>();
        for (Forsorjningskalla efter : Forsorjningskalla.values()) {
            String nyckel = vald.name() + Deltagargrupper.SEP + efter.name();
            perGrupp.put(efter.name(), par.perGrupp().getOrDefault(nyckel, Map.of()));
            totalt.put(efter.name(), par.totalt(nyckel));
        }
        String namn = kalla(vald.name());
        Rapporttabell t = tabeller.bland(
                t("overgang.rubrik", namn),
                t("overgang.etikett"),
                Deltagartabeller.kategorier(Forsorjningskalla.values(), f -> kalla(f.name())),
                new Deltagargrupper.Utfall(perGrupp, totalt),
                vidStart,
                vald.name(),
                t("overgang.bas", namn));
        t = t.medFotnot(t("overgang.fotnot"));
        return g.fraga().urval().kalla() == null ? t.medFotnot(t("overgang.vanligaste", namn)) : t;
    }

    /**
     * The entry × exit matrix over all sources and all groups together: rows the source at entry, columns the
     * source at exit, with vid start (the row's margin) and vid avslut (the column's) as the total column and row.
     * They are not sums (several ticks), but treating them as totals makes the secondary rule protect the matrix
     * as if they were.
     */
    Rapporttabell matris() {
        Forsorjningskalla[] alla = Forsorjningskalla.values();
        List<Kolumn> kolumner = new ArrayList<>();
        for (Forsorjningskalla efter : alla) {
            kolumner.add(Kolumn.av(kalla(efter.name())));
        }
        kolumner.add(Kolumn.summa(t("kolumn.vid-start")));
        List<Rad> rader = new ArrayList<>();
        for (Forsorjningskalla fore : alla) {
            List<Cell> c = new ArrayList<>();
            for (Forsorjningskalla efter : alla) {
                c.add(Cell.personer(par.totalt(fore.name() + Deltagargrupper.SEP + efter.name())));
            }
            c.add(Cell.personer(vidStart.totalt(fore.name())));
            rader.add(Rad.av(kalla(fore.name()), c));
        }
        List<Cell> summa = new ArrayList<>();
        for (Forsorjningskalla efter : alla) {
            summa.add(Cell.personer(vidSlut.totalt(efter.name())));
        }
        summa.add(Cell.personer(avslutade.totalt(BAS)));
        rader.add(Rad.summa(t("matris.vid-avslut"), summa));
        List<Integer> diagram = new ArrayList<>();
        for (int i = 0; i < alla.length; i++) {
            diagram.add(i);
        }
        return new Rapporttabell(t("matris.rubrik"), t("matris.etikett"), kolumner, rader, List.of(), diagram)
                .medFotnot(t("matris.fotnot"));
    }

    /**
     * When split: every pair of sources (entry → exit) that occurs, the groups and the total as columns — the
     * matrix per kön or unit, as a list of flows.
     */
    Rapporttabell floden() {
        Forsorjningskalla[] alla = Forsorjningskalla.values();
        List<Deltagartabeller.Kategori> k = new ArrayList<>();
        for (Forsorjningskalla fore : alla) {
            for (Forsorjningskalla efter : alla) {
                String nyckel = fore.name() + Deltagargrupper.SEP + efter.name();
                if (par.totalt(nyckel) > 0) {
                    k.add(new Deltagartabeller.Kategori(
                            nyckel, t("flode.rad", kalla(fore.name()), kalla(efter.name()))));
                }
            }
        }
        return tabeller.antal(t("flode.rubrik"), t("flode.etikett"), k, par).medFotnot(t("matris.fotnot"));
    }
}
