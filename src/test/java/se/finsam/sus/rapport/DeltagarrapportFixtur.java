package se.finsam.sus.rapport;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import se.finsam.sus.deltagare.DeltagandeFlode;

/**
 * The small data set of the Deltagarrapport tests, in 2003–2006 where nothing else in the test database lies (the
 * demo data starts in 2024, the Insatsrapport fixture lies in 1990–1993), inserted once per test database by SQL.
 * The report period is 2005. Every expected figure in {@code DeltagarrapportTest} is computed by hand from this:
 *
 * <pre>
 * Förbund G1 "Deltagartest Ett", area 2380 (län 23); G2 "Deltagartest Två", area 2380 + 2480 (län 23 and 24).
 * Insatser: I1 (G1), I2 (G2), both individinriktade, 2003-01-01 – open.
 *
 * id  insats kön  start       slut        anledning        hash  ålder  utanförskap utbildning  start: källor, timmar, sökande     slut: källor, timmar, sökande
 * p1  I1     K    2005-01-10  2005-06-30  ARBETE           h1    30–39  1–2 år      GYMNASIAL   SP+EB, 0, nej                       LON, utan stöd 30, nej
 * p2  I1     M    2004-01-15  2005-03-31  STUDIER          h2    20–24  <1 år       FORGYMN.    EB, 0, ja                            STUDIEMEDEL, studier 20, nej
 * p3  I1     K    2005-02-01  2005-03-15  SJUKDOM          h3    40–49  2–5 år      (null)      SP, med stöd 10, nej                 SP, med stöd 10, nej
 * p4  I1     M    2005-03-01  –                            h4    25–29  okänt       EFTERGYMN.K AKASSA, 0, ja
 * p5  I1     K    2005-04-01  2005-04-15  FELREGISTRERING  h5    30–39  1–2 år      GYMNASIAL   LON                                   (never counted)
 * p7  I1     M    2005-01-01  2005-05-01  ARBETE  anonymised (no hash)                    SP                                    LON (never counted)
 * p8  I1     K    2003-01-01  2004-06-30  ARBETE           h8    (ended before the period)   SP                                    LON
 * p6  I2     K    2005-03-01  2005-12-31  ARBETE           h3    40–49  2–5 år      GYMNASIAL   SP, 0, nej                           LON+SP, utan stöd 20 + studier 5, nej
 * p9  I2     Ö    2005-06-01  2006-02-01  (ends after)     h9    16–19  <1 år       OKAND       INGEN, 0, nej
 * p10 I2     M    2005-01-01  2005-08-31  ARBETSSOKANDE    h10   50–59  >10 år      EFTERGYMN.L AKTIVITETSSTOD, 0, ja               AKTIVITETSSTOD, 0, ja
 * m1–m3 I2   K, m4–m6 I2 M: 2005-06-01 – open, hashes m1..m6, 30–39, 1–2 år, GYMNASIAL, AKASSA, 0, nej
 * </pre>
 *
 * p3 (I1) and p6 (I2) are one person (h3) in two insatser at once (2005-03-01 – 2005-03-15).
 */
final class DeltagarrapportFixtur {

    static long g1;
    static long g2;
    static long i1;
    static long i2;
    private static boolean klar;

    private DeltagarrapportFixtur() {}

