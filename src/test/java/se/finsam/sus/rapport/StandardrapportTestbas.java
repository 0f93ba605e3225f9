package se.finsam.sus.rapport;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import se.finsam.sus.DatabaseTest;
import se.finsam.sus.KaribuTest;
import se.finsam.sus.base.Roll;
import se.finsam.sus.base.Sprak;
import se.finsam.sus.behorighet.AnvandarAdministration;
import se.finsam.sus.behorighet.Arbetsgivare;
import se.finsam.sus.behorighet.NyAnvandare;
import se.finsam.sus.behorighet.Omfattning;
import se.finsam.sus.behorighet.TestInloggning;
import se.finsam.sus.behorighet.UppdragAdministration;

/**
 * What the Standardrapport and Kostnadsrapport tests share: the hand-computed fixture, logins (the system
 * administrator reads riket; rapportläsare with a län or förbund uppdrag), running a report and finding a cell by
 * table heading, row label and column heading.
 */
abstract class StandardrapportTestbas extends DatabaseTest {

    static final String LOSENORD = "gröna äpplen på taket";

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    RapportService rapporter;

    @Autowired
    AnvandarAdministration anvandare;

    @Autowired
    UppdragAdministration uppdrag;

    @Autowired
    AuthenticationConfiguration authenticationConfiguration;

    StandardrapportFixtur fx;

    /** The fixture's participations leave with the class (see {@link StandardrapportFixtur#rensa}). */
    @AfterAll
    static void rensa(@Autowired JdbcTemplate jdbc) {
        StandardrapportFixtur.rensa(jdbc);
    }

    @BeforeEach
    void fixtur() {
        fx = StandardrapportFixtur.sakerstall(jdbc);
    }

    @AfterEach
    void loggaUt() {
        SecurityContextHolder.clearContext();
    }

    Rapport kor(Rapportfamilj familj, String period, Enhet enhet, boolean jamfor) {
        Rapporturval urval = new Rapporturval(Period.tolka(period), enhet, null, null, null, false, jamfor, null);
        return rapporter.kor(familj, urval, Sprak.SVENSKA);
    }

    void loggaInSomAdmin() throws Exception {
        TestInloggning.fullt(losenordssteg("admin", KaribuTest.DEMO_LOSENORD));
    }

    /** A new rapportläsare with one uppdrag (a län or a förbund), logged in. */
    String loggaInSomRapportlasare(Omfattning omfattning, String lan, Long forbund) throws Exception {
        loggaInSomAdmin();
        String namn = "rapportlasare-" + UUID.randomUUID().toString().substring(0, 8);
        anvandare.skapa(new NyAnvandare(
                namn,
                "Rapportläsare " + namn,
                Arbetsgivare.KOMMUN,
                "Testkommun",
                Set.of(Roll.RAPPORTLASARE),
                LOSENORD));
        LocalDate idag = LocalDate.now();
        uppdrag.geRapportuppdrag(namn, omfattning, lan, forbund, idag, idag.plusYears(1));
        SecurityContextHolder.clearContext();
        TestInloggning.fullt(losenordssteg(namn, LOSENORD));
        return namn;
    }

    int nekade(String anvandarnamn) {
        return jdbc.queryForObject(
                "select count(*) from audit_post where atgard = 'ATKOMST_NEKAD' and anvandare = ?",
                Integer.class,
                anvandarnamn);
    }

    private Authentication losenordssteg(String namn, String losenord) throws Exception {
        return authenticationConfiguration
                .getAuthenticationManager()
                .authenticate(UsernamePasswordAuthenticationToken.unauthenticated(namn, losenord));
    }

    static Rapporttabell tabell(Rapport rapport, String rubrik) {
        return rapport.tabeller().stream()
                .filter(t -> t.rubrik().equals(rubrik))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no table '" + rubrik + "' in "
                        + rapport.tabeller().stream().map(Rapporttabell::rubrik).toList()));
    }

    static Cell cell(Rapporttabell t, String rad, String kolumn) {
        int r = -1;
        for (int i = 0; i < t.rader().size(); i++) {
            if (t.rader().get(i).etikett().equals(rad)) {
                r = i;
            }
        }
        int k = -1;
        for (int i = 0; i < t.kolumner().size(); i++) {
            if (t.kolumner().get(i).rubrik().equals(kolumn)) {
                k = i;
            }
        }
        assertThat(r).as("row '%s' in '%s'", rad, t.rubrik()).isNotNegative();
        assertThat(k)
                .as("column '%s' in '%s' %s", kolumn, t.rubrik(), t.kolumner())
                .isNotNegative();
        return t.cell(r, k);
    }

    /** The whole number in a cell, hidden or not (the protection keeps the value; the view shows ".."). */
    static long tal(Rapporttabell t, String rad, String kolumn) {
        return cell(t, rad, kolumn).heltal();
    }

    static boolean dold(Rapporttabell t, String rad, String kolumn) {
        return cell(t, rad, kolumn).dold();
    }
}
