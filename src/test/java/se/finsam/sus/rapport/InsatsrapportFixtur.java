package se.finsam.sus.rapport;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.crypto.password.PasswordEncoder;
import se.finsam.sus.behorighet.TestInloggning;
import se.finsam.sus.deltagare.DeltagandeFlode;

/**
 * The small data set of the Insatsrapport and behovsgrupper tests, in the years 1990–1993 where nothing else in
 * the test database lies (the demo data starts in 2024), inserted once per test database by SQL:
 *
 * <pre>
 * Förbund  area (län)                Insats  inriktning/precis./uppföljning  dates                  flags, ESF, målgrupper
 * F1 Ett   2380 (23)                 A       INDIVID/FORBEREDANDE/INDIVID     1991-01-01 – open       LT, ESF; UNGA_VUXNA, UTRIKES_FODDA
 *                                    B       STRUKTUR/UTBILDNING/ENDAST_ANTAL 1992-03-01 – 1992-06-30 LT; PERSONAL
 *                                    C       INDIVID/FOREBYGGANDE/INDIVID     1991-01-01 – 1991-12-31 UA; ALLA
 * F2 Två   2380, 2480 (23 and 24)    D       INDIVID/REHABILITERING/ENDAST_ANTAL 1992-06-01 – 1992-12-31 UF, UA; ALLA
 * F3 Tre   2580 (25)                 E       INDIVID/KARTLAGGNING/INDIVID     1990-01-01 – 1993-12-31 ESF; ALLA
 *
 * Budgets (planerade deltagare): A 1991 10, A 1992 20; B 1992 5; D 1992 12.
 * Anonymous counts (kvinnor, män, övriga): A 1991 (1,0,0), A 1992 (2,1,0); B 1992 (3,2,0) (structure-wide:
 * never participants); D 1992 (4,3,1).
 * Participations (hemkommun in the förbund's area; no encrypted identity — reports never read it, and a value that
 * is not a real ciphertext would stop the start-up step that binds encrypted values to their rows):
 * A: a1 K 1991-06-01–open; a2 M 1992-01-10–1992-03-31; a3 K 1992-11-01–open;
 *   a4 M 1991-02-01–1991-12-31; a5 K 1992-05-01–1992-05-02 FELREGISTRERING; a6 Ö 1993-01-01–open.
 *   C: c1 M 1991-03-01–1991-10-01. E: e1 K 1992-02-01–1992-05-01 (the person of a1, in two insatser at once),
 *   e2..e6 M 1992-01-01–open.
 * </pre>
 */
final class InsatsrapportFixtur {

    static final String LOSENORD = "rapporter räknas för hand";

    static long f1;
    static long f2;
    static long f3;
    static final Map<String, Long> INSATS = new HashMap<>();
    private static boolean klar;

    private InsatsrapportFixtur() {}

