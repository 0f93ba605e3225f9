package se.finsam.sus.rapport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.finsam.sus.rapport.DeltagarrapportTest.cell;
import static se.finsam.sus.rapport.DeltagarrapportTest.n;
import static se.finsam.sus.rapport.DeltagarrapportTest.tabell;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import se.finsam.sus.DatabaseTest;
import se.finsam.sus.base.Sprak;
import se.finsam.sus.behorighet.TestInloggning;

/**
 * The Deltagarrapport through {@link RapportService} on {@link DeltagarrapportFixtur}: small counts hidden
 * (primary, secondary, shares and changes built on hidden counts), and the reader's scope (län, förbund) inside
 * the figures, with units outside it refused and audited.
 */
class DeltagarrapportSkyddTest extends DatabaseTest {

    private static final String LOSENORD = "deltagarrapporten räknas för hand";
    private static final String SP = "Sjukpenning (inkl. rehabiliteringspenning)";

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    RapportService service;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    AuthenticationConfiguration auth;

    @BeforeEach
    void fixtur() {
        DeltagarrapportFixtur.skapa(jdbc);
    }

    @AfterEach
    void logout() {
        SecurityContextHolder.clearContext();
    }

    private Rapport kor(String enhet, boolean perKon) {
        Rapporturval urval =
                new Rapporturval(Period.tolka("2005"), Enhet.tolka(enhet), null, null, null, perKon, false, null);
        return service.kor(Rapportfamilj.DELTAGARE, urval, Sprak.SVENSKA);
    }

    @Test
    void smallCountsAreHiddenWithSecondaryCellsSharesAndChanges() throws Exception {
        loggaIn("deltagarrapport-riket", "RIKET", null, null);
        Rapport r = kor("riket", true);
        Rapporttabell o = tabell(r.tabeller(), "Översikt");
        // Deltaganden: kvinnor 6, män 6, övriga 1 (p9), total 13. Övriga is hidden (primary); the row total is
        // shown, so one of the two sixes is hidden too (secondary); the total stays.
        assertThat(cell(o, "Deltaganden i perioden", "Övriga").dold()).isTrue();
        assertThat(cell(o, "Deltaganden i perioden", "Kvinnor").dold()
                        ^ cell(o, "Deltaganden i perioden", "Män").dold())
                .isTrue();
        assertThat(cell(o, "Deltaganden i perioden", "Totalt").dold()).isFalse();
        assertThat(n(o, "Deltaganden i perioden", "Totalt")).isEqualTo(13);
        assertThat(o.fotnoter()).anyMatch(f -> f.contains("färre än 5"));

        Rapport ohel = kor("riket", false);
        Rapporttabell f = tabell(ohel.tabeller(), "Försörjning vid start");
        // Sjukpenning 3 at entry, 2 at exit: both hidden, and with them the shares, the change and the change %.
        assertThat(cell(f, SP, "Vid start").dold()).isTrue();
        assertThat(cell(f, SP, "Andel vid start %").dold()).isTrue();
        assertThat(cell(f, SP, "Förändring").dold()).isTrue();
        assertThat(cell(f, SP, "Förändring %").dold()).isTrue();
        // Offentlig försörjning at entry: all 5 avslutade, shown with its share of 100 %; zeros are shown.
        assertThat(cell(f, "Offentlig försörjning", "Vid start").dold()).isFalse();
        assertThat(cell(f, "Offentlig försörjning", "Andel vid start %").varde())
                .isEqualByComparingTo("100.0");
        assertThat(cell(f, "Offentlig försörjning", "Andel vid start %").dold()).isFalse();
        assertThat(cell(f, "Lön", "Vid start").dold()).isFalse();
        // Offentlig at exit is 3: hidden, and so is its share.
        assertThat(cell(f, "Offentlig försörjning", "Andel vid avslut %").dold())
                .isTrue();
        Rapporttabell m = tabell(ohel.tabeller(), "Övergångar: försörjning");
        assertThat(cell(m, SP, "Lön").dold()).isTrue();
        assertThat(cell(m, "Vid avslut", "Vid start").dold()).isFalse();
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_post where atgard = 'RAPPORT_KORD' and anvandare = ?"
                                + " and objekt_id = 'deltagare'",
                        Long.class,
                        "deltagarrapport-riket"))
                .isGreaterThanOrEqualTo(2);
    }

    @Test
    void aLanReaderSeesOnlyItsLanAndIsRefusedElsewhere() throws Exception {
        loggaIn("deltagarrapport-lan24", "LAN", "24", null);
        // Västerbottens län holds G2 only: p6, p9, p10, m1–m6 (9 counted), p6 and p10 ended.
        Rapporttabell o = tabell(kor("lan-24", false).tabeller(), "Översikt");
        assertThat(n(o, "Deltaganden i perioden", "Antal")).isEqualTo(9);
        assertThat(n(o, "varav avslutade", "Antal")).isEqualTo(2);
        assertThat(cell(o, "varav avslutade", "Antal").dold()).isTrue();
        long fore = nekade("deltagarrapport-lan24");
        assertThatThrownBy(() -> kor("riket", false)).isInstanceOf(Urvalsfel.class);
        assertThatThrownBy(() -> kor("forbund-" + DeltagarrapportFixtur.g1, false))
                .isInstanceOf(Urvalsfel.class);
        assertThat(nekade("deltagarrapport-lan24")).isEqualTo(fore + 2);
    }

    @Test
    void aForbundReaderSeesOnlyItsForbund() throws Exception {
        loggaIn("deltagarrapport-g1", "ORGANISATION", null, DeltagarrapportFixtur.g1);
        // G1: p1, p2, p3, p4 counted (p5 felregistrering, p7 anonymised, p8 ended 2004); p1 p2 p3 ended.
        Rapporttabell o =
                tabell(kor("forbund-" + DeltagarrapportFixtur.g1, false).tabeller(), "Översikt");
        assertThat(n(o, "Deltaganden i perioden", "Antal")).isEqualTo(4);
        assertThat(n(o, "varav avslutade", "Antal")).isEqualTo(3);
        long fore = nekade("deltagarrapport-g1");
        assertThatThrownBy(() -> kor("forbund-" + DeltagarrapportFixtur.g2, false))
                .isInstanceOf(Urvalsfel.class);
        assertThatThrownBy(() -> kor("lan-23", false)).isInstanceOf(Urvalsfel.class);
        assertThat(nekade("deltagarrapport-g1")).isEqualTo(fore + 2);
        // The riket reader's figures for the same förbund are the same; for riket they differ.
        SecurityContextHolder.clearContext();
        loggaIn("deltagarrapport-riket", "RIKET", null, null);
        Rapporttabell g1 =
                tabell(kor("forbund-" + DeltagarrapportFixtur.g1, false).tabeller(), "Översikt");
        assertThat(n(g1, "Deltaganden i perioden", "Antal")).isEqualTo(4);
        Rapporttabell riket = tabell(kor("riket", false).tabeller(), "Översikt");
        assertThat(n(riket, "Deltaganden i perioden", "Antal")).isEqualTo(13);
    }

    private long nekade(String anvandare) {
        return jdbc.queryForObject(
                "select count(*) from audit_post where atgard = 'ATKOMST_NEKAD' and anvandare = ?",
                Long.class,
                anvandare);
    }

    /** A rapportläsare with one uppdrag ({@code omfattning} RIKET, LAN or ORGANISATION), logged in. */
    private void loggaIn(String namn, String omfattning, String lan, Long organisation) throws Exception {
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
}
