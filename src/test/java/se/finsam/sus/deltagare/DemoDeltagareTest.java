package se.finsam.sus.deltagare;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import se.finsam.sus.DatabaseTest;
import se.finsam.sus.base.Identitetsnummer;
import se.finsam.sus.base.Kryptering;

/** The demo participations look like real follow-up data, and their identity numbers are clearly fake. */
class DemoDeltagareTest extends DatabaseTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Kryptering kryptering;

    @Autowired
    Clock clock;

    @Test
    void aFewThousandParticipationsWithPlausibleBeforeAndAfter() {
        long alla = jdbc.queryForObject("select count(*) from deltagande where skapad_av = 'handlaggare'", Long.class);
        assertThat(alla).isBetween(2_000L, 6_000L);
        long avslutade = jdbc.queryForObject(
                "select count(*) from deltagande where skapad_av = 'handlaggare' and " + "slutdatum is not null",
                Long.class);
        assertThat((double) avslutade / alla).isBetween(0.5, 0.8);
        assertThat(jdbc.queryForObject(
                        "select count(*) from deltagande where avslutsanledning = 'FELREGISTRERING'", Long.class))
                .isPositive();
        assertThat(jdbc.queryForObject("select count(distinct kon) from deltagande", Long.class))
                .isEqualTo(3);
        assertThat(jdbc.queryForObject("select count(distinct aldersgrupp) from deltagande", Long.class))
                .isGreaterThanOrEqualTo(5);
        // Home kommun always within the förbund's area.
        assertThat(jdbc.queryForObject(
                        "select count(*) from deltagande d where not exists (select 1 from "
                                + "organisation_kommun k where k.organisation_id = d.organisation_id and k.kommun_kod = d.hemkommun)",
                        Long.class))
                .isZero();
        // More wages and studiemedel, less sjukpenning and ekonomiskt bistånd at exit than at entry.
        assertThat(andel("SLUT", "LON")).isGreaterThan(andel("START", "LON") + 0.15);
        assertThat(andel("SLUT", "STUDIEMEDEL")).isGreaterThan(andel("START", "STUDIEMEDEL"));
        assertThat(andel("SLUT", "SJUKPENNING")).isLessThan(andel("START", "SJUKPENNING"));
        assertThat(andel("SLUT", "EKONOMISKT_BISTAND")).isLessThan(andel("START", "EKONOMISKT_BISTAND"));
        assertThat(jdbc.queryForObject("select count(*) from deltagar_antal", Long.class))
                .isPositive();
        assertThat(jdbc.queryForObject(
                        "select count(*) from deltagande where startdatum > ? or slutdatum > ? or "
                                + "samtycke_datum > ? or samtycke_aterkallat > ? or slutdatum < startdatum",
                        Long.class,
                        idag(),
                        idag(),
                        idag(),
                        idag()))
                .as("no date in the future, no exit before entry")
                .isZero();
    }

    private LocalDate idag() {
        return LocalDate.now(clock);
    }

    @Test
    void identityNumbersAreInTheTestSeriesAndValid() {
        List<Map<String, Object>> krypterade = jdbc.queryForList("select id, identitet_krypterad from deltagande where "
                + "skapad_av = 'handlaggare' and identitet_krypterad is not null");
        assertThat(krypterade).isNotEmpty();
        for (Map<String, Object> k : krypterade) {
            String nummer = kryptering.dekryptera(
                    (String) k.get("identitet_krypterad"),
                    DeltagarUppgifter.KRYPTERAD_IDENTITET,
                    ((Number) k.get("id")).longValue());
            assertThat(Integer.parseInt(nummer.substring(8, 11))).isBetween(980, 999);
            assertThat(Identitetsnummer.tolka(nummer, LocalDate.now()).siffror())
                    .isEqualTo(nummer);
        }
        assertThat(jdbc.queryForObject(
                        "select count(*) from deltagande where skapad_av = 'handlaggare' and (anonymiserad = true"
                                + " or samtycke_aterkallat is not null or identitet_krypterad is null"
                                + " or identitet_hash is null)",
                        Long.class))
                .as("withdrawn consents are only counted, never stored")
                .isZero();
    }

    @Test
    void reportDataSpansYearsWithSeveralBehovsgrupperEducationAndJobSeeking() {
        int iAr = idag().getYear();
        List<Integer> ar = jdbc.queryForList(
                "select distinct year(startdatum) from deltagande where skapad_av = 'handlaggare' order by 1",
                Integer.class);
        assertThat(ar).as("entries in several years").contains(iAr - 2, iAr - 1);
        assertThat(jdbc.queryForList("select distinct ar from deltagar_antal order by 1", Integer.class))
                .as("anonymous counts in several years")
                .contains(iAr - 2, iAr - 1, iAr);
        assertThat(jdbc.queryForObject(
                        "select count(*) from deltagande where slutdatum is not null and year(slutdatum) < ?",
                        Long.class,
                        iAr))
                .as("exits in earlier years")
                .isPositive();

        long alla = jdbc.queryForObject("select count(*) from deltagande where skapad_av = 'handlaggare'", Long.class);
        long medNagon =
                jdbc.queryForObject("select count(distinct deltagande_id) from deltagande_behovsgrupp", Long.class);
        long medFlera = jdbc.queryForObject(
                "select count(*) from (select deltagande_id from deltagande_behovsgrupp group by deltagande_id"
                        + " having count(*) > 1) f",
                Long.class);
        assertThat((double) medNagon / alla).isBetween(0.25, 0.6);
        assertThat(medFlera).as("some belong to several behovsgrupper").isBetween(20L, medNagon / 3);

        assertThat(jdbc.queryForList(
                        "select distinct utbildningsniva from deltagande where skapad_av = 'handlaggare'",
                        String.class))
                .containsExactlyInAnyOrder(
                        null, "FORGYMNASIAL", "GYMNASIAL", "EFTERGYMNASIAL_KORT", "EFTERGYMNASIAL_LANG", "OKAND");
        long utanUtbildning = jdbc.queryForObject(
                "select count(*) from deltagande where skapad_av = 'handlaggare' and utbildningsniva is null",
                Long.class);
        assertThat((double) utanUtbildning / alla).as("mostly recorded").isLessThan(0.15);

        long sokerVidStart = jdbc.queryForObject(
                "select count(*) from deltagande where skapad_av = 'handlaggare' and arbetssokande_start = true",
                Long.class);
        assertThat((double) sokerVidStart / alla).isBetween(0.15, 0.6);
        assertThat(jdbc.queryForObject(
                        "select count(*) from deltagande where skapad_av = 'handlaggare' and ((arbetssokande_slut is null) <> (slutdatum is null"
                                + " or avslutsanledning = 'FELREGISTRERING'))",
                        Long.class))
                .as("arbetssökande at exit recorded exactly for real exits")
                .isZero();
        assertThat(jdbc.queryForObject(
                        "select count(*) from deltagande where skapad_av = 'handlaggare' and arbetssokande_slut = true"
                                + " and avslutsanledning = 'ARBETSSOKANDE'",
                        Long.class))
                .isGreaterThan(jdbc.queryForObject(
                        "select count(*) from deltagande where arbetssokande_slut = false"
                                + " and avslutsanledning = 'ARBETSSOKANDE'",
                        Long.class));

        // Sysselsättning varies before and after: hours of each kind at entry and at exit.
        for (String kolumn : List.of("arbete_med_stod", "arbete_utan_stod", "studier", "eget_foretag")) {
            assertThat(jdbc.queryForObject(
                            "select count(*) from deltagande where timmar_start_" + kolumn + " > 0", Long.class))
                    .as("entries with " + kolumn)
                    .isPositive();
            assertThat(jdbc.queryForObject(
                            "select count(*) from deltagande where timmar_slut_" + kolumn + " > 0", Long.class))
                    .as("exits with " + kolumn)
                    .isPositive();
        }
        // Some keep exactly the same sources of support at exit.
        assertThat(jdbc.queryForObject(
                        "select count(*) from deltagande d where d.slutdatum is not null"
                                + " and d.avslutsanledning <> 'FELREGISTRERING' and not exists (select 1 from"
                                + " deltagande_forsorjning a where a.deltagande_id = d.id and not exists (select 1"
                                + " from deltagande_forsorjning b where b.deltagande_id = d.id and b.kalla = a.kalla"
                                + " and b.tillfalle <> a.tillfalle))",
                        Long.class))
                .as("exits with unchanged försörjning")
                .isPositive();
    }

    /** Share of the exited, non-felregistrerade demo participations with the source ticked at the occasion. */
    private double andel(String tillfalle, String kalla) {
        String urval = " from deltagande d where d.slutdatum is not null and d.avslutsanledning <> 'FELREGISTRERING'";
        long bas = jdbc.queryForObject("select count(*)" + urval, Long.class);
        long med = jdbc.queryForObject(
                "select count(*)" + urval + " and exists (select 1 from deltagande_forsorjning f "
                        + "where f.deltagande_id = d.id and f.tillfalle = ? and f.kalla = ?)",
                Long.class,
                tillfalle,
                kalla);
        return (double) med / bas;
    }
}
