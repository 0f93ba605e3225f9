package se.finsam.sus.forsorjning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import se.finsam.sus.DatabaseTest;
import se.finsam.sus.audit.AuditAtgard;
import se.finsam.sus.audit.AuditFilter;
import se.finsam.sus.audit.AuditService;

@WithMockUser(username = "importor", roles = "SYSTEMADMINISTRATOR")
class ForsorjningImportServiceTest extends DatabaseTest {

    private static final String UTB = "kvartal;omrade;forman;belopp_kr\n";

    @Autowired
    ForsorjningImportService importer;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AuditService audit;

    @BeforeEach
    void tom() {
        Testdata.tom(jdbc);
    }

    private ImportResultat importera(Filtyp typ, String text) {
        return importer.importera(typ, "test.csv", Testdata.fil(text));
    }

    private int rader(String tabell) {
        return jdbc.queryForObject("select count(*) from " + tabell, Integer.class);
    }

    @Test
    void importsReplacesAndLeavesUnchangedRowsAndRecordsHistory() throws Exception {
        String fil = "\uFEFF" + UTB + "2013K2;0114;SJP;1234,50\r\n2013K2;0114;EKB;0\r\n2013K2;0180-01;AKASSA;99.9\r\n";
        ImportResultat forsta = importera(Filtyp.UTBETALNINGAR, fil);
        assertThat(forsta.fel()).isEmpty();
        assertThat(forsta.lyckad()).isTrue();
        assertThat(forsta.antalRader()).isEqualTo(3);
        assertThat(forsta.nya()).isEqualTo(3);
        assertThat(forsta.checksumma())
                .isEqualTo(HexFormat.of()
                        .formatHex(MessageDigest.getInstance("SHA-256").digest(fil.getBytes(StandardCharsets.UTF_8))));
        assertThat(jdbc.queryForObject(
                        "select belopp from forsorjning_utbetalning where omrade = '0114' and ar = 2013"
                                + " and kv = 2 and forman = 'SJP'",
                        java.math.BigDecimal.class))
                .isEqualByComparingTo("1234.50");

        ImportResultat igen = importera(Filtyp.UTBETALNINGAR, fil);
        assertThat(igen.lyckad()).isTrue();
        assertThat(igen.nya()).isZero();
        assertThat(igen.ersatta()).isZero();
        assertThat(igen.oforandrade()).isEqualTo(3);
        assertThat(rader("forsorjning_utbetalning")).isEqualTo(3);

        ImportResultat andrad = importera(
                Filtyp.UTBETALNINGAR,
                "kvartal,omrade,forman,belopp_kr\n2013K2,0114,SJP,1000.00\n2013K2,0114,EKB,0\n2013K3,0114,EKB,5\n");
        assertThat(andrad.lyckad()).isTrue();
        assertThat(andrad.nya()).isEqualTo(1);
        assertThat(andrad.ersatta()).isEqualTo(1);
        assertThat(andrad.oforandrade()).isEqualTo(1);
        assertThat(rader("forsorjning_utbetalning")).isEqualTo(4);
        assertThat(jdbc.queryForObject(
                        "select belopp from forsorjning_utbetalning where omrade = '0114' and ar = 2013"
                                + " and kv = 2 and forman = 'SJP'",
                        java.math.BigDecimal.class))
                .isEqualByComparingTo("1000");

        assertThat(importer.antalImporter()).isEqualTo(3);
        ImportPost senaste = importer.historik(0, 10).getFirst();
        assertThat(senaste.anvandare()).isEqualTo("importor");
        assertThat(senaste.filnamn()).isEqualTo("test.csv");
        assertThat(senaste.lyckad()).isTrue();
        assertThat(senaste.antalRader()).isEqualTo(3);
        assertThat(senaste.checksumma()).hasSize(64);
        assertThat(audit.rakna(new AuditFilter(null, null, "importor", AuditAtgard.FORSORJNING_IMPORT)))
                .isGreaterThanOrEqualTo(3);
        assertThat(rader("forsorjning_stage_utbetalning")).isZero();
    }