    static synchronized void skapa(JdbcTemplate jdbc, PasswordEncoder encoder) {
        if (klar
                && jdbc.queryForObject("select count(*) from samverkansorganisation where id = ?", Long.class, f1)
                        == 1) {
            return;
        }
        f1 = forbund(jdbc, "Rapporttest Ett", "R000000001", "2380");
        f2 = forbund(jdbc, "Rapporttest Två", "R000000002", "2380", "2480");
        f3 = forbund(jdbc, "Rapporttest Tre", "R000000003", "2580");
        insats(
                jdbc,
                "A",
                f1,
                "INDIVIDINRIKTAD",
                "FORBEREDANDE",
                "INDIVID",
                // Ended after every period the tests ask for, so that nothing of this fixture reaches other tests'
                // periods (an open end would make the insats active in every later year).
                "1991-01-01",
                "1994-06-30",
                true,
                "LT",
                "UNGA_VUXNA",
                "UTRIKES_FODDA");
        insats(
                jdbc,
                "B",
                f1,
                "STRUKTUROVERGRIPANDE",
                "UTBILDNING_KONFERENS",
                "ENDAST_ANTAL",
                "1992-03-01",
                "1992-06-30",
                false,
                "LT",
                "PERSONAL");
        insats(
                jdbc,
                "C",
                f1,
                "INDIVIDINRIKTAD",
                "FOREBYGGANDE",
                "INDIVID",
                "1991-01-01",
                "1991-12-31",
                false,
                "UA",
                "ALLA");
        insats(
                jdbc,
                "D",
                f2,
                "INDIVIDINRIKTAD",
                "REHABILITERING_TILL_ARBETE_STUDIER",
                "ENDAST_ANTAL",
                "1992-06-01",
                "1992-12-31",
                false,
                "UF UA",
                "ALLA");
        insats(
                jdbc,
                "E",
                f3,
                "INDIVIDINRIKTAD",
                "KARTLAGGNING_AV_BEHOV",
                "INDIVID",
                "1990-01-01",
                "1993-12-31",
                true,
                "",
                "ALLA");
        budget(jdbc, "A", 1991, 10);
        budget(jdbc, "A", 1992, 20);
        budget(jdbc, "B", 1992, 5);
        budget(jdbc, "D", 1992, 12);
        antal(jdbc, "A", 1991, 1, 0, 0);
        antal(jdbc, "A", 1992, 2, 1, 0);
        antal(jdbc, "B", 1992, 3, 2, 0);
        antal(jdbc, "D", 1992, 4, 3, 1);
        deltagande(jdbc, "A", "KVINNA", "1991-06-01", "1994-06-30", "ARBETE", "p1");
        deltagande(jdbc, "A", "MAN", "1992-01-10", "1992-03-31", "ARBETE", "p2");
        deltagande(jdbc, "A", "KVINNA", "1992-11-01", "1994-06-30", "ARBETE", "p3");
        deltagande(jdbc, "A", "MAN", "1991-02-01", "1991-12-31", "ARBETE", "p4");
        deltagande(jdbc, "A", "KVINNA", "1992-05-01", "1992-05-02", "FELREGISTRERING", "p5");
        deltagande(jdbc, "A", "ANNAT", "1993-01-01", "1994-06-30", "ARBETE", "p6");
        deltagande(jdbc, "C", "MAN", "1991-03-01", "1991-10-01", "ARBETE", "p7");
        deltagande(jdbc, "E", "KVINNA", "1992-02-01", "1992-05-01", "ARBETE", "p1");
        for (int n = 2; n <= 6; n++) {
            deltagande(jdbc, "E", "MAN", "1992-01-01", "1994-06-30", "ARBETE", "e" + n);
        }
        // Inserted past JPA: bring the stored report sums up to date.
        new DeltagandeFlode(jdbc).omrakna();
        klar = true;
    }

    /** A rapportläsare with one uppdrag ({@code omfattning} RIKET, LAN or ORGANISATION), logged in. */
    static void loggaIn(
            JdbcTemplate jdbc,
            PasswordEncoder encoder,
            AuthenticationConfiguration auth,
            String namn,
            String omfattning,
            String lan,
            Long organisation)
            throws Exception {
        if (jdbc.queryForObject("select count(*) from anvandare where anvandarnamn = ?", Long.class, namn) == 0) {
            jdbc.update(
                    "insert into anvandare (anvandarnamn, namn, losenord_hash, skapad) values (?, ?, ?, ?)",
                    namn,
                    "Rapportläsare " + namn,
                    encoder.encode(LOSENORD),
                    LocalDateTime.ofInstant(Instant.now(), ZoneOffset.UTC));
            long id = jdbc.queryForObject("select id from anvandare where anvandarnamn = ?", Long.class, namn);
            jdbc.update("insert into anvandare_roll (anvandare_id, roll) values (?, 'RAPPORTLASARE')", id);
            jdbc.update(
                    "insert into uppdrag (version, anvandare_id, roll, omfattning, lan_kod, organisation_id,"
                            + " startdatum, slutdatum, delegerat) values (0, ?, 'RAPPORTLASARE', ?, ?, ?, ?, ?, false)",
                    id,
                    omfattning,
                    lan,
                    organisation,
                    LocalDate.now().minusDays(1),
                    LocalDate.now().plusYears(1));
        }
        TestInloggning.fullt(auth.getAuthenticationManager()
                .authenticate(UsernamePasswordAuthenticationToken.unauthenticated(namn, LOSENORD)));
    }

