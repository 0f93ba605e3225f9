package se.finsam.sus.rapport;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Sysselsättning at entry and at exit of the avslutade (docs/rapporter.md, "Before and after"): each class, one
 * primary class per participation, and "started or increased work or studies" — all from one query.
 */
final class DeltagarSysselsattning {

    /** The classes in priority order (the primary class is the first that applies). */
    static final List<String> KLASSER =
            List.of("FORVARVSARBETE", "ARBETE_MED_STOD", "STUDIER", "ARBETSSOKANDE", "OVRIGT");

    private static final String OKAT = "OKAT";

    private final Deltagargrupper g;
    private final Deltagartabeller tabeller;
    private Deltagargrupper.Utfall utfall;

    DeltagarSysselsattning(Deltagargrupper g) {
        this.g = g;
        this.tabeller = new Deltagartabeller(g);
    }

    private String t(String nyckel, Object... argument) {
        return g.fraga().text("rapport.deltagare." + nyckel, argument);
    }

    /** The conditions of the classes at entry ({@code start}) or exit ({@code slut}); hours at exit may be null. */
    static Map<String, String> villkor(String tillfalle) {
        String p = "coalesce(d.timmar_" + tillfalle + "_";
        String arbete = "(" + p + "arbete_utan_stod, 0) + " + p + "eget_foretag, 0)) > 0";
        String medStod = p + "arbete_med_stod, 0) > 0";
        String studier = p + "studier, 0) > 0";
        String sokande = "coalesce(d.arbetssokande_" + tillfalle + ", false) = true";
        Map<String, String> v = new LinkedHashMap<>();
        v.put("FORVARVSARBETE", arbete);
        v.put("ARBETE_MED_STOD", medStod);
        v.put("STUDIER", studier);
        v.put("ARBETSSOKANDE", sokande + " and not " + arbete + " and not " + medStod + " and not " + studier);
        v.put("OVRIGT", "not " + arbete + " and not " + medStod + " and not " + studier + " and not (" + sokande + ")");
        return v;
    }

    /** The primary class: the first class in {@link #KLASSER} that applies. */
    static Map<String, String> primara(String tillfalle) {
        Map<String, String> v = villkor(tillfalle);
        Map<String, String> p = new LinkedHashMap<>();
        List<String> tidigare = new ArrayList<>();
        for (String klass : KLASSER) {
            StringBuilder s = new StringBuilder(v.get(klass));
            for (String forra : tidigare) {
                s.append(" and not (").append(forra).append(')');
            }
            p.put(klass, s.toString());
            tidigare.add(v.get(klass));
        }
        return p;
    }

    private static String timmar(String tillfalle) {
        String p = "coalesce(d.timmar_" + tillfalle + "_";
        return p + "arbete_utan_stod, 0) + " + p + "eget_foretag, 0) + " + p + "arbete_med_stod, 0) + " + p
                + "studier, 0)";
    }

    DeltagarSysselsattning rakna() {
        Map<String, String> summor = new LinkedHashMap<>();
        summor.put(DeltagarForsorjning.BAS, "count(*)");
        for (String tillfalle : List.of("start", "slut")) {
            villkor(tillfalle).forEach((k, v) -> summor.put(k + tillfalle, antal(v)));
            primara(tillfalle).forEach((k, v) -> summor.put("P" + k + tillfalle, antal(v)));
        }
        summor.put(OKAT, antal(timmar("slut") + " > " + timmar("start")));
        utfall = g.summor(summor, DeltagarForsorjning.AVSLUTADE + DeltagarForsorjning.I_PERIODEN, Map.of(), false);
        return this;
    }

    private static String antal(String villkor) {
        return "sum(case when " + villkor + " then 1 else 0 end)";
    }

    private Deltagargrupper.Utfall del(String prefix, String suffix) {
        Map<String, Map<String, Long>> perGrupp = new LinkedHashMap<>();
        Map<String, Long> totalt = new LinkedHashMap<>();
        for (String k : KLASSER) {
            perGrupp.put(k, utfall.perGrupp().getOrDefault(prefix + k + suffix, Map.of()));
            totalt.put(k, utfall.totalt(prefix + k + suffix));
        }
        return new Deltagargrupper.Utfall(perGrupp, totalt);
    }

    private List<Deltagartabeller.Kategori> klasser() {
        return KLASSER.stream()
                .map(k -> new Deltagartabeller.Kategori(k, t("sysselsattning." + k)))
                .toList();
    }

    /** Each class at entry and at exit (a participation may be in several of the first three). */
    Rapporttabell varje() {
        return tabeller.foreEfter(
                        t("sysselsattning.rubrik"),
                        t("sysselsattning.etikett"),
                        klasser(),
                        del("", "start"),
                        del("", "slut"),
                        utfall,
                        DeltagarForsorjning.BAS,
                        t("rad.avslutade"))
                .medFotnot(t("sysselsattning.fotnot"));
    }

    /** One primary class per participation, at entry or at exit: the classes add up to the avslutade. */
    Rapporttabell primar(String tillfalle) {
        return tabeller.fordelning(
                        t("sysselsattning.primar." + tillfalle),
                        t("sysselsattning.etikett"),
                        klasser(),
                        del("P", tillfalle),
                        t("rad.avslutade"))
                .medFotnot(t("sysselsattning.primar.fotnot"));
    }

    /** Started or increased work or studies: the sum of work and study hours at exit is above that at entry. */
    Rapporttabell okat() {
        return tabeller.bland(
                        t("okat.rubrik"),
                        t("okat.etikett"),
                        List.of(new Deltagartabeller.Kategori(OKAT, t("okat.rad"))),
                        utfall,
                        utfall,
                        DeltagarForsorjning.BAS,
                        t("rad.avslutade"))
                .medFotnot(t("okat.fotnot"));
    }
}