    @Test
    void wrongHeaderIsAnErrorOnLineOne() {
        ImportResultat r = importera(Filtyp.UTBETALNINGAR, "kvartal;kommun;forman;belopp_kr\n2013K2;0114;SJP;1\n");
        assertThat(r.lyckad()).isFalse();
        assertThat(r.fel()).singleElement().satisfies(f -> {
            assertThat(f.rad()).isEqualTo(1);
            assertThat(f.meddelande()).contains("rubrikrad");
        });
        assertThat(importera(Filtyp.BEFOLKNING, "").fel().getFirst().meddelande())
                .contains("tom");
        assertThat(importera(Filtyp.BEFOLKNING, UTB).lyckad()).isFalse();
    }

    @Test
    void everyKindOfRowErrorIsReportedWithLineColumnAndValueAndNothingIsStored() {
        importera(Filtyp.UTBETALNINGAR, UTB + "2012K1;0114;SJP;10\n");
        String fil = UTB
                + "2013K2;0114;SJP;100\n" // 2 ok
                + "2013K5;0114;SJP;100\n" // 3 bad quarter
                + "13K2;0114;SJP;100\n" // 4 bad quarter
                + "2013K2;9999;SJP;100\n" // 5 unknown kommun
                + "2013K2;0180-99;SJP;100\n" // 6 unknown stadsdel
                + "2013K2;0114;XYZ;100\n" // 7 unknown benefit
                + "2013K2;0115;SJP;-5\n" // 8 negative
                + "2013K2;0115;SA;abc\n" // 9 not a number
                + "2013K2;0115;AE;1,234\n" // 10 too many decimals
                + "2013K2;0114;SJP;200\n" // 11 duplicate of line 2
                + "2013K2;0114;SA\n" // 12 wrong column count
                + "0999K1;0114;SJP;1\n"; // 13 an odd but well-formed quarter: no error
        ImportResultat r = importera(Filtyp.UTBETALNINGAR, fil);
        assertThat(r.lyckad()).isFalse();
        assertThat(r.antalFel()).isEqualTo(10);
        assertThat(r.fel()).extracting(ImportFel::rad).containsExactly(3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L, 11L, 12L);
        assertThat(r.fel().get(0)).isEqualTo(r.fel().get(0)).satisfies(f -> {
            assertThat(f.kolumn()).isEqualTo("kvartal");
            assertThat(f.varde()).isEqualTo("2013K5");
        });
        assertThat(r.fel().get(2).meddelande()).isEqualTo("okänd kommunkod");
        assertThat(r.fel().get(2).kolumn()).isEqualTo("omrade");
        assertThat(r.fel().get(3).meddelande()).isEqualTo("okänd stadsdelskod");
        assertThat(r.fel().get(4).kolumn()).isEqualTo("forman");
        assertThat(r.fel().get(5).meddelande()).startsWith("negativt");
        assertThat(r.fel().get(6).meddelande()).startsWith("inte ett tal");
        assertThat(r.fel().get(7).meddelande()).startsWith("för många decimaler");
        assertThat(r.fel().get(8).meddelande()).isEqualTo("dubblett: samma nyckel som rad 2");
        assertThat(r.fel().get(9).meddelande()).startsWith("fel antal kolumner");
        // nothing stored, the earlier import untouched, the rejected import recorded
        assertThat(rader("forsorjning_utbetalning")).isEqualTo(1);
        assertThat(importer.historik(0, 1).getFirst().lyckad()).isFalse();
        assertThat(importer.historik(0, 1).getFirst().antalFel()).isEqualTo(10);
        assertThat(rader("forsorjning_stage_utbetalning")).isZero();
    }