    static synchronized void skapa(JdbcTemplate jdbc) {
        if (klar
                && jdbc.queryForObject("select count(*) from samverkansorganisation where id = ?", Long.class, g1)
                        == 1) {
            return;
        }
        g1 = forbund(jdbc, "Deltagartest Ett", "D000000001", "2380");
        g2 = forbund(jdbc, "Deltagartest Två", "D000000002", "2380", "2480");
        i1 = insats(jdbc, g1, "Deltagartest I1");
        i2 = insats(jdbc, g2, "Deltagartest I2");
        long p1 = d(
                jdbc,
                i1,
                g1,
                "KVINNA",
                "2005-01-10",
                "2005-06-30",
                "ARBETE",
                "h1",
                "AR_30_39",
                "AR_1_2",
                "GYMNASIAL",
                new int[] {0, 0, 0, 0},
                false,
                new int[] {0, 30, 0, 0},
                false,
                false);
        ticks(jdbc, p1, List.of("SJUKPENNING", "EKONOMISKT_BISTAND"), List.of("LON"));
        long p2 = d(
                jdbc,
                i1,
                g1,
                "MAN",
                "2004-01-15",
                "2005-03-31",
                "STUDIER",
                "h2",
                "AR_20_24",
                "UNDER_1_AR",
                "FORGYMNASIAL",
                new int[] {0, 0, 0, 0},
                true,
                new int[] {0, 0, 20, 0},
                false,
                false);
        ticks(jdbc, p2, List.of("EKONOMISKT_BISTAND"), List.of("STUDIEMEDEL"));
        long p3 = d(
                jdbc,
                i1,
                g1,
                "KVINNA",
                "2005-02-01",
                "2005-03-15",
                "SJUKDOM",
                "h3",
                "AR_40_49",
                "AR_2_5",
                null,
                new int[] {10, 0, 0, 0},
                false,
                new int[] {10, 0, 0, 0},
                false,
                false);
        ticks(jdbc, p3, List.of("SJUKPENNING"), List.of("SJUKPENNING"));
        long p4 = d(
                jdbc,
                i1,
                g1,
                "MAN",
                "2005-03-01",
                null,
                null,
                "h4",
                "AR_25_29",
                "OKANT",
                "EFTERGYMNASIAL_KORT",
                new int[] {0, 0, 0, 0},
                true,
                null,
                null,
                false);
        ticks(jdbc, p4, List.of("AKASSA"), List.of());
        long p5 = d(
                jdbc,
                i1,
                g1,
                "KVINNA",
                "2005-04-01",
                "2005-04-15",
                "FELREGISTRERING",
                "h5",
                "AR_30_39",
                "AR_1_2",
                "GYMNASIAL",
                new int[] {0, 0, 0, 0},
                false,
                null,
                null,
                false);
        ticks(jdbc, p5, List.of("LON"), List.of());
        long p7 = d(
                jdbc,
                i1,
                g1,
                "MAN",
                "2005-01-01",
                "2005-05-01",
                "ARBETE",
                null,
                "AR_30_39",
                "AR_1_2",
                "GYMNASIAL",
                new int[] {0, 0, 0, 0},
                false,
                new int[] {0, 40, 0, 0},
                false,
                true);
        ticks(jdbc, p7, List.of("SJUKPENNING"), List.of("LON"));
        long p8 = d(
                jdbc,
                i1,
                g1,
                "KVINNA",
                "2003-01-01",
                "2004-06-30",
                "ARBETE",
                "h8",
                "AR_30_39",
                "AR_1_2",
                "GYMNASIAL",
                new int[] {0, 0, 0, 0},
                false,
                new int[] {0, 40, 0, 0},
                false,
                false);
        ticks(jdbc, p8, List.of("SJUKPENNING"), List.of("LON"));
        long p6 = d(
                jdbc,
                i2,
                g2,
                "KVINNA",
                "2005-03-01",
                "2005-12-31",
                "ARBETE",
                "h3",
                "AR_40_49",
                "AR_2_5",
                "GYMNASIAL",
                new int[] {0, 0, 0, 0},
                false,
                new int[] {0, 20, 5, 0},
                false,
                false);
        ticks(jdbc, p6, List.of("SJUKPENNING"), List.of("LON", "SJUKPENNING"));
        long p9 = d(
                jdbc,
                i2,
                g2,
                "ANNAT",
                "2005-06-01",
                "2006-02-01",
                "ANNAT",
                "h9",
                "AR_16_19",
                "UNDER_1_AR",
                "OKAND",
                new int[] {0, 0, 0, 0},
                false,
                new int[] {0, 0, 0, 0},
                false,
                false);
        ticks(jdbc, p9, List.of("INGEN"), List.of("INGEN"));
        long p10 = d(
                jdbc,
                i2,
                g2,
                "MAN",
                "2005-01-01",
                "2005-08-31",
                "ARBETSSOKANDE",
                "h10",
                "AR_50_59",
                "OVER_10_AR",
                "EFTERGYMNASIAL_LANG",
                new int[] {0, 0, 0, 0},
                true,
                new int[] {0, 0, 0, 0},
                true,
                false);
        ticks(jdbc, p10, List.of("AKTIVITETSSTOD"), List.of("AKTIVITETSSTOD"));
        for (int m = 1; m <= 6; m++) {
            long id = d(
                    jdbc,
                    i2,
                    g2,
                    m <= 3 ? "KVINNA" : "MAN",
                    "2005-06-01",
                    null,
                    null,
                    "m" + m,
                    "AR_30_39",
                    "AR_1_2",
                    "GYMNASIAL",
                    new int[] {0, 0, 0, 0},
                    false,
                    null,
                    null,
                    false);
            ticks(jdbc, id, List.of("AKASSA"), List.of());
        }
        // Inserted past JPA: bring the stored report sums up to date.
        new DeltagandeFlode(jdbc).omrakna();
        klar = true;
    }

