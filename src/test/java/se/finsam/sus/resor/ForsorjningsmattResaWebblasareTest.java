package se.finsam.sus.resor;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import se.finsam.sus.webb.ForsorjningsmattSida;
import se.finsam.sus.webb.Webbsession;

/**
 * Journey 4: a visitor without login opens the public försörjningsmått dashboard, picks the förbund Norra
 * Stockholm and a quarter, compares its member kommuner, and downloads the CSV, whose figures are those of the page.
 *
 * <p>The journey's own data lie in a quarter no other test uses (2036K1; the population at the end of 2035), with
 * values that can be checked by hand. They are written straight into the tables, as {@code ForsorjningsmattViewTest}
 * does: the import is the system administrator's journey with tests of its own; this one is the visitor's.
 */
class ForsorjningsmattResaWebblasareTest extends Resa {

    private static final String KVARTAL = "2036K1";
    private static final String VALLENTUNA = "Vallentuna";

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void kvartalMedKandaVarden() {
        // Only this quarter: the dashboard opens on all quarters with data, so other tests' data (or the demo's)
        // would make the page slow and the journey depend on them. The other försörjningsmått tests also start
        // from empty tables.
        for (String tabell :
                new String[] {"forsorjning_utbetalning", "forsorjning_befolkning", "forsorjning_helarsekvivalent"}) {
            jdbc.update("delete from " + tabell);
        }
        jdbc.update("insert into forsorjning_befolkning (omrade, ar, befolkning_16_64) values"
                + " ('0114', 2035, 10000), ('0115', 2035, 20000)");
        // 2036K1 has 91 days (a leap year). Upplands Väsby (0114): 910 000 kr sjukpenning → 1 kr per inhabitant
        // 16–64 and day, 4 550 000 kr ekonomiskt bistånd → 5 kr, totalt 6 kr. Vallentuna (0115): 5 460 000 kr
        // sjukpenning / (20 000 × 91) → 3 kr. Norra Stockholm's third kommun (0120) has no figures.
        jdbc.update("insert into forsorjning_utbetalning (omrade, ar, kv, forman, belopp) values"
                + " ('0114', 2036, 1, 'SJP', 910000), ('0114', 2036, 1, 'EKB', 4550000),"
                + " ('0115', 2036, 1, 'SJP', 5460000)");
    }

    @Test
    void visitorComparesTheKommunerOfAForbundAndDownloadsTheCsv() throws Exception {
        Webbsession webb = webblasare();
        startaResan();
        ForsorjningsmattSida dashboard = webb.forsorjningsmatt()
                .oppna()
                .valjOmrade(sv("fm.niva.forbund"), NORRA_STOCKHOLM)
                .valjKvartal(KVARTAL, KVARTAL);
        List<List<String>> medlemmar = dashboard.rader("fm-medlemmar");
        webb.skarmbild("resa4-forsorjningsmatt-forbund.png");
        assertThat(varde(medlemmar, UPPLANDS_VASBY)).isEqualByComparingTo("6");
        assertThat(varde(medlemmar, VALLENTUNA)).isEqualByComparingTo("3");

        Path csv = dashboard.laddaNedCsv();
        List<String> rader = Files.readAllLines(csv, StandardCharsets.UTF_8).stream()
                .map(r -> r.replace("\uFEFF", ""))
                .toList();
        List<List<String>> falt =
                rader.stream().map(r -> List.of(r.split(";", -1))).toList();
        assertThat(varde(falt, UPPLANDS_VASBY)).isEqualByComparingTo("6");
        assertThat(varde(falt, VALLENTUNA)).isEqualByComparingTo("3");
        assertThat(rader).anySatisfy(r -> assertThat(r).contains(sv("fm.medlemmar", KVARTAL)));
        assertThat(resanTog("4 (visitor: försörjningsmått of a förbund, kommuner compared, CSV)"))
                .isLessThan(60_000);
    }

    /**
     * The first figure on the first row whose first cell is the area's name (or the marked "▶ name"), read with
     * a decimal comma or point, so that the journey holds whichever the export uses.
     */
    private static BigDecimal varde(List<List<String>> rader, String omrade) {
        List<String> rad = rader.stream()
                .filter(r -> r.get(0).replace("▶", "").replace("\"", "").strip().equals(omrade))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no row " + omrade + " in " + rader));
        return new BigDecimal(
                rad.get(1).replace('\u2212', '-').replaceAll("[\\s\u00a0]", "").replace(',', '.'));
    }
}
