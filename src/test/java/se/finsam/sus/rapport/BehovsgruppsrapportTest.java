package se.finsam.sus.rapport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.finsam.sus.rapport.InsatsrapportTest.cell;
import static se.finsam.sus.rapport.InsatsrapportTest.tabell;
import static se.finsam.sus.rapport.InsatsrapportTest.tal;

import java.math.BigDecimal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import se.finsam.sus.DatabaseTest;

/**
 * Prioriterade behovsgrupper (the återrapport) on the hand-computed {@link InsatsrapportFixtur}: Y = 1992 beside
 * Y − 1 = 1991 (docs/rapporter.md, "Prioriterade behovsgrupper").
 *
 * <pre>
 * Insatser 1992: A (LT), B (LT, structure-wide), D (UF, UA), E (none) → alla 4, LT 2, UF 1, UA 1, any 3 (75.0 %)
 * Insatser 1991: A (LT), C (UA), E → alla 3, LT 1, UF 0, UA 1, any 2 (66.7 %)
 * Deltagare 1992 (individinriktade with a flag; B never): A: a1 K, a2 M, a3 K + counts (2,1,0) → K4 M2 Ö0 = 6;
 *   D: counts (4,3,1) = 8. LT = A = (4,2,0) 6; UF = UA = D = (4,3,1) 8; any = A + D = (8,5,1) 14.
 * Deltagare 1991: A: a1 K, a4 M + counts (1,0,0) → (2,1,0) 3; C: c1 M → (0,1,0) 1.
 *   LT (2,1,0) 3; UF 0; UA (0,1,0) 1; any (2,2,0) 4. Change of any: 14 − 4 = +10.
 * </pre>
 */
class BehovsgruppsrapportTest extends DatabaseTest {

    @Autowired
    RapportService rapporter;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    AuthenticationConfiguration auth;

    @BeforeEach
    void fixtur() throws Exception {
        InsatsrapportFixtur.skapa(jdbc, encoder);
        InsatsrapportFixtur.loggaIn(jdbc, encoder, auth, "ir-riket", "RIKET", null, null);
    }

    @AfterEach
    void loggaUt() {
        SecurityContextHolder.clearContext();
    }

    private Rapport kor(String fraga) {
        return rapporter.kor(Rapportfamilj.BEHOVSGRUPPER, InsatsrapportTest.urval(fraga), InsatsrapportTest.SV);
    }

    @Test
    void insatserPerGroupWithSharesAndThePreviousYear() {
        Rapporttabell t = tabell(kor("period=1992&enhet=riket"), "Insatser för prioriterade behovsgrupper 1992");
        assertThat(tal(t, "Alla insatser", "1992, antal")).isEqualTo(4);
        assertThat(tal(t, "Långtidssjukskrivna", "1992, antal")).isEqualTo(2);
        assertThat(tal(t, "Unga med funktionsnedsättning", "1992, antal")).isEqualTo(1);
        assertThat(tal(t, "Unga med aktivitetsersättning", "1992, antal")).isEqualTo(1);
        assertThat(tal(t, "Någon av grupperna", "1992, antal")).isEqualTo(3);
        assertThat(cell(t, "Någon av grupperna", "1992, andel (%)").varde()).isEqualByComparingTo("75.0");
        assertThat(tal(t, "Alla insatser", "1991, antal")).isEqualTo(3);
        assertThat(tal(t, "Unga med funktionsnedsättning", "1991, antal")).isZero();
        assertThat(tal(t, "Någon av grupperna", "1991, antal")).isEqualTo(2);
        assertThat(cell(t, "Någon av grupperna", "1991, andel (%)").varde()).isEqualByComparingTo("66.7");
        assertThat(tal(t, "Någon av grupperna", "Förändring")).isEqualTo(1);
        assertThat(tal(t, "Unga med aktivitetsersättning", "Förändring")).isZero();
        assertThat(t.harDoldaCeller()).isFalse();
    }

    @Test
    void participantsByKonWithSmallCountsHidden() {
        Rapporttabell t =
                tabell(kor("period=1992&enhet=riket"), "Deltagare i insatser för prioriterade behovsgrupper 1992");
        // Any group 1992: (8, 5, 1) 14 — B's anonymous counts (3, 2, 0) never count, nor E's participants.
        assertThat(tal(t, "Någon av grupperna 1992", "Kvinnor")).isEqualTo(8);
        assertThat(tal(t, "Någon av grupperna 1992", "Män")).isEqualTo(5);
        assertThat(tal(t, "Någon av grupperna 1992", "Övriga/okänt")).isEqualTo(1);
        assertThat(tal(t, "Någon av grupperna 1992", "Totalt")).isEqualTo(14);
        assertThat(tal(t, "Långtidssjukskrivna 1992", "Totalt")).isEqualTo(6);
        assertThat(tal(t, "Unga med funktionsnedsättning 1992", "Totalt")).isEqualTo(8);
        assertThat(tal(t, "Långtidssjukskrivna 1991", "Totalt")).isEqualTo(3);
        assertThat(tal(t, "Unga med aktivitetsersättning 1991", "Män")).isEqualTo(1);
        assertThat(tal(t, "Någon av grupperna 1991", "Totalt")).isEqualTo(4);
        assertThat(tal(t, "Någon av grupperna, förändring", "Totalt")).isEqualTo(10);
        // Primary: Ö 1 hidden; secondary: the row's total 14 is shown, so its smallest other non-zero cell (män 5)
        // is hidden too; kvinnor 8 and the total stay.
        assertThat(cell(t, "Någon av grupperna 1992", "Övriga/okänt").dold()).isTrue();
        assertThat(cell(t, "Någon av grupperna 1992", "Män").dold()).isTrue();
        assertThat(cell(t, "Någon av grupperna 1992", "Kvinnor").dold()).isFalse();
        assertThat(cell(t, "Någon av grupperna 1992", "Totalt").dold()).isFalse();
        // A change built on a hidden count is hidden; 14 − 4 (4 hidden) too.
        assertThat(cell(t, "Någon av grupperna, förändring", "Män").dold()).isTrue();
        assertThat(cell(t, "Någon av grupperna, förändring", "Totalt").dold()).isTrue();
    }

