package se.finsam.sus.forsorjning;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import se.finsam.sus.DatabaseTest;

class KommandoradOchDemoTest extends DatabaseTest {

    @Autowired
    ForsorjningImportService importer;

    @Autowired
    ForsorjningDemoData demo;

    @Autowired
    ForsorjningsmattService matt;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ObjectProvider<SecurityContextHolderStrategy> sakerhet;

    @BeforeEach
    void tom() {
        Testdata.tom(jdbc);
    }

    @Test
    void commandLineImportExitsWithZeroOrPrintsTheErrors(@TempDir Path katalog) throws Exception {
        Path bra = Files.writeString(katalog.resolve("bef.csv"), "ar;omrade;befolkning_16_64\n2012;0114;25000\n");
        Path dalig = Files.writeString(katalog.resolve("dalig.csv"), "ar;omrade;befolkning_16_64\n2012;0114;x\n");
        ImportKommandorad kommando = new ImportKommandorad(importer, sakerhet);
        ByteArrayOutputStream ut = new ByteArrayOutputStream();
        ByteArrayOutputStream fel = new ByteArrayOutputStream();
        PrintStream u = new PrintStream(ut, true, StandardCharsets.UTF_8);
        PrintStream f = new PrintStream(fel, true, StandardCharsets.UTF_8);
        assertThat(kommando.kor(List.of("import-forsorjning", "befolkning", bra.toString()), u, f))
                .isZero();
        assertThat(ut.toString(StandardCharsets.UTF_8)).contains("1 nya");
        assertThat(kommando.kor(List.of("import-forsorjning", "befolkning", dalig.toString()), u, f))
                .isEqualTo(1);
        assertThat(fel.toString(StandardCharsets.UTF_8)).contains("rad 2, kolumn befolkning_16_64, värde 'x'");
        assertThat(kommando.kor(List.of("import-forsorjning", "okand", bra.toString()), u, f))
                .isEqualTo(2);
        assertThat(kommando.kor(
                        List.of(
                                "import-forsorjning",
                                "befolkning",
                                katalog.resolve("nej").toString()),
                        u,
                        f))
                .isEqualTo(2);
        assertThat(jdbc.queryForList("select anvandare from forsorjning_import", String.class))
                .hasSize(2)
                .allSatisfy(a -> assertThat(a).startsWith("kommandorad:"));
        assertThat(sakerhet.getObject().getContext().getAuthentication()).isNull();
    }

    @Test
    void demoDataIsPlausibleFastAndLoadedOnce() {
        long start = System.nanoTime();
        demo.run(null);
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(10_000);
        assertThat(jdbc.queryForObject("select count(distinct omrade) from forsorjning_utbetalning", Integer.class))
                .isEqualTo(290);
        assertThat(jdbc.queryForObject("select count(*) from forsorjning_utbetalning", Integer.class))
                .isEqualTo(290 * 19 * 9);
        demo.run(null);
        assertThat(jdbc.queryForObject("select count(*) from forsorjning_utbetalning", Integer.class))
                .isEqualTo(290 * 19 * 9);
        Matt riket = matt.berakna(matt.omrade("riket", null), null, null);
        assertThat(riket.varden()).hasSize(19);
        assertThat(riket.varden()).allSatisfy(v -> {
            assertThat(v.komplett()).isTrue();
            assertThat(v.krPerInvanareOchDag().get("TOTALT").doubleValue()).isBetween(20.0, 90.0);
        });
        for (String kod : List.of("0180", "2584", "1280")) {
            assertThat(matt.berakna(matt.omrade("kommun", kod), null, null).varden())
                    .allSatisfy(v -> assertThat(
                                    v.krPerInvanareOchDag().get("TOTALT").doubleValue())
                            .isBetween(20.0, 90.0));
        }
        HelarsVarde he =
                matt.helarsekvivalenter(matt.omrade("riket", null), 2021).getFirst();
        assertThat(he.andelProcent().setScale(1, java.math.RoundingMode.HALF_UP))
                .isEqualByComparingTo("13.3");
    }
}
