package se.finsam.sus.rapport;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.finsam.sus.deltagare.Forsorjningskalla;

/**
 * Försörjning before and after, the transition view for one source at entry and the entry × exit matrix of the
 * Deltagarrapport (docs/rapporter.md, "Before and after" and "Deltagarrapport"), over the avslutade participations.
 */
final class DeltagarForsorjning {

    /** Avslutade: participations of the report's insatser whose slutdatum lies in the period. */
    static final String AVSLUTADE = "deltagande_rapport d #INSATSER#";

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

    /**
     * One grouped count of the avslutade by their försörjning bit sets at entry and exit
     * ({@link Forsorjningskalla#bit()}), unfolded here into the ticks at entry and at exit, public/own support, the
     * number of avslutade and the entry × exit pairs: the same figures as counting the ticks four times, in one
     * pass over the participations (docs/performance.md, "Deltagarrapport").
     */
    DeltagarForsorjning rakna() {
        Deltagargrupper.Utfall bitar = g.rakna(
                List.of("d.forsorjning_start_bitar", "d.forsorjning_slut_bitar"), AVSLUTADE + I_PERIODEN, Map.of());
        avslutade = Deltagargrupper.omforma(bitar, k -> {
            int[] b = bitpar(k);
            List<String> nycklar = new ArrayList<>(List.of(BAS));
            stod(b[0], "START", nycklar);
            stod(b[1], "SLUT", nycklar);
            return nycklar;
        });
        vidStart = Deltagargrupper.forena(
                Deltagargrupper.omforma(bitar, k -> namn(Forsorjningskalla.ur(bitpar(k)[0]))),
                omdop(avslutade, "START"));
        vidSlut = Deltagargrupper.forena(
                Deltagargrupper.omforma(bitar, k -> namn(Forsorjningskalla.ur(bitpar(k)[1]))),
                omdop(avslutade, "SLUT"));
        par = Deltagargrupper.omforma(bitar, k -> {
            int[] b = bitpar(k);
            List<String> nycklar = new ArrayList<>();
            for (Forsorjningskalla fore : Forsorjningskalla.ur(b[0])) {
                for (Forsorjningskalla efter : Forsorjningskalla.ur(b[1])) {
                    nycklar.add(fore.name() + Deltagargrupper.SEP + efter.name());
                }
            }
            return nycklar;
        });
        return this;
    }

    private static final int OFFENTLIGA_BITAR = Forsorjningskalla.bitar(OFFENTLIG);
    private static final int EGNA_BITAR = Forsorjningskalla.bitar(EGEN);

    /** Public support if any public source is ticked; own support (lön, studiemedel) only without public. */
    private static void stod(int bitar, String tillfalle, List<String> nycklar) {
        if ((bitar & OFFENTLIGA_BITAR) != 0) {
            nycklar.add(OFFENTLIG_NYCKEL + tillfalle);
        } else if ((bitar & EGNA_BITAR) != 0) {
            nycklar.add(EGEN_NYCKEL + tillfalle);
        }
    }

    /** The two bit sets of a key "start>slut". */
    private static int[] bitpar(String nyckel) {
        String[] delar = nyckel.split(Deltagargrupper.SEP, 2);
        return new int[] {Integer.parseInt(delar[0]), Integer.parseInt(delar[1])};
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

    private static List<String> namn(List<Forsorjningskalla> kallor) {
        return kallor.stream().map(Enum::name).toList();
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