    @Test
    void commaSeparatedFilesTakeOnlyAPointAsDecimalMark() {
        ImportResultat r = importera(Filtyp.UTBETALNINGAR, "kvartal,omrade,forman,belopp_kr\n2013K2,0114,SJP,1,5\n");
        assertThat(r.fel())
                .singleElement()
                .satisfies(f -> assertThat(f.meddelande()).startsWith("fel antal kolumner"));
        assertThat(importera(Filtyp.UTBETALNINGAR, "kvartal,omrade,forman,belopp_kr\n2013K2,0114,SJP,1.5\n")
                        .lyckad())
                .isTrue();
    }

    @Test
    void intoAnEmptyTableTooAnErrorOnTheLastLineStoresNothing() {
        StringBuilder fil = new StringBuilder(UTB);
        for (int kv = 1; kv <= 4; kv++) {
            for (String f : List.of("SJP", "SA", "AE", "AKASSA", "AKST", "ETAB", "EKB", "EKB_FLYKT", "INTRO")) {
                fil.append("2013K").append(kv).append(";0114;").append(f).append(";12.5\n");
            }
        }
        ImportResultat fel = importera(Filtyp.UTBETALNINGAR, fil + "2013K1;0114;SJP;1\n");
        assertThat(fel.lyckad()).isFalse();
        assertThat(fel.fel()).singleElement().satisfies(f -> {
            assertThat(f.rad()).isEqualTo(38);
            assertThat(f.meddelande()).isEqualTo("dubblett: samma nyckel som rad 2");
            assertThat(f.varde()).isEqualTo("2013K1,0114,SJP");
        });
        assertThat(rader("forsorjning_utbetalning")).isZero();

        ImportResultat ok = importera(Filtyp.UTBETALNINGAR, fil.toString());
        assertThat(ok.lyckad()).isTrue();
        assertThat(ok.nya()).isEqualTo(36);
        assertThat(rader("forsorjning_utbetalning")).isEqualTo(36);
    }

    @Test
    void atMostTheFirstHundredErrorsAndTheirCount() {
        StringBuilder fil = new StringBuilder(UTB);
        for (int i = 0; i < 150; i++) {
            fil.append("2013K2;0114;SJP;x").append(i).append('\n');
        }
        ImportResultat r = importera(Filtyp.UTBETALNINGAR, fil.toString());
        assertThat(r.antalFel()).isEqualTo(150);
        assertThat(r.fel()).hasSize(100);
        assertThat(r.fel().getFirst().rad()).isEqualTo(2);
        assertThat(r.fel().getLast().rad()).isEqualTo(101);
    }

    @Test
    void populationAndFullYearEquivalentFiles() {
        ImportResultat b = importera(
                Filtyp.BEFOLKNING,
                "ar;omrade;befolkning_16_64\n2012;0114;25000\n" + "2012;0115;12.5\n2012;0115;-1\n12;0115;1\n");
        assertThat(b.fel())
                .extracting(ImportFel::meddelande)
                .containsExactly("inte ett heltal", "negativt värde (måste vara ≥ 0)", "ogiltigt år (väntade ÅÅÅÅ)");
        assertThat(importera(Filtyp.BEFOLKNING, "ar;omrade;befolkning_16_64\n2012;0114;25000\n")
                        .nya())
                .isEqualTo(1);

        ImportResultat h = importera(
                Filtyp.HELARSEKVIVALENTER,
                "ar;omrade;forman;helarsekvivalenter;befolkning_20_64\n2021;00;SJP;1;10\n2021;01;SA_AE;2;10\n"
                        + "2021;0114;AKASSA;3;10\n2021;99;EKB;1;1\n");
        assertThat(h.fel()).extracting(ImportFel::rad).containsExactly(4L, 5L);
        assertThat(h.antalRader()).isEqualTo(4);
    }

    @Test
    @WithMockUser(roles = "RAPPORTLASARE")
    void onlySystemAdministratorsImport() {
        assertThatThrownBy(() -> importera(Filtyp.BEFOLKNING, "ar;omrade;befolkning_16_64\n"))
                .isInstanceOf(AuthorizationDeniedException.class);
    }
}
