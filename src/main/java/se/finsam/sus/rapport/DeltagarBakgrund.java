package se.finsam.sus.rapport;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.finsam.sus.deltagare.Aldersgrupp;
import se.finsam.sus.deltagare.Avslutsanledning;
import se.finsam.sus.deltagare.TidIUtanforskap;
import se.finsam.sus.deltagare.Utbildningsniva;

/**
 * The Deltagarrapport's overview and background (docs/rapporter.md, "Deltagarrapport"): participations, new,
 * avslutade and distinct persons; age band, utbildningsnivå and tid i utanförskap of the participations counted in
 * the period; avslutsanledning and time in insats of the avslutade.
 */
final class DeltagarBakgrund {

    /** Participations counted in the period. */
    private static final String RAKNADE =
            DeltagarForsorjning.AVSLUTADE + " where " + Rapportfraga.raknasDeltagande("d");

    private static final String EJ_REGISTRERAD = "EJ_REGISTRERAD";

    /** The values of {@code deltagande.utbildningsniva} (enum Utbildningsniva), then "not recorded" (null). */
    static final List<String> UTBILDNINGSNIVAER =
            List.of("FORGYMNASIAL", "GYMNASIAL", "EFTERGYMNASIAL_KORT", "EFTERGYMNASIAL_LANG", "OKAND", EJ_REGISTRERAD);

    /** Time in insats, {@code slutdatum − startdatum} in days: 0–90, 91–182, 183–365, over 365. */
    static final String TID_I_INSATS = "case when timestampdiff(DAY, d.startdatum, d.slutdatum) <= 90 then 'D0_90'"
            + " when timestampdiff(DAY, d.startdatum, d.slutdatum) <= 182 then 'D91_182'"
            + " when timestampdiff(DAY, d.startdatum, d.slutdatum) <= 365 then 'D183_365' else 'D366' end";

    static final List<String> TIDSBAND = List.of("D0_90", "D91_182", "D183_365", "D366");

    private final Deltagargrupper g;
    private final Deltagartabeller tabeller;

    DeltagarBakgrund(Deltagargrupper g) {
        this.g = g;
        this.tabeller = new Deltagartabeller(g);
    }

    private String t(String nyckel, Object... argument) {
        return g.fraga().text("rapport.deltagare." + nyckel, argument);
    }

    /** Participations counted, new, avslutade, and distinct persons among the participations counted. */
    Rapporttabell oversikt() {
        Map<String, String> summor = new LinkedHashMap<>();
        summor.put("DELTAGANDEN", "count(*)");
        summor.put("NYA", "sum(case when d.startdatum >= :fran then 1 else 0 end)");
        summor.put("AVSLUTADE", "sum(case when d.slutdatum <= :till then 1 else 0 end)");
        summor.put("PERSONER", "count(distinct d.identitet_hash)");
        Deltagargrupper.Utfall u = g.summor(summor, RAKNADE, Map.of(), true);
        List<Deltagartabeller.Kategori> k = new ArrayList<>();
        summor.keySet().forEach(n -> k.add(new Deltagartabeller.Kategori(n, t("oversikt." + n))));
        return tabeller.antal(t("oversikt.rubrik"), t("oversikt.etikett"), k, u).medFotnot(t("oversikt.fotnot"));
    }

    Rapporttabell aldersgrupp() {
        return tabeller.fordelning(
                t("alder.rubrik"),
                t("alder.etikett"),
                Deltagartabeller.kategorier(
                        Aldersgrupp.values(), a -> g.fraga().text("deltagare.aldersgrupp." + a.name())),
                g.rakna(List.of("d.aldersgrupp"), RAKNADE, Map.of()),
                t("rad.raknade"));
    }

    Rapporttabell utbildningsniva() {
        List<Deltagartabeller.Kategori> k = new ArrayList<>(Deltagartabeller.kategorier(
                Utbildningsniva.values(), u -> g.fraga().text("deltagare.utbildningsniva." + u.name())));
        k.add(new Deltagartabeller.Kategori(EJ_REGISTRERAD, t("utbildning." + EJ_REGISTRERAD)));
        return tabeller.fordelning(
                t("utbildning.rubrik"),
                t("utbildning.etikett"),
                k,
                g.rakna(List.of("coalesce(d.utbildningsniva, '" + EJ_REGISTRERAD + "')"), RAKNADE, Map.of()),
                t("rad.raknade"));
    }

    Rapporttabell tidIUtanforskap() {
        return tabeller.fordelning(
                t("utanforskap.rubrik"),
                t("utanforskap.etikett"),
                Deltagartabeller.kategorier(
                        TidIUtanforskap.values(), u -> g.fraga().text("deltagare.tidiutanforskap." + u.name())),
                g.rakna(List.of("d.tid_i_utanforskap"), RAKNADE, Map.of()),
                t("rad.raknade"));
    }

    /** Why the avslutade ended (FELREGISTRERING never reaches the report view). */
    Rapporttabell avslutsanledning() {
        List<Deltagartabeller.Kategori> k = Deltagartabeller.kategorier(
                        Avslutsanledning.values(), a -> g.fraga().text("deltagare.avslutsanledning." + a.name()))
                .stream()
                .filter(a -> !a.nyckel().equals(Avslutsanledning.FELREGISTRERING.name()))
                .toList();
        return tabeller.fordelning(
                t("avslut.rubrik"),
                t("avslut.etikett"),
                k,
                g.rakna(
                        List.of("d.avslutsanledning"),
                        DeltagarForsorjning.AVSLUTADE + DeltagarForsorjning.I_PERIODEN,
                        Map.of()),
                t("rad.avslutade"));
    }

    Rapporttabell tidIInsats() {
        return tabeller.fordelning(
                t("tid.rubrik"),
                t("tid.etikett"),
                TIDSBAND.stream()
                        .map(b -> new Deltagartabeller.Kategori(b, t("tid." + b)))
                        .toList(),
                g.rakna(
                        List.of(TID_I_INSATS),
                        DeltagarForsorjning.AVSLUTADE + DeltagarForsorjning.I_PERIODEN,
                        Map.of()),
                t("rad.avslutade"));
    }
}
