package se.finsam.sus.rapport;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToLongFunction;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/**
 * One year's page of the {@link Standardrapport}: four tables, each with one column per unit (plus the total) or
 * one column for the unit. Tables whose rows add up (registered + anonymous = all; kvinnor + män + övriga = all)
 * have their total as a summa row, so that the small-count protection can hide a second cell where needed; the
 * other figures stand in tables without a summa row.
 */
final class StandardrapportSida {

    /** The sources of support that are offentlig försörjning (docs/rapporter.md, "Before and after"). */
    static final String OFFENTLIG = "'AKASSA', 'AKTIVITETSERSATTNING', 'AKTIVITETSSTOD', 'ETABLERINGSERSATTNING',"
            + " 'EKONOMISKT_BISTAND', 'SJUKPENNING', 'SJUKERSATTNING'";

    /** Insatser active in the period, by inriktning. */
    record Insatstal(long aktiva, long individinriktade, long strukturovergripande) {
        static final Insatstal TOM = new Insatstal(0, 0, 0);
    }

    /** Registered participations counted in the period, of individinriktade insatser. */
    record Deltagandetal(
            long registrerade,
            long personer,
            long kvinnor,
            long man,
            long ovriga,
            long nya,
            long avslutade,
            long arbeteEllerStudier,
            long egenForsorjning) {
        static final Deltagandetal TOM = new Deltagandetal(0, 0, 0, 0, 0, 0, 0, 0, 0);
    }

    /** The anonymous counts of the year, of individinriktade insatser. */
    record Anonymtal(long kvinnor, long man, long ovriga) {
        static final Anonymtal TOM = new Anonymtal(0, 0, 0);

        long summa() {
            return kvinnor + man + ovriga;
        }
    }

    /** Registered and anonymous together, for the tables that add them. */
    record Deltagartal(Deltagandetal registrerade, Anonymtal anonyma) {
        static final Deltagartal TOM = new Deltagartal(Deltagandetal.TOM, Anonymtal.TOM);

        long totalt() {
            return registrerade.registrerade() + anonyma.summa();
        }
    }

    static final String INSATSER = "select u.enhet as enhet, count(*) as aktiva,"
            + " coalesce(sum(case when i.inriktning = 'INDIVIDINRIKTAD' then 1 else 0 end), 0) as individ,"
            + " coalesce(sum(case when i.inriktning = 'STRUKTUROVERGRIPANDE' then 1 else 0 end), 0) as struktur"
            + " from (%s) u join insats i on i.id = u.insats_id"
            + " where " + Rapportfraga.aktivInsats("i")
            + " group by u.enhet";

    /** Hours of work (with or without subsidy, own company) and study at exit, null as 0. */
    static final String TIMMAR_SLUT = "coalesce(d.timmar_slut_arbete_med_stod, 0)"
            + " + coalesce(d.timmar_slut_arbete_utan_stod, 0) + coalesce(d.timmar_slut_eget_foretag, 0)"
            + " + coalesce(d.timmar_slut_studier, 0)";

    static final String AVSLUTAD = "d.slutdatum <= :till";

    static final String EGEN_FORSORJNING_SLUT = "exists (select 1 from deltagande_forsorjning ef"
            + " where ef.deltagande_id = d.id and ef.tillfalle = 'SLUT' and ef.kalla in ('LON', 'STUDIEMEDEL'))"
            + " and not exists (select 1 from deltagande_forsorjning fo"
            + " where fo.deltagande_id = d.id and fo.tillfalle = 'SLUT' and fo.kalla in (" + OFFENTLIG + "))";

    static final String DELTAGANDEN = "select u.enhet as enhet, count(*) as registrerade,"
            + " count(distinct d.identitet_hash) as personer,"
            + " coalesce(sum(case when d.kon = 'KVINNA' then 1 else 0 end), 0) as kvinnor,"
            + " coalesce(sum(case when d.kon = 'MAN' then 1 else 0 end), 0) as man,"
            + " coalesce(sum(case when d.kon not in ('KVINNA', 'MAN') then 1 else 0 end), 0) as ovriga,"
            + " coalesce(sum(case when d.startdatum >= :fran then 1 else 0 end), 0) as nya,"
            + " coalesce(sum(case when " + AVSLUTAD + " then 1 else 0 end), 0) as avslutade,"
            + " coalesce(sum(case when " + AVSLUTAD + " and " + TIMMAR_SLUT + " > 0 then 1 else 0 end), 0)"
            + " as arbete_studier,"
            + " coalesce(sum(case when " + AVSLUTAD + " and " + EGEN_FORSORJNING_SLUT + " then 1 else 0 end), 0)"
            + " as egen"
            + " from (%s) u join deltagande_rapport d on d.insats_id = u.insats_id"
            + " join insats i on i.id = u.insats_id"
            + " where i.inriktning = 'INDIVIDINRIKTAD' and " + Rapportfraga.raknasDeltagande("d")
            + " group by u.enhet";