    @Test
    void compareGivesOneRowPerUnitAndAForbundInTwoLanOnceInTheTotal() {
        Rapport r = kor("period=1992&enhet=riket&jamfor=ja");
        Rapporttabell t = tabell(r, "Insatser för prioriterade behovsgrupper 1992");
        // Jämtland: A, B, D active in 1992, all aimed at a group; Västerbotten: D; Norrbotten: E, none.
        assertThat(tal(t, "Jämtlands län", "Alla insatser 1992")).isEqualTo(3);
        assertThat(tal(t, "Jämtlands län", "Någon av grupperna 1992")).isEqualTo(3);
        assertThat(tal(t, "Västerbottens län", "Någon av grupperna 1992")).isEqualTo(1);
        assertThat(tal(t, "Norrbottens län", "Någon av grupperna 1992")).isZero();
        // Riket: D once → any 3 of 4, not 4 of 5.
        assertThat(tal(t, "Totalt", "Alla insatser 1992")).isEqualTo(4);
        assertThat(tal(t, "Totalt", "Någon av grupperna 1992")).isEqualTo(3);
        assertThat(tal(t, "Totalt", "Alla insatser 1991")).isEqualTo(3);
        Rapporttabell d = tabell(r, "Deltagare i insatser för någon av grupperna, 1992 jämfört med året före");
        assertThat(tal(d, "Jämtlands län", "Deltagare 1992")).isEqualTo(14); // A + D
        assertThat(tal(d, "Västerbottens län", "Deltagare 1992")).isEqualTo(8); // D
        assertThat(tal(d, "Totalt", "Deltagare 1992")).isEqualTo(14); // not 22
        assertThat(tal(d, "Totalt", "Deltagare 1991")).isEqualTo(4);
        assertThat(cell(d, "Totalt", "Deltagare 1991").dold()).isTrue(); // 4 < 5
        Rapporttabell k = tabell(r, "Deltagare i insatser för någon av grupperna 1992");
        assertThat(tal(k, "Västerbottens län", "Kvinnor")).isEqualTo(4);
        assertThat(tal(k, "Totalt", "Kvinnor")).isEqualTo(8);
    }

    @Test
    void aPeriodShorterThanAYearReportsItsWholeYearAndTwoYearsGiveTwoSections() {
        Rapport tertial = kor("period=1992-T1&enhet=riket");
        assertThat(tal(tabell(tertial, "Insatser för prioriterade behovsgrupper 1992"), "Alla insatser", "1992, antal"))
                .isEqualTo(4);
        Rapport tva = kor("period=1991-01-01..1992-12-31&enhet=riket");
        assertThat(tva.tabeller().stream().map(Rapporttabell::rubrik))
                .contains(
                        "Insatser för prioriterade behovsgrupper 1991", "Insatser för prioriterade behovsgrupper 1992");
        // 1990 (Y − 1 of 1991): only E was active.
        assertThat(tal(tabell(tva, "Insatser för prioriterade behovsgrupper 1991"), "Alla insatser", "1990, antal"))
                .isEqualTo(1);
    }

    @Test
    void forbundScopedReaderSeesOnlyItsForbund() throws Exception {
        InsatsrapportFixtur.loggaIn(jdbc, encoder, auth, "bg-forbund2", "ORGANISATION", null, InsatsrapportFixtur.f2);
        Rapport r = kor("period=1992&enhet=forbund-" + InsatsrapportFixtur.f2);
        Rapporttabell t = tabell(r, "Insatser för prioriterade behovsgrupper 1992");
        assertThat(tal(t, "Alla insatser", "1992, antal")).isEqualTo(1); // D
        assertThat(tal(t, "Någon av grupperna", "1992, antal")).isEqualTo(1);
        assertThat(cell(t, "Någon av grupperna", "1992, andel (%)").varde())
                .isEqualByComparingTo(new BigDecimal("100.0"));
        assertThat(tal(
                        tabell(r, "Deltagare i insatser för prioriterade behovsgrupper 1992"),
                        "Någon av grupperna 1992",
                        "Totalt"))
                .isEqualTo(8);
        assertThatThrownBy(() -> kor("period=1992&enhet=lan-23")).isInstanceOf(Urvalsfel.class);
    }
}
