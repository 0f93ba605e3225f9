package se.finsam.sus.forsorjning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import se.finsam.sus.DatabaseTest;

/**
 * Hand-computed values. 2024 is a leap year: 2024K1 has 91 days. Population at 31 Dec 2023:
 * A = 0114 1000, B = 0115 2000; C = 0380 (another län) only 2021: 3000 (and 2024: 9999, which 2024 must not use);
 * D = 0117 has payments but no population; E = 0120 population but no payments.
 */
class ForsorjningsmattServiceTest extends DatabaseTest {

    static final String A = "0114";
    static final String B = "0115";
    static final String C = "0380";
    static final String D = "0117";
    static final String E = "0120";

    @Autowired
    ForsorjningsmattService matt;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void data() {
        Testdata.tom(jdbc);
        befolkning(A, 2023, 1000);
        befolkning(A, 2022, 500);
        befolkning(B, 2023, 2000);
        befolkning(C, 2021, 3000);
        befolkning(C, 2024, 9999);
        befolkning(E, 2023, 4000);
        utbetalning(A, 2024, 1, "SJP", "91000");
        utbetalning(A, 2024, 1, "ETAB", "54600");
        utbetalning(A, 2024, 1, "EKB", "54600");
        utbetalning(A, 2024, 1, "EKB_FLYKT", "109200");
        utbetalning(A, 2024, 1, "INTRO", "163800");
        utbetalning(A, 2024, 1, "SA", "0");
        utbetalning(B, 2024, 1, "SJP", "182000");
        utbetalning(B, 2024, 1, "AKASSA", "546000");
        utbetalning(C, 2024, 1, "SA", "273000");
        utbetalning(D, 2024, 1, "SJP", "1000000");
        utbetalning(A, 2023, 1, "SJP", "90000");
    }

    void befolkning(String omrade, int ar, int antal) {
        jdbc.update(
                "insert into forsorjning_befolkning (omrade, ar, befolkning_16_64) values (?, ?, ?)",
                omrade,
                ar,
                antal);
    }

    void utbetalning(String omrade, int ar, int kv, String forman, String belopp) {
        jdbc.update(
                "insert into forsorjning_utbetalning (omrade, ar, kv, forman, belopp) values (?, ?, ?, ?, ?)",
                omrade,
                ar,
                kv,
                forman,
                new BigDecimal(belopp));
    }

    static void lika(Map<String, BigDecimal> kr, Map<String, String> forvantat) {
        assertThat(kr.keySet()).containsExactlyElementsOf(Forman.serienamn());
        forvantat.forEach((serie, v) -> assertThat(kr.get(serie)).as(serie).isEqualByComparingTo(v));
    }