    static final String ANONYMA = "select u.enhet as enhet, coalesce(sum(a.kvinnor), 0) as kvinnor,"
            + " coalesce(sum(a.man), 0) as man, coalesce(sum(a.ovriga), 0) as ovriga"
            + " from (%s) u join deltagar_antal a on a.insats_id = u.insats_id"
            + " join insats i on i.id = u.insats_id"
            + " where a.ar = :ar and i.inriktning = 'INDIVIDINRIKTAD'"
            + " group by u.enhet";

    private final Rapportfraga fraga;
    private final Period period;
    private final String ar;
    private final Enhetsspalter spalter;

    StandardrapportSida(Rapportfraga fraga, Period period, String ar) {
        this.fraga = fraga;
        this.period = period;
        this.ar = ar;
        this.spalter = new Enhetsspalter(fraga);
    }

    List<Rapporttabell> tabeller() {
        MapSqlParameterSource p = Standardrapport.parametrar(fraga);
        Enhetsspalter.Utfall<Insatstal> insatser = spalter.hamta(
                INSATSER,
                p,
                (rs, i) -> new Insatstal(rs.getLong("aktiva"), rs.getLong("individ"), rs.getLong("struktur")));
        Enhetsspalter.Utfall<Deltagandetal> deltaganden = spalter.hamta(
                DELTAGANDEN,
                p,
                (rs, i) -> new Deltagandetal(
                        rs.getLong("registrerade"),
                        rs.getLong("personer"),
                        rs.getLong("kvinnor"),
                        rs.getLong("man"),
                        rs.getLong("ovriga"),
                        rs.getLong("nya"),
                        rs.getLong("avslutade"),
                        rs.getLong("arbete_studier"),
                        rs.getLong("egen")));
        Enhetsspalter.Utfall<Anonymtal> anonyma = spalter.hamta(
                ANONYMA, p, (rs, i) -> new Anonymtal(rs.getLong("kvinnor"), rs.getLong("man"), rs.getLong("ovriga")));
        Enhetsspalter.Utfall<Deltagartal> alla = samman(deltaganden, anonyma);
        return List.of(insatstabell(insatser), deltagartabell(alla), konstabell(alla), flodestabell(deltaganden));
    }

    private Rapporttabell insatstabell(Enhetsspalter.Utfall<Insatstal> u) {
        List<Rad> rader = List.of(
                Rad.av(text("insatser.aktiva"), spalter.celler(u, Insatstal.TOM, t -> Cell.antal(t.aktiva()))),
                Rad.av(
                        text("insatser.individinriktade"),
                        spalter.celler(u, Insatstal.TOM, t -> Cell.antal(t.individinriktade()))),
                Rad.av(
                        text("insatser.strukturovergripande"),
                        spalter.celler(u, Insatstal.TOM, t -> Cell.antal(t.strukturovergripande()))));
        return tabell("insatser", rader).medFotnot(text("insatser.fotnot"));
    }

    private Rapporttabell deltagartabell(Enhetsspalter.Utfall<Deltagartal> u) {
        List<Rad> rader = List.of(
                Rad.av(
                        text("deltagartal.registrerade"),
                        spalter.celler(
                                u,
                                Deltagartal.TOM,
                                t -> Cell.personer(t.registrerade().registrerade()))),
                Rad.av(
                        text("deltagartal.anonyma"),
                        spalter.celler(
                                u,
                                Deltagartal.TOM,
                                t -> Cell.personer(t.anonyma().summa()))),
                Rad.summa(
                        text("deltagartal.totalt"),
                        spalter.celler(u, Deltagartal.TOM, t -> Cell.personer(t.totalt()))));
        Rapporttabell t = tabell("deltagartal", rader).medFotnot(text("deltagartal.fotnot"));
        return Standardrapport.helaAret(period)
                ? t
                : t.medFotnot(text(
                        "deltagartal.fotnot-anonyma-ar",
                        String.valueOf(period.fran().getYear())));
    }

