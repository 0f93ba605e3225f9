package se.finsam.sus.forsorjning;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import se.finsam.sus.DatabaseTest;

/**
 * The stored sums of län and riket give exactly the computed measure, after imports into empty tables, after
 * imports that replace and add rows (payments and population), and are left untouched by a rejected import.
 */
@WithMockUser(username = "importor", roles = "SYSTEMADMINISTRATOR")
class LagradeSummorTest extends DatabaseTest {

    private static final String UTB = "kvartal;omrade;forman;belopp_kr\n";
    private static final String BEF = "ar;omrade;befolkning_16_64\n";

    @Autowired
    ForsorjningImportService importer;

    @Autowired
    ForsorjningsmattService matt;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void tom() {
        Testdata.tom(jdbc);
    }

    @AfterEach
    void aterstall() {
        matt.lagrade = false;
        Testdata.tom(jdbc);
    }

    private void importera(Filtyp typ, String text, boolean lyckad) {
        ImportResultat r = importer.importera(typ, "test.csv", Testdata.fil(text));
        assertThat(r.lyckad()).as("%s", r.fel()).isEqualTo(lyckad);
    }

    /** The measure of riket and län 01 and 12 over 2012K1–2016K4, from the stored sums equals the computed one. */
    private void lika() {
        for (Omrade omrade : List.of(matt.omrade("riket", null), matt.omrade("lan", "01"), matt.omrade("lan", "12"))) {
            Kvartal fran = new Kvartal(2012, 1);
            Kvartal till = new Kvartal(2016, 4);
            matt.lagrade = false;
            Matt beraknad = matt.berakna(omrade, fran, till);
            matt.lagrade = true;
            Matt lagrad = matt.berakna(omrade, fran, till);
            assertThat(lagrad.varden()).hasSameSizeAs(beraknad.varden());
            for (int i = 0; i < beraknad.varden().size(); i++) {
                KvartalsVarde b = beraknad.varden().get(i);
                KvartalsVarde l = lagrad.varden().get(i);
                assertThat(l.befolkning())
                        .as("%s %s", omrade.kod(), b.kvartal())
                        .isEqualTo(b.befolkning());
                assertThat(l.komplett()).isEqualTo(b.komplett());
                assertThat(l.saknas()).as("%s %s", omrade.kod(), b.kvartal()).isEqualTo(b.saknas());
                assertThat(l.krPerInvanareOchDag() == null).isEqualTo(b.krPerInvanareOchDag() == null);
                if (b.krPerInvanareOchDag() != null) {
                    for (Map.Entry<String, BigDecimal> e :
                            b.krPerInvanareOchDag().entrySet()) {
                        assertThat(l.krPerInvanareOchDag().get(e.getKey()))
                                .as("%s %s %s", omrade.kod(), b.kvartal(), e.getKey())
                                .isEqualByComparingTo(e.getValue());
                    }
                }
            }
        }
    }

    private List<Map<String, Object>> summor() {
        return jdbc.queryForList("select * from forsorjning_summa order by omrade, ar, kv");
    }

    @Test
    void storedSumsEqualTheComputedMeasureThroughImports() {
        importera(Filtyp.BEFOLKNING, BEF + "2012;0114;1000\n2012;0180;5000\n2013;1280;3000\n2013;0180-01;700\n", true);
        StringBuilder utb = new StringBuilder(UTB);
        for (String q : List.of("2013K1", "2013K2", "2013K3", "2014K1", "2014K4")) {
            for (String m : List.of("0114", "0180", "0115", "1280", "0180-01")) {
                utb.append(q)
                        .append(';')
                        .append(m)
                        .append(";SJP;")
                        .append(m.hashCode() % 1000 + 100.25)
                        .append('\n');
                utb.append(q).append(';').append(m).append(";EKB;333.33\n");
            }
        }
        utb.append("2013K2;0114;INTRO;17.01\n");
        importera(Filtyp.UTBETALNINGAR, utb.toString(), true);
        assertThat(summor()).isNotEmpty();
        assertThat(jdbc.queryForObject(
                        "select antal_medlemmar from forsorjning_summa where omrade = '00' and ar = 2014 and kv = 1",
                        Integer.class))
                .isEqualTo(3);
        lika();

        // Replaced and new rows, a new quarter with a kommun of its own.
        importera(
                Filtyp.UTBETALNINGAR,
                UTB + "2013K2;0114;SJP;5000\n2013K2;0180;AE;12.5\n2015K3;0115;EKB;10\n2015K3;1280;SA;99\n"
                        + "2014K4;0180;EKB;0\n",
                true);
        lika();

        // Population replaced and added: the nearest earlier year changes for later quarters.
        importera(Filtyp.BEFOLKNING, BEF + "2012;0114;1500\n2013;0115;2000\n2014;0180;0\n", true);
        assertThat(jdbc.queryForObject(
                        "select befolkning_16_64 from forsorjning_summa where omrade = '01' and ar = 2015 and kv = 3",
                        Long.class))
                .isEqualTo(2000);
        lika();

        // A rejected import (an error on its last line) leaves the sums as they were.
        List<Map<String, Object>> fore = summor();
        importera(Filtyp.UTBETALNINGAR, UTB + "2013K1;0114;SJP;1\n2016K1;0114;SJP;1\n2016K1;9999;SJP;1\n", false);
        importera(Filtyp.BEFOLKNING, BEF + "2011;0115;5\n2011;0115;6\n", false);
        assertThat(summor()).isEqualTo(fore);
        lika();
        assertThat(Objects.requireNonNull(fore)).isNotEmpty();
    }
}