    @Test
    void daysPerQuarterIncludingLeapYears() {
        assertThat(Kvartal.parse("2024K1").dagar()).isEqualTo(91);
        assertThat(Kvartal.parse("2023K1").dagar()).isEqualTo(90);
        assertThat(Kvartal.parse("2000K1").dagar()).isEqualTo(91);
        assertThat(Kvartal.parse("1900K1").dagar()).isEqualTo(90);
        assertThat(Kvartal.parse("2023K2").dagar()).isEqualTo(91);
        assertThat(Kvartal.parse("2023K3").dagar()).isEqualTo(92);
        assertThat(Kvartal.parse("2023K4").dagar()).isEqualTo(92);
        assertThatThrownBy(() -> Kvartal.parse("2023K5")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void kommunInALeapYearFirstQuarterWithEveryEkonomisktBistandView() {
        Matt m = matt.berakna(matt.omrade("kommun", A), Kvartal.parse("2024K1"), Kvartal.parse("2024K1"));
        assertThat(m.omrade().namn()).isEqualTo("Upplands Väsby");
        KvartalsVarde v = m.varden().getFirst();
        assertThat(v.dagar()).isEqualTo(91);
        assertThat(v.befolkning()).isEqualTo(1000);
        assertThat(v.komplett()).isTrue();
        assertThat(v.saknas()).isEmpty();
        // 91000 / (1000 × 91) = 1.0 and so on
        lika(
                v.krPerInvanareOchDag(),
                Map.ofEntries(
                        Map.entry("TOTALT", "5.2"),
                        Map.entry("SJP", "1.0"),
                        Map.entry("SA", "0"),
                        Map.entry("AE", "0"),
                        Map.entry("AKASSA", "0"),
                        Map.entry("AKST", "0"),
                        Map.entry("ETAB", "0.6"),
                        Map.entry("EKB", "0.6"),
                        Map.entry("EKB_FLYKT", "1.2"),
                        Map.entry("INTRO", "1.8"),
                        Map.entry("OHALSA", "1.0"),
                        Map.entry("ARBETSMARKNAD", "0.6"),
                        Map.entry("EKONOMISKT_BISTAND", "3.6"),
                        Map.entry("EKB_EXKL", "0.6"),
                        Map.entry("EKB_INKL", "3.6")));
    }

    @Test
    void populationIsFromTheYearBeforeWithFallbackToTheNearestEarlierYear() {
        // 2023K1: 90 days, population 31 Dec 2022 = 500 → 90000 / (500 × 90) = 2
        KvartalsVarde a = matt.berakna(matt.omrade("kommun", A), Kvartal.parse("2023K1"), Kvartal.parse("2023K1"))
                .varden()
                .getFirst();
        assertThat(a.befolkning()).isEqualTo(500);
        assertThat(a.krPerInvanareOchDag().get("SJP")).isEqualByComparingTo("2");
        // C in 2024: no 2023 figure, so 2021 (3000), never 2024's: 273000 / (3000 × 91) = 1
        KvartalsVarde c = matt.berakna(matt.omrade("kommun", C), Kvartal.parse("2024K1"), Kvartal.parse("2024K1"))
                .varden()
                .getFirst();
        assertThat(c.befolkning()).isEqualTo(3000);
        assertThat(c.krPerInvanareOchDag().get("SA")).isEqualByComparingTo("1");
        assertThat(c.komplett()).isTrue();
    }

    @Test
    void missingIsNotZero() {
        // D: payments but no population; A in 2024K2: no rows at all
        KvartalsVarde d = matt.berakna(matt.omrade("kommun", D), Kvartal.parse("2024K1"), Kvartal.parse("2024K1"))
                .varden()
                .getFirst();
        assertThat(d.krPerInvanareOchDag()).isNull();
        assertThat(d.befolkning()).isNull();
        assertThat(d.komplett()).isFalse();
        assertThat(d.saknas()).containsExactly(D);
        List<KvartalsVarde> a = matt.berakna(matt.omrade("kommun", A), Kvartal.parse("2024K1"), Kvartal.parse("2024K2"))
                .varden();
        assertThat(a).extracting(v -> v.kvartal().toString()).containsExactly("2024K1", "2024K2");
        assertThat(a.get(1).krPerInvanareOchDag()).isNull();
        assertThat(a.get(1).saknas()).containsExactly(A);
    }

    @Test
    void aSetOfThreeKommunerAcrossTwoLanSumsAmountsAndPopulation() {
        Omrade forbund = Omrade.forbund("test", "Testförbundet", List.of(A, B, C));
        KvartalsVarde v = matt.berakna(forbund, Kvartal.parse("2024K1"), Kvartal.parse("2024K1"))
                .varden()
                .getFirst();
        assertThat(v.befolkning()).isEqualTo(6000);
        assertThat(v.komplett()).isTrue();
        // denominator 6000 × 91 = 546000
        lika(
                v.krPerInvanareOchDag(),
                Map.ofEntries(
                        Map.entry("TOTALT", "2.7"),
                        Map.entry("SJP", "0.5"),
                        Map.entry("SA", "0.5"),
                        Map.entry("AE", "0"),
                        Map.entry("AKASSA", "1.0"),
                        Map.entry("AKST", "0"),
                        Map.entry("ETAB", "0.1"),
                        Map.entry("EKB", "0.1"),
                        Map.entry("EKB_FLYKT", "0.2"),
                        Map.entry("INTRO", "0.3"),
                        Map.entry("OHALSA", "1.0"),
                        Map.entry("ARBETSMARKNAD", "1.1"),
                        Map.entry("EKONOMISKT_BISTAND", "0.6"),
                        Map.entry("EKB_EXKL", "0.1"),
                        Map.entry("EKB_INKL", "0.6")));
    }

    @Test
    void anAggregateLeavesOutMembersWithoutPaymentsOrPopulationAndSaysSo() {
        Omrade forbund = Omrade.forbund("test", "Testförbundet", List.of(A, B, C, D, E));
        KvartalsVarde v = matt.berakna(forbund, Kvartal.parse("2024K1"), Kvartal.parse("2024K1"))
                .varden()
                .getFirst();
        assertThat(v.befolkning()).isEqualTo(6000);
        assertThat(v.komplett()).isFalse();
        assertThat(v.saknas()).containsExactly(D, E);
        assertThat(v.krPerInvanareOchDag().get("TOTALT")).isEqualByComparingTo("2.7");

        // Uppsala län: only C has data
        KvartalsVarde lan = matt.berakna(matt.omrade("lan", "03"), Kvartal.parse("2024K1"), Kvartal.parse("2024K1"))
                .varden()
                .getFirst();
        assertThat(lan.befolkning()).isEqualTo(3000);
        assertThat(lan.saknas()).hasSize(7).doesNotContain(C);
        assertThat(lan.krPerInvanareOchDag().get("SA")).isEqualByComparingTo("1");

        // riket: A, B, C included (D has no population)
        KvartalsVarde riket = matt.berakna(matt.omrade("riket", null), Kvartal.parse("2024K1"), Kvartal.parse("2024K1"))
                .varden()
                .getFirst();
        assertThat(riket.befolkning()).isEqualTo(6000);
        assertThat(riket.saknas()).hasSize(287).contains(D, E);
        assertThat(riket.krPerInvanareOchDag().get("TOTALT")).isEqualByComparingTo("2.7");
    }

    @Test
    void riketSumsPerBenefitAndAnyOtherAreaPerMemberWithTheSameResult() {
        Omrade riket = matt.omrade("riket", null);
        Omrade allaKommuner = Omrade.forbund("alla", "Alla kommuner", riket.medlemmar());
        // From 2023: B's first figure is for 2023, so B counts only from 2024; C's 2024 figure is not used in 2024.
        Matt perForman = matt.berakna(riket, Kvartal.parse("2023K1"), Kvartal.parse("2024K1"));
        Matt perMedlem = matt.berakna(allaKommuner, Kvartal.parse("2023K1"), Kvartal.parse("2024K1"));
        assertThat(perForman.varden()).isEqualTo(perMedlem.varden());
        // 2023K1: only A: 90 000 / (500 × 90) = 2 kr.
        lika(perForman.varden().getFirst().krPerInvanareOchDag(), Map.of("TOTALT", "2", "SJP", "2"));
        // 2024K1: A 473 200 + B 728 000 + C 273 000 = 1 474 200 kr; (1 000 + 2 000 + 3 000) × 91 days = 546 000.
        KvartalsVarde v = perForman.varden().getLast();
        lika(v.krPerInvanareOchDag(), Map.of("TOTALT", "2.7", "SA", "0.5", "AKASSA", "1"));
        assertThat(v.befolkning()).isEqualTo(6000L);
        assertThat(v.saknas()).contains(D, E).doesNotContain(A, B, C);
    }

    @Test
    void riketWhenEveryoneHasPopulationFromTheSameFirstYear() {
        jdbc.update("delete from forsorjning_befolkning where omrade in (?, ?)", A, C);
        Omrade riket = matt.omrade("riket", null);
        Matt perForman = matt.berakna(riket, Kvartal.parse("2023K1"), Kvartal.parse("2024K1"));
        assertThat(perForman.varden())
                .isEqualTo(matt.berakna(
                                Omrade.forbund("alla", "Alla kommuner", riket.medlemmar()),
                                Kvartal.parse("2023K1"),
                                Kvartal.parse("2024K1"))
                        .varden());
        assertThat(perForman.varden().getFirst().krPerInvanareOchDag())
                .as("2023: nobody has population yet")
                .isNull();
        // 2024K1: only B: 728 000 / (2 000 × 91) = 4 kr.
        lika(perForman.varden().getLast().krPerInvanareOchDag(), Map.of("TOTALT", "4", "AKASSA", "3"));
    }

    @Test
    void eachMemberOnItsOwnForOneQuarter() {
        Map<String, KvartalsVarde> per =
                matt.perMedlem(Omrade.forbund("test", "Testförbundet", List.of(E, B, A, D)), Kvartal.parse("2024K1"));
        assertThat(per.keySet()).containsExactly(E, B, A, D);
        // A: 473 200 / (1 000 × 91) = 5.2; B: 728 000 / (2 000 × 91) = 4.
        lika(per.get(A).krPerInvanareOchDag(), Map.of("TOTALT", "5.2", "SJP", "1", "EKB_INKL", "3.6", "ETAB", "0.6"));
        assertThat(per.get(A).befolkning()).isEqualTo(1000L);
        lika(per.get(B).krPerInvanareOchDag(), Map.of("TOTALT", "4", "AKASSA", "3", "OHALSA", "1"));
        assertThat(per.get(B).komplett()).isTrue();
        for (String saknas : List.of(D, E)) {
            assertThat(per.get(saknas).krPerInvanareOchDag())
                    .as(saknas + " is missing, not 0")
                    .isNull();
            assertThat(per.get(saknas).saknas()).containsExactly(saknas);
            assertThat(per.get(saknas).komplett()).isFalse();
        }
    }

    @Test
    void quartersWithDataAreTheCountrysDefaultRange() {
        assertThat(matt.kvartalMedData())
                .isNotEmpty()
                .isEqualTo(matt.berakna(matt.omrade("riket", null), null, null).varden().stream()
                        .map(KvartalsVarde::kvartal)
                        .toList());
    }

    @Test
    void defaultRangeIsTheQuartersWithDataAndQuestionsAreChecked() {
        Matt a = matt.berakna(matt.omrade("kommun", A), null, null);
        assertThat(a.varden())
                .extracting(v -> v.kvartal().toString())
                .containsExactly("2023K1", "2023K2", "2023K3", "2023K4", "2024K1");
        assertThat(a.varden().get(1).krPerInvanareOchDag()).isNull();
        assertThatThrownBy(() -> matt.omrade("socken", "1")).isInstanceOf(OgiltigFragaException.class);
        assertThatThrownBy(() -> matt.omrade("kommun", "9999")).isInstanceOf(OgiltigFragaException.class);
        assertThatThrownBy(() -> matt.omrade("kommun", null)).isInstanceOf(OgiltigFragaException.class);
        assertThatThrownBy(() -> matt.omrade("forbund", "999999")).hasMessageContaining("okänd kod");
        assertThatThrownBy(
                        () -> matt.berakna(matt.omrade("kommun", A), Kvartal.parse("2024K2"), Kvartal.parse("2024K1")))
                .isInstanceOf(OgiltigFragaException.class);
        assertThat(matt.omrade("stadsdel", "0180-01").namn()).isEqualTo("Rinkeby-Kista");
    }

    @Test
    @WithMockUser(roles = "SYSTEMADMINISTRATOR")
    void scbCheckRiket2021Is13Point3PerCent(@Autowired ForsorjningImportService importer) {
        // Test figures per benefit that add up to SCB's published riket total for 2021 (784 018 of 5 903 486).
        ImportResultat r = importer.importera(
                Filtyp.HELARSEKVIVALENTER,
                "scb.csv",
                Testdata.fil("ar;omrade;forman;helarsekvivalenter;befolkning_20_64\n"
                        + "2021;00;SJP;100000;5903486\n2021;00;SA_AE;300000;5903486\n"
                        + "2021;00;ARBETSLOSHET;150000;5903486\n2021;00;ATGARDER;100000;5903486\n"
                        + "2021;00;EKB;100000;5903486\n2021;00;ETAB;34018;5903486\n"
                        + "2021;0114;SJP;10;100\n2021;0115;SJP;30;100\n"));
        assertThat(r.fel()).isEmpty();
        HelarsVarde riket =
                matt.helarsekvivalenter(matt.omrade("riket", null), 2021).getFirst();
        assertThat(riket.helarsekvivalenter()).isEqualByComparingTo("784018");
        assertThat(riket.befolkning()).isEqualTo(5903486);
        assertThat(riket.andelProcent().setScale(1, RoundingMode.HALF_UP)).isEqualByComparingTo("13.3");
        assertThat(riket.perForman()).hasSize(6);
        // A förbund of two kommuner: summed, (10 + 30) / (100 + 100) = 20 %
        HelarsVarde forbund = matt.helarsekvivalenter(Omrade.forbund("f", "F", List.of(A, B, E)), 2021)
                .getFirst();
        assertThat(forbund.andelProcent()).isEqualByComparingTo("20");
        assertThat(forbund.saknas()).containsExactly(E);
    }
}