    private Rapporttabell konstabell(Enhetsspalter.Utfall<Deltagartal> u) {
        List<Rad> rader = List.of(
                rad(
                        u,
                        "kon.kvinnor",
                        t -> t.registrerade().kvinnor() + t.anonyma().kvinnor()),
                rad(u, "kon.man", t -> t.registrerade().man() + t.anonyma().man()),
                rad(
                        u,
                        "kon.ovriga",
                        t -> t.registrerade().ovriga() + t.anonyma().ovriga()),
                Rad.summa(
                        text("deltagartal.totalt"),
                        spalter.celler(u, Deltagartal.TOM, t -> Cell.personer(t.totalt()))));
        return tabell("kon", rader);
    }

    private Rad rad(Enhetsspalter.Utfall<Deltagartal> u, String nyckel, ToLongFunction<Deltagartal> tal) {
        return Rad.av(text(nyckel), spalter.celler(u, Deltagartal.TOM, t -> Cell.personer(tal.applyAsLong(t))));
    }

    /** Rows: 0 personer, 1 nya, 2 avslutade, 3 i arbete/studier, 4 its share, 5 egen försörjning, 6 its share. */
    private Rapporttabell flodestabell(Enhetsspalter.Utfall<Deltagandetal> u) {
        Deltagandetal tom = Deltagandetal.TOM;
        List<Cell> avslutade = spalter.celler(u, tom, t -> Cell.personer(t.avslutade()));
        List<Cell> arbete = spalter.celler(u, tom, t -> Cell.personer(t.arbeteEllerStudier()));
        List<Cell> egen = spalter.celler(u, tom, t -> Cell.personer(t.egenForsorjning()));
        List<Rad> rader = List.of(
                Rad.av(text("flode.personer"), spalter.celler(u, tom, t -> Cell.personer(t.personer()))),
                Rad.av(text("flode.nya"), spalter.celler(u, tom, t -> Cell.personer(t.nya()))),
                Rad.av(text("flode.avslutade"), avslutade),
                Rad.av(text("flode.arbete-studier"), arbete),
                Rad.av(
                        text("flode.arbete-studier-andel"),
                        spalter.harledda(k -> Cell.andel(
                                arbete.get(k).heltal(),
                                avslutade.get(k).heltal(),
                                new Cell.Pos(3, k),
                                new Cell.Pos(2, k)))),
                Rad.av(text("flode.egen"), egen),
                Rad.av(
                        text("flode.egen-andel"),
                        spalter.harledda(k -> Cell.andel(
                                egen.get(k).heltal(),
                                avslutade.get(k).heltal(),
                                new Cell.Pos(5, k),
                                new Cell.Pos(2, k)))));
        return tabell("flode", rader).medFotnot(text("flode.fotnot"));
    }

    private Rapporttabell tabell(String nyckel, List<Rad> rader) {
        return new Rapporttabell(
                text(nyckel + ".rubrik", ar),
                text("nyckeltal"),
                spalter.kolumner(),
                rader,
                List.of(),
                spalter.diagram());
    }

    private String text(String nyckel, Object... argument) {
        return fraga.text("rapport.standard." + nyckel, argument);
    }

    /** Registered and anonymous figures per unit, a unit with only one of them having zeros for the other. */
    private static Enhetsspalter.Utfall<Deltagartal> samman(
            Enhetsspalter.Utfall<Deltagandetal> registrerade, Enhetsspalter.Utfall<Anonymtal> anonyma) {
        Set<String> nycklar = new HashSet<>(registrerade.perEnhet().keySet());
        nycklar.addAll(anonyma.perEnhet().keySet());
        Map<String, Deltagartal> perEnhet = new HashMap<>();
        for (String n : nycklar) {
            perEnhet.put(
                    n,
                    new Deltagartal(
                            registrerade.perEnhet().getOrDefault(n, Deltagandetal.TOM),
                            anonyma.perEnhet().getOrDefault(n, Anonymtal.TOM)));
        }
        Deltagartal totalt = new Deltagartal(
                registrerade.totalt() == null ? Deltagandetal.TOM : registrerade.totalt(),
                anonyma.totalt() == null ? Anonymtal.TOM : anonyma.totalt());
        return new Enhetsspalter.Utfall<>(perEnhet, totalt);
    }
}