    private static long forbund(JdbcTemplate jdbc, String namn, String orgnr, String... kommuner) {
        jdbc.update(
                "insert into samverkansorganisation (version, namn, organisationsnummer, finansieringsform,"
                        + " startdatum) values (0, ?, ?, 'FINSAM', '2000-01-01')",
                namn,
                orgnr);
        long id = jdbc.queryForObject(
                "select id from samverkansorganisation where organisationsnummer = ?", Long.class, orgnr);
        for (String k : kommuner) {
            jdbc.update("insert into organisation_kommun (organisation_id, kommun_kod) values (?, ?)", id, k);
        }
        return id;
    }

    private static long insats(JdbcTemplate jdbc, long forbund, String namn) {
        jdbc.update(
                "insert into insats (version, organisation_id, namn, startdatum, inriktning, preciserad_inriktning,"
                        + " uppfoljningsmetod) values (0, ?, ?, '2003-01-01', 'INDIVIDINRIKTAD',"
                        + " 'REHABILITERING_TILL_ARBETE_STUDIER', 'INDIVID')",
                forbund,
                namn);
        return jdbc.queryForObject(
                "select id from insats where organisation_id = ? and namn = ?", Long.class, forbund, namn);
    }

    /** Hours in the order med stöd, utan stöd, studier, eget företag; {@code slut} null: not ended. */
    private static long d(
            JdbcTemplate jdbc,
            long insats,
            long forbund,
            String kon,
            String start,
            String slut,
            String anledning,
            String hash,
            String alder,
            String utanforskap,
            String utbildning,
            int[] fore,
            boolean sokandeFore,
            int[] efter,
            Boolean sokandeEfter,
            boolean anonymiserad) {
        jdbc.update(
                "insert into deltagande (version, insats_id, organisation_id, identitet_hash, kon, aldersgrupp,"
                        + " hemkommun, remitterande, tid_i_utanforskap, utbildningsniva, samtycke_datum,"
                        + " samtycke_registrering, samtycke_registrerat_av, startdatum, slutdatum, avslutsanledning,"
                        + " timmar_start_arbete_med_stod, timmar_start_arbete_utan_stod, timmar_start_studier,"
                        + " timmar_start_eget_foretag, timmar_slut_arbete_med_stod, timmar_slut_arbete_utan_stod,"
                        + " timmar_slut_studier, timmar_slut_eget_foretag, arbetssokande_start, arbetssokande_slut,"
                        + " anonymiserad, skapad, skapad_av)"
                        + " values (0, ?, ?, ?, ?, ?, '2380', 'FORSAKRINGSKASSAN', ?, ?, ?, true, 'test', ?, ?, ?,"
                        + " ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'deltagarrapport-fixtur')",
                insats,
                forbund,
                hash == null ? null : (hash + "-deltagarrapport").repeat(4).substring(0, 64),
                kon,
                alder,
                utanforskap,
                utbildning,
                LocalDate.parse(start),
                LocalDate.parse(start),
                slut == null ? null : LocalDate.parse(slut),
                anledning,
                fore[0],
                fore[1],
                fore[2],
                fore[3],
                efter == null ? null : efter[0],
                efter == null ? null : efter[1],
                efter == null ? null : efter[2],
                efter == null ? null : efter[3],
                sokandeFore,
                sokandeEfter,
                anonymiserad,
                LocalDateTime.ofInstant(Instant.now(), ZoneOffset.UTC));
        return jdbc.queryForObject("select max(id) from deltagande where insats_id = ?", Long.class, insats);
    }

    private static void ticks(JdbcTemplate jdbc, long deltagande, List<String> fore, List<String> efter) {
        fore.forEach(k -> jdbc.update(
                "insert into deltagande_forsorjning (deltagande_id, tillfalle, kalla) values (?, 'START', ?)",
                deltagande,
                k));
        efter.forEach(k -> jdbc.update(
                "insert into deltagande_forsorjning (deltagande_id, tillfalle, kalla) values (?, 'SLUT', ?)",
                deltagande,
                k));
    }
}
