package se.finsam.sus.rapport;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import se.finsam.sus.deltagare.DeltagandeFlode;

/**
 * The small data set the Standardrapport and the Kostnadsrapport are checked against by hand, all in 1983 (before
 * any demo data; every insats and participation has ended by 1984, so that nothing leaks into other tests' "now"),
 * in two län the demo data does not use: Södermanland (04) and Jönköping (06).
 *
 * <pre>
 * F1 "Rapporttest Nyköping"   kommun 0480 (län 04)
 *   I1 individinriktad     1983-01-01..1983-12-31  a1..a7 counted, a8 felregistrering, a9 1981–92, a10 anonymised
 *                                                 anonymous 1983: 2 K, 1 M, 0 Ö; 1982: 10/10/10 (other year)
 *   I2 strukturövergripande 1983-03-01..1984-06-30 b1 (a participation by mistake) + anonymous 1983 4/4/0: never counted
 *   I5 individinriktad     1984-01-01..1984-12-31  not active in 1983
 * F2 "Rapporttest Gränsen"    kommuner 0484 (län 04) and 0680 (län 06): in both län, once in riket
 *   I3 individinriktad     1983-02-01..1984-06-30  c1..c6; c1 is person P, who is also a1 (two insatser at once)
 *                                                 anonymous 1983: 5 K; co-financed 1983: ESF 60 000 / 50 000,
 *                                                 Arbetsförmedlingen 40 000 / 45 000 (budget / utfall)
 * F3 "Rapporttest Gislaved"   kommun 0662 (län 06)
 *   I4 individinriktad     1982-01-01..1983-01-31  d1..d5, 1982-06-01..1983-01-20, all avslutade in 1983-01
 *   I6 individinriktad     1983-08-01..1984-12-31  e1, e2 (M), 1983-09-01..1984-03-31: a small count
 *
 * a1 P K 1983-02-01..1983-06-30 work 20 h at exit, LON             avslutad, arbete/studier, egen försörjning
 * a2   K 1983-03-01..1984-02-28                                    (not avslutad in 1983)
 * a3   K 1983-04-01..1983-10-31 0 h, EKONOMISKT_BISTAND            avslutad
 * a4   M 1982-10-01..1983-05-31 studies 10 h, STUDIEMEDEL+AKTIVITETSSTOD  avslutad, arbete/studier (not egen)
 * a5   M 1983-05-01..1984-01-31
 * a6   M 1983-06-01..1983-12-31 0 h, LON                           avslutad, egen försörjning (not arbete)
 * a7   Ö 1983-01-15..1984-03-31
 * c1 P K 1983-03-01..1984-05-31
 * c2   K 1983-02-01..1983-09-30 work 30 h, LON                     avslutad, arbete/studier, egen
 * c3   M 1983-02-15..1984-05-31
 * c4   M 1983-03-01..1983-11-30 0 h, SJUKPENNING                   avslutad
 * c5   K 1983-04-01..1984-05-31
 * c6   M 1983-05-01..1984-05-31
 * d1..d3 K, d4..d5 M 1982-06-01..1983-01-20 work 10 h; LON for d1..d3 only
 * </pre>
 */
final class StandardrapportFixtur {

    static final String F1 = "Rapporttest Nyköping";
    static final String F2 = "Rapporttest Gränsen";
    static final String F3 = "Rapporttest Gislaved";
    static final String SODERMANLAND = "04";
    static final String JONKOPING = "06";

    long f1;
    long f2;
    long f3;
    long i1;
    long i2;
    long i3;
    long i4;
    long i5;
    long i6;

    private final JdbcTemplate jdbc;
    private int lopnummer;