    private static long forbund(JdbcTemplate jdbc, String namn, String orgnr, String... kommuner) {
        jdbc.update(
                "insert into samverkansorganisation (version, namn, organisationsnummer, finansieringsform,"
                        + " startdatum) values (0, ?, ?, 'FINSAM', '1990-01-01')",
                namn,
                orgnr);
        long id = jdbc.queryForObject(
                "select id from samverkansorganisation where organisationsnummer = ?", Long.class, orgnr);
        for (String k : kommuner) {
            jdbc.update("insert into organisation_kommun (organisation_id, kommun_kod) values (?, ?)", id, k);
        }
        return id;
    }

    private static void insats(
            JdbcTemplate jdbc,
            String namn,
            long forbund,
            String inriktning,
            String preciserad,
            String uppfoljning,
            String start,
            String slut,
            boolean esf,
            String flaggor,
            String... malgrupper) {
        jdbc.update(
                "insert into insats (version, organisation_id, namn, startdatum, slutdatum, inriktning,"
                        + " preciserad_inriktning, uppfoljningsmetod, esf_finansierad, langtidssjukskrivna,"
                        + " unga_funktionsnedsattning, unga_aktivitetsersattning)"
                        + " values (0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                forbund,
                "Insats " + namn,
                LocalDate.parse(start),
                slut == null ? null : LocalDate.parse(slut),
                inriktning,
                preciserad,
                uppfoljning,
                esf,
                flaggor.contains("LT"),
                flaggor.contains("UF"),
                flaggor.contains("UA"));
        long id = jdbc.queryForObject(
                "select id from insats where organisation_id = ? and namn = ?", Long.class, forbund, "Insats " + namn);
        INSATS.put(namn, id);
        for (String m : malgrupper) {
            jdbc.update("insert into insats_malgrupp (insats_id, malgrupp) values (?, ?)", id, m);
        }
    }

    private static void budget(JdbcTemplate jdbc, String insats, int ar, int planerade) {
        jdbc.update(
                "insert into insatsbudget (version, insats_id, ar, planerade_deltagare, personal_budget,"
                        + " personal_utfall, lokal_budget, lokal_utfall, ovrigt_budget, ovrigt_utfall)"
                        + " values (0, ?, ?, ?, 1000, 900, 0, 0, 0, 0)",
                INSATS.get(insats),
                ar,
                planerade);
    }

    private static void antal(JdbcTemplate jdbc, String insats, int ar, int kvinnor, int man, int ovriga) {
        jdbc.update(
                "insert into deltagar_antal (version, insats_id, ar, kvinnor, man, ovriga) values (0, ?, ?, ?, ?, ?)",
                INSATS.get(insats),
                ar,
                kvinnor,
                man,
                ovriga);
    }

    private static void deltagande(
            JdbcTemplate jdbc, String insats, String kon, String start, String slut, String anledning, String hash) {
        long id = INSATS.get(insats);
        jdbc.update(
                "insert into deltagande (version, insats_id, organisation_id, identitet_krypterad, identitet_hash,"
                        + " kon, aldersgrupp,"
                        + " hemkommun, remitterande, tid_i_utanforskap, samtycke_datum, samtycke_registrering,"
                        + " samtycke_registrerat_av, startdatum, slutdatum, avslutsanledning,"
                        + " timmar_start_arbete_med_stod, timmar_start_arbete_utan_stod, timmar_start_studier,"
                        + " timmar_start_eget_foretag, anonymiserad, skapad, skapad_av)"
                        + " select 0, i.id, i.organisation_id, null, ?, ?, 'AR_30_39',"
                        + " (select min(ok.kommun_kod) from organisation_kommun ok"
                        + " where ok.organisation_id = i.organisation_id), 'ARBETSFORMEDLINGEN',"
                        + " 'OKANT', ?, true, 'test', ?, ?, ?, 0, 0, 0, 0, false, ?, 'test' from insats i where i.id = ?",
                hash.repeat(32).substring(0, 64),
                kon,
                LocalDate.parse(start),
                LocalDate.parse(start),
                slut == null ? null : LocalDate.parse(slut),
                anledning,
                LocalDateTime.ofInstant(Instant.now(), ZoneOffset.UTC),
                id);
    }
}