    private StandardrapportFixtur(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The fixture, inserted once per database (shared by the test classes of both families). */
    static synchronized StandardrapportFixtur sakerstall(JdbcTemplate jdbc) {
        StandardrapportFixtur f = new StandardrapportFixtur(jdbc);
        List<Long> finns = jdbc.queryForList("select id from samverkansorganisation where namn = ?", Long.class, F1);
        if (finns.isEmpty()) {
            f.skapa();
        }
        f.las();
        if (jdbc.queryForObject("select count(*) from deltagande where skapad_av = 'rapporttest'", Integer.class)
                == 0) {
            f.skapaDeltagare(f.i1, f.i2, f.i3, f.i4, f.i6);
            // Inserted past JPA: bring the stored report sums up to date.
            new DeltagandeFlode(jdbc).omrakna();
        }
        return f;
    }

    /**
     * Removes the participations and anonymous counts again (the förbund, insatser and budgets stay): old ended
     * participations would otherwise be counted by tests of retention (gallring) and of the demo data.
     */
    static synchronized void rensa(JdbcTemplate jdbc) {
        jdbc.update("delete from deltagande_forsorjning where deltagande_id in"
                + " (select id from deltagande where skapad_av = 'rapporttest')");
        jdbc.update("delete from deltagande where skapad_av = 'rapporttest'");
        jdbc.update(
                "delete from deltagar_antal where insats_id in (select i.id from insats i"
                        + " join samverkansorganisation o on o.id = i.organisation_id where o.namn in (?, ?, ?))",
                F1,
                F2,
                F3);
        new DeltagandeFlode(jdbc).omrakna();
    }

    private void las() {
        f1 = forbund(F1);
        f2 = forbund(F2);
        f3 = forbund(F3);
        i1 = insats(f1, "I1");
        i2 = insats(f1, "I2");
        i3 = insats(f2, "I3");
        i4 = insats(f3, "I4");
        i5 = insats(f1, "I5");
        i6 = insats(f3, "I6");
    }

    private long forbund(String namn) {
        return jdbc.queryForObject("select id from samverkansorganisation where namn = ?", Long.class, namn);
    }

    private long insats(long forbund, String namn) {
        return jdbc.queryForObject(
                "select id from insats where organisation_id = ? and namn = ?", Long.class, forbund, namn);
    }

    private void skapa() {
        long f1 = nyttForbund(F1, "9999930001", "0480");
        long f2 = nyttForbund(F2, "9999930002", "0484", "0680");
        long f3 = nyttForbund(F3, "9999930003", "0662");
        long i1 = nyInsats(f1, "I1", "INDIVIDINRIKTAD", "1983-01-01", "1983-12-31");
        long i2 = nyInsats(f1, "I2", "STRUKTUROVERGRIPANDE", "1983-03-01", "1984-06-30");
        long i3 = nyInsats(f2, "I3", "INDIVIDINRIKTAD", "1983-02-01", "1984-06-30");
        long i4 = nyInsats(f3, "I4", "INDIVIDINRIKTAD", "1982-01-01", "1983-01-31");
        nyInsats(f1, "I5", "INDIVIDINRIKTAD", "1984-01-01", "1984-12-31");
        long i6 = nyInsats(f3, "I6", "INDIVIDINRIKTAD", "1983-08-01", "1984-12-31");
        kostnader(f1, f2, f3, i1, i2, i3, i4, i6);
    }

    private void skapaDeltagare(long i1, long i2, long i3, long i4, long i6) {
        String p = "P";
        deltagande(i1, p, "KVINNA", "1983-02-01", "1983-06-30", 20, 0, null, "LON");
        deltagande(i1, null, "KVINNA", "1983-03-01", "1984-02-28", 0, 0, null);
        deltagande(i1, null, "KVINNA", "1983-04-01", "1983-10-31", 0, 0, null, "EKONOMISKT_BISTAND");
        deltagande(i1, null, "MAN", "1982-10-01", "1983-05-31", 0, 10, null, "STUDIEMEDEL", "AKTIVITETSSTOD");
        deltagande(i1, null, "MAN", "1983-05-01", "1984-01-31", 0, 0, null);
        deltagande(i1, null, "MAN", "1983-06-01", "1983-12-31", 0, 0, null, "LON");
        deltagande(i1, null, "ANNAT", "1983-01-15", "1984-03-31", 0, 0, null);
        deltagande(i1, null, "KVINNA", "1983-02-01", "1983-02-02", 0, 0, "FELREGISTRERING", "LON");
        deltagande(i1, null, "KVINNA", "1981-01-01", "1982-12-31", 40, 0, null, "LON");
        long anonymiserad = deltagande(i1, null, "KVINNA", "1983-03-01", "1983-08-31", 40, 0, null, "LON");
        jdbc.update(
                "update deltagande set anonymiserad = true, identitet_hash = null, identitet_krypterad = null"
                        + " where id = ?",
                anonymiserad);
        anonyma(i1, 1983, 2, 1, 0);
        anonyma(i1, 1982, 10, 10, 10);

        deltagande(i2, null, "MAN", "1983-04-01", "1984-03-31", 0, 0, null);
        anonyma(i2, 1983, 4, 4, 0);

        deltagande(i3, p, "KVINNA", "1983-03-01", "1984-05-31", 0, 0, null);
        deltagande(i3, null, "KVINNA", "1983-02-01", "1983-09-30", 30, 0, null, "LON");
        deltagande(i3, null, "MAN", "1983-02-15", "1984-05-31", 0, 0, null);
        deltagande(i3, null, "MAN", "1983-03-01", "1983-11-30", 0, 0, null, "SJUKPENNING");
        deltagande(i3, null, "KVINNA", "1983-04-01", "1984-05-31", 0, 0, null);
        deltagande(i3, null, "MAN", "1983-05-01", "1984-05-31", 0, 0, null);
        anonyma(i3, 1983, 5, 0, 0);

        for (int n = 0; n < 5; n++) {
            String kon = n < 3 ? "KVINNA" : "MAN";
            if (n < 3) {
                deltagande(i4, null, kon, "1982-06-01", "1983-01-20", 10, 0, null, "LON");
            } else {
                deltagande(i4, null, kon, "1982-06-01", "1983-01-20", 10, 0, null);
            }
        }
        deltagande(i6, null, "MAN", "1983-09-01", "1984-03-31", 0, 0, null);
        deltagande(i6, null, "MAN", "1983-09-01", "1984-03-31", 0, 0, null);
    }

    /** Samverkansbudgets and insatsbudgets: see the cost test for the figures. */
    private void kostnader(long f1, long f2, long f3, long i1, long i2, long i3, long i4, long i6) {
        samverkansbudget(f1, 1983, 50_000, 300_000, 280_000, 50_000, 55_000, 20_000, 10_000);
        finansiar(f1, 1983, 0, "Försäkringskassan", "FORSAKRINGSKASSAN", 400_000);
        finansiar(f1, 1983, 1, "Region Sörmland", "REGION", 200_000);
        finansiar(f1, 1983, 2, "Nyköpings kommun", "KOMMUN", 100_000);
        finansiar(f1, 1983, 3, "Oxelösunds kommun", "KOMMUN", 100_000);
        samverkansbudget(f1, 1982, 999, 999, 999, 999, 999, 999, 999);
        finansiar(f1, 1982, 0, "Försäkringskassan", "FORSAKRINGSKASSAN", 999);
        samverkansbudget(f2, 1983, 0, 400_000, 390_000, 60_000, 60_000, 30_000, 25_000);
        finansiar(f2, 1983, 0, "Försäkringskassan", "FORSAKRINGSKASSAN", 600_000);
        finansiar(f2, 1983, 1, "Region Jönköping", "REGION", 300_000);
        finansiar(f2, 1983, 2, "Eskilstuna kommun", "KOMMUN", 300_000);
        samverkansbudget(f3, 1983, 10_000, 100_000, 90_000, 10_000, 12_000, 5_000, 4_000);
        finansiar(f3, 1983, 0, "Försäkringskassan", "FORSAKRINGSKASSAN", 200_000);
        finansiar(f3, 1983, 1, "Gislaveds kommun", "KOMMUN", 100_000);
        finansiar(f3, 1983, 2, "Region Jönköping", "REGION", 100_000);

        insatsbudget(i1, 1983, 10, 200_000, 180_000, 20_000, 22_000, 10_000, 8_000);
        insatsbudget(i2, 1983, 0, 50_000, 40_000, 0, 0, 10_000, 10_000);
        insatsbudget(
                i3,
                1983,
                12,
                300_000,
                310_000,
                30_000,
                30_000,
                20_000,
                15_000,
                new Medfinansiar("ESF", 60_000, 50_000),
                new Medfinansiar("Arbetsförmedlingen", 40_000, 45_000));
        insatsbudget(i3, 1984, 12, 999, 999, 999, 999, 999, 999, new Medfinansiar("ESF", 999, 999));
        insatsbudget(i4, 1983, 5, 40_000, 38_000, 5_000, 5_000, 0, 2_000);
        insatsbudget(i6, 1983, 4, 20_000, 16_000, 0, 0, 0, 0);
    }

    private long nyttForbund(String namn, String orgnr, String... kommuner) {
        jdbc.update(
                "insert into samverkansorganisation (version, namn, organisationsnummer, finansieringsform,"
                        + " startdatum) values (0, ?, ?, 'FINSAM', ?)",
                namn,
                orgnr,
                Date.valueOf("1990-01-01"));
        long id = forbund(namn);
        for (String k : kommuner) {
            jdbc.update("insert into organisation_kommun (organisation_id, kommun_kod) values (?, ?)", id, k);
        }
        return id;
    }

    private long nyInsats(long forbund, String namn, String inriktning, String start, String slut) {
        jdbc.update(
                "insert into insats (version, organisation_id, namn, startdatum, slutdatum, inriktning,"
                        + " preciserad_inriktning, uppfoljningsmetod) values (0, ?, ?, ?, ?, ?, ?, 'INDIVID')",
                forbund,
                namn,
                Date.valueOf(start),
                Date.valueOf(slut),
                inriktning,
                inriktning.equals("INDIVIDINRIKTAD") ? "FORBEREDANDE" : "STRATEGISKT_UTVECKLINGSARBETE");
        return insats(forbund, namn);
    }

    /**
     * A participation: {@code person} names a person that takes part more than once (else a person of its own),
     * exit hours of work without subsidy and of studies, and the sources of support ticked at exit.
     */
    private long deltagande(
            long insats,
            String person,
            String kon,
            String start,
            String slut,
            int timmarArbete,
            int timmarStudier,
            String avslutsanledning,
            String... kallorVidAvslut) {
        lopnummer++;
        String hash = String.format("%064x", person == null ? 1_000 + lopnummer : person.hashCode());
        long forbund = jdbc.queryForObject("select organisation_id from insats where id = ?", Long.class, insats);
        String kommun = jdbc.queryForObject(
                "select min(kommun_kod) from organisation_kommun where organisation_id = ?", String.class, forbund);
        jdbc.update(
                "insert into deltagande (version, insats_id, organisation_id, identitet_krypterad, identitet_hash,"
                        + " kon, aldersgrupp, hemkommun, remitterande, tid_i_utanforskap, samtycke_datum,"
                        + " samtycke_registrering, samtycke_registrerat_av, startdatum, slutdatum, avslutsanledning,"
                        + " timmar_start_arbete_med_stod, timmar_start_arbete_utan_stod, timmar_start_studier,"
                        + " timmar_start_eget_foretag, timmar_slut_arbete_med_stod, timmar_slut_arbete_utan_stod,"
                        + " timmar_slut_studier, timmar_slut_eget_foretag, skapad, skapad_av)"
                        + " values (0, ?, ?, null, ?, ?, 'AR_30_39', ?, 'FORSAKRINGSKASSAN', 'AR_1_2', ?, true,"
                        + " 'rapporttest', ?, ?, ?, 0, 0, 0, 0, 0, ?, ?, 0, ?, 'rapporttest')",
                insats,
                forbund,
                hash,
                kon,
                kommun,
                Date.valueOf(start),
                Date.valueOf(start),
                Date.valueOf(slut),
                avslutsanledning == null ? "ANNAT" : avslutsanledning,
                timmarArbete,
                timmarStudier,
                Timestamp.from(Instant.parse("1983-01-01T00:00:00Z")));
        long id = jdbc.queryForObject(
                "select max(id) from deltagande where insats_id = ? and skapad_av = 'rapporttest'", Long.class, insats);
        for (String kalla : kallorVidAvslut) {
            jdbc.update(
                    "insert into deltagande_forsorjning (deltagande_id, tillfalle, kalla) values (?, 'SLUT', ?)",
                    id,
                    kalla);
        }
        jdbc.update(
                "insert into deltagande_forsorjning (deltagande_id, tillfalle, kalla) values (?, 'START', 'EKONOMISKT_BISTAND')",
                id);
        return id;
    }

    private void anonyma(long insats, int ar, int kvinnor, int man, int ovriga) {
        jdbc.update(
                "insert into deltagar_antal (version, insats_id, ar, kvinnor, man, ovriga) values (0, ?, ?, ?, ?, ?)",
                insats,
                ar,
                kvinnor,
                man,
                ovriga);
    }

    private void samverkansbudget(
            long forbund,
            int ar,
            long egetKapital,
            long personalBudget,
            long personalUtfall,
            long lokalBudget,
            long lokalUtfall,
            long ovrigtBudget,
            long ovrigtUtfall) {
        jdbc.update(
                "insert into samverkansbudget (version, organisation_id, ar, eget_kapital,"
                        + " forvaltning_personal_budget, forvaltning_personal_utfall, forvaltning_lokal_budget,"
                        + " forvaltning_lokal_utfall, forvaltning_ovrigt_budget, forvaltning_ovrigt_utfall)"
                        + " values (0, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                forbund,
                ar,
                kr(egetKapital),
                kr(personalBudget),
                kr(personalUtfall),
                kr(lokalBudget),
                kr(lokalUtfall),
                kr(ovrigtBudget),
                kr(ovrigtUtfall));
    }

    private void finansiar(long forbund, int ar, int rad, String namn, String typ, long belopp) {
        long budget = jdbc.queryForObject(
                "select id from samverkansbudget where organisation_id = ? and ar = ?", Long.class, forbund, ar);
        jdbc.update(
                "insert into samverkansbudget_finansiar (samverkansbudget_id, rad, finansiar, typ, belopp)"
                        + " values (?, ?, ?, ?, ?)",
                budget,
                rad,
                namn,
                typ,
                kr(belopp));
    }

    private void insatsbudget(
            long insats,
            int ar,
            int planerade,
            long personalBudget,
            long personalUtfall,
            long lokalBudget,
            long lokalUtfall,
            long ovrigtBudget,
            long ovrigtUtfall,
            Medfinansiar... medfinansiering) {
        jdbc.update(
                "insert into insatsbudget (version, insats_id, ar, planerade_deltagare, personal_budget,"
                        + " personal_utfall, lokal_budget, lokal_utfall, ovrigt_budget, ovrigt_utfall"
                        + ") values (0, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                insats,
                ar,
                planerade,
                kr(personalBudget),
                kr(personalUtfall),
                kr(lokalBudget),
                kr(lokalUtfall),
                kr(ovrigtBudget),
                kr(ovrigtUtfall));
        long budget = jdbc.queryForObject(
                "select id from insatsbudget where insats_id = ? and ar = ?", Long.class, insats, ar);
        for (int rad = 0; rad < medfinansiering.length; rad++) {
            jdbc.update(
                    "insert into insats_medfinansiering (insatsbudget_id, rad, finansiar, budget, utfall)"
                            + " values (?, ?, ?, ?, ?)",
                    budget,
                    rad,
                    medfinansiering[rad].finansiar(),
                    kr(medfinansiering[rad].budget()),
                    kr(medfinansiering[rad].utfall()));
        }
    }

    /** One other financier of an insatsbudget year. */
    record Medfinansiar(String finansiar, long budget, long utfall) {}

    private static BigDecimal kr(long kronor) {
        return BigDecimal.valueOf(kronor).setScale(2);
    }
}
