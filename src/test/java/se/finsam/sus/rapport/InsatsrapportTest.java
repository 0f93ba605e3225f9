package se.finsam.sus.rapport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
 * The Insatsrapport on the hand-computed {@link InsatsrapportFixtur} (docs/rapporter.md, "Insatsrapport"). Every
 * expected figure is worked out in the comments from the fixture's table.
 */
class InsatsrapportTest extends DatabaseTest {

    static final Locale SV = Locale.forLanguageTag("sv");

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
        return rapporter.kor(Rapportfamilj.INSATSER, urval(fraga), SV);
    }

    static Rapporturval urval(String fraga) {
        Map<String, List<String>> p = new java.util.LinkedHashMap<>();
        for (String del : fraga.split("&")) {
            String[] kv = del.split("=", 2);
            p.put(kv[0], List.of(kv[1]));
        }
        return Rapporturval.tolka(p, Period.ar(1992), Enhet.RIKET);
    }

    static Rapporttabell tabell(Rapport r, String rubrik) {
        return r.tabeller().stream()
                .filter(t -> t.rubrik().equals(rubrik))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no table " + rubrik + " in "
                        + r.tabeller().stream().map(Rapporttabell::rubrik).toList()));
    }

    static int rad(Rapporttabell t, String etikett) {
        for (int r = 0; r < t.rader().size(); r++) {
            if (t.rader().get(r).etikett().equals(etikett)) {
                return r;
            }
        }
        throw new AssertionError("no row " + etikett + " in " + t.rubrik());
    }

    static int kolumn(Rapporttabell t, String rubrik) {
        for (int k = 0; k < t.kolumner().size(); k++) {
            if (t.kolumner().get(k).rubrik().equals(rubrik)) {
                return k;
            }
        }
        throw new AssertionError("no column " + rubrik + " in " + t.rubrik());
    }

    static Cell cell(Rapporttabell t, String rad, String kolumn) {
        return t.cell(rad(t, rad), kolumn(t, kolumn));
    }

    static long tal(Rapporttabell t, String rad, String kolumn) {
        return cell(t, rad, kolumn).heltal();
    }

    @Test
    void countsPerVariableForRiket1992() {
        Rapport r = kor("period=1992&enhet=riket");
        // Active in 1992: A (open), B (Mar–Jun), D (Jun–Dec), E (1990–1993); C ended 1991-12-31.
        Rapporttabell inriktning = tabell(r, "Insatser per inriktning");
        assertThat(tal(inriktning, "Individinriktad", "Antal insatser")).isEqualTo(3); // A, D, E
        assertThat(tal(inriktning, "Strukturövergripande", "Antal insatser")).isEqualTo(1); // B
        assertThat(tal(inriktning, "Totalt", "Antal insatser")).isEqualTo(4);
        assertThat(cell(inriktning, "Individinriktad", "Andel av insatserna (%)")
                        .varde())
                .isEqualByComparingTo(new BigDecimal("75.0")); // 3 / 4
        Rapporttabell precis = tabell(r, "Insatser per preciserad inriktning");
        assertThat(tal(precis, "Förberedande", "Antal insatser")).isEqualTo(1); // A
        assertThat(tal(precis, "Förebyggande", "Antal insatser")).isZero(); // C is not active
        assertThat(tal(precis, "Kartläggning av behov", "Antal insatser")).isEqualTo(1); // E
        Rapporttabell malgrupp = tabell(r, "Insatser per målgrupp");
        assertThat(tal(malgrupp, "Alla (ingen specificerad målgrupp)", "Antal insatser"))
                .isEqualTo(2); // D, E
        assertThat(tal(malgrupp, "Unga vuxna", "Antal insatser")).isEqualTo(1); // A
        assertThat(tal(malgrupp, "Utrikes födda", "Antal insatser")).isEqualTo(1); // A again
        assertThat(tal(malgrupp, "Personal", "Antal insatser")).isEqualTo(1); // B
        assertThat(tal(malgrupp, "Totalt", "Antal insatser")).isEqualTo(4); // each insats once, rows add up to 5
        Rapporttabell behov = tabell(r, "Insatser per prioriterad behovsgrupp");
        assertThat(tal(behov, "Långtidssjukskrivna", "Antal insatser")).isEqualTo(2); // A, B (structure-wide counts)
        assertThat(tal(behov, "Unga med funktionsnedsättning", "Antal insatser"))
                .isEqualTo(1); // D
        assertThat(tal(behov, "Unga med aktivitetsersättning", "Antal insatser"))
                .isEqualTo(1); // D (C inactive)
        assertThat(tal(behov, "Någon prioriterad behovsgrupp", "Antal insatser"))
                .isEqualTo(3); // A, B, D
        assertThat(tal(behov, "Ingen prioriterad behovsgrupp", "Antal insatser"))
                .isEqualTo(1); // E
        Rapporttabell metod = tabell(r, "Insatser per uppföljningsmetod");
        assertThat(tal(metod, "Individuppföljning", "Antal insatser")).isEqualTo(2); // A, E
        assertThat(tal(metod, "Endast antal", "Antal insatser")).isEqualTo(2); // B, D
        Rapporttabell esf = tabell(r, "Insatser med ESF-medel");
        assertThat(tal(esf, "Ja", "Antal insatser")).isEqualTo(2); // A, E
        assertThat(tal(esf, "Nej", "Antal insatser")).isEqualTo(2);
        // Counts of insatser are never hidden, however small.
        assertThat(r.tabeller().stream()
                        .filter(t -> !t.rubrik().equals("Insatser under perioden"))
                        .noneMatch(Rapporttabell::harDoldaCeller))
                .isTrue();
    }

    @Test
    void theListHasEveryActiveInsatsWithItsParticipantsAndALink() {
        Rapporttabell lista = tabell(kor("period=1992&enhet=riket"), "Insatser under perioden");
        // Ordered by förbund, then insats: Ett (A, B), Tre (E), Två (D); C is not active in 1992.
        assertThat(lista.rader().stream().map(Rad::etikett))
                .containsExactly("Insats A", "Insats B", "Insats E", "Insats D", "Totalt");
        assertThat(lista.rader().get(0).lank()).isEqualTo("insatser/" + InsatsrapportFixtur.INSATS.get("A"));
        assertThat(cell(lista, "Insats A", "Målgrupper").text()).isEqualTo("Unga vuxna, Utrikes födda");
        assertThat(cell(lista, "Insats A", "Prioriterade behovsgrupper").text()).isEqualTo("Långtidssjukskrivna");
        assertThat(cell(lista, "Insats A", "ESF-medel").text()).isEqualTo("Ja");
        assertThat(cell(lista, "Insats D", "Slutdatum").text()).isEqualTo("1992-12-31");
        // A: planned 20 (1992 budget, not 1991's 10); participations counted a1, a2, a3 = 3 (a4 ended 1991,
        // a5 felregistrering, a6 starts 1993); anonymous 1992: 2 + 1 + 0 = 3; total 6.
        assertThat(tal(lista, "Insats A", "Planerade deltagare")).isEqualTo(20);
        assertThat(tal(lista, "Insats A", "Deltagare med personuppgifter")).isEqualTo(3);
        assertThat(tal(lista, "Insats A", "Anonyma deltagare")).isEqualTo(3);
        assertThat(tal(lista, "Insats A", "Volymuppgifter")).isZero();
        assertThat(tal(lista, "Insats A", "Deltagare totalt")).isEqualTo(6);
        // B is structure-wide: no participants, its anonymous counts (3, 2, 0) never count: "–".
        assertThat(cell(lista, "Insats B", "Deltagare totalt").varde()).isNull();
        assertThat(cell(lista, "Insats B", "Planerade deltagare").varde()).isNull();
        // E: e1 (the person of a1, in two insatser at once) + e2..e6 = 6; no budget, no counts.
        assertThat(tal(lista, "Insats E", "Deltagare med personuppgifter")).isEqualTo(6);
        assertThat(tal(lista, "Insats E", "Planerade deltagare")).isZero();
        // D is followed by counts only: 4 + 3 + 1 = 8 volume counts; planned 12.
        assertThat(tal(lista, "Insats D", "Volymuppgifter")).isEqualTo(8);
        assertThat(tal(lista, "Insats D", "Anonyma deltagare")).isZero();
        assertThat(tal(lista, "Insats D", "Planerade deltagare")).isEqualTo(12);
        // Totals: planned 20 + 12 = 32; personal data 3 + 6 = 9; anonymous 3; volume 8; in all 20.
        assertThat(tal(lista, "Totalt", "Planerade deltagare")).isEqualTo(32);
        assertThat(tal(lista, "Totalt", "Deltagare med personuppgifter")).isEqualTo(9);
        assertThat(tal(lista, "Totalt", "Anonyma deltagare")).isEqualTo(3);
        assertThat(tal(lista, "Totalt", "Volymuppgifter")).isEqualTo(8);
        assertThat(tal(lista, "Totalt", "Deltagare totalt")).isEqualTo(20);
    }

    @Test
    void smallCountsInTheListAreHiddenPrimaryAndSecondaryWithTotalsShown() {
        Rapporttabell lista = tabell(kor("period=1992&enhet=riket"), "Insatser under perioden");
        // Primary: A's 3 with personal data and 3 anonymous.
        assertThat(cell(lista, "Insats A", "Deltagare med personuppgifter").dold())
                .isTrue();
        assertThat(cell(lista, "Insats A", "Anonyma deltagare").dold()).isTrue();
        // Secondary: the column "med personuppgifter" has a shown total 9 and one hidden cell (A's 3), so its
        // smallest other non-zero cell, E's 6, is hidden too (else 9 − 6 = 3 gives A's away).
        assertThat(cell(lista, "Insats E", "Deltagare med personuppgifter").dold())
                .isTrue();
        assertThat(cell(lista, "Totalt", "Deltagare med personuppgifter").dold())
                .isFalse();
        assertThat(cell(lista, "Totalt", "Deltagare totalt").dold()).isFalse();
        assertThat(cell(lista, "Insats D", "Deltagare totalt").dold()).isFalse();
        // Planned participants are places, not persons: never hidden.
        assertThat(cell(lista, "Insats A", "Planerade deltagare").dold()).isFalse();
        assertThat(lista.fotnoter()).anyMatch(f -> f.contains(".."));
    }

    @Test
    void periodRulesOverlapAndPreviousYear() {
        // 1991: A (from 1991-01-01), C (1991), E → 3 insatser; B and D start in 1992.
        Rapport r = kor("period=1991&enhet=riket");
        assertThat(tal(tabell(r, "Insatser per inriktning"), "Totalt", "Antal insatser"))
                .isEqualTo(3);
        Rapporttabell lista = tabell(r, "Insatser under perioden");
        // A in 1991: a1 (from June) and a4 → 2; anonymous 1991: 1; planned 10.
        assertThat(tal(lista, "Insats A", "Deltagare med personuppgifter")).isEqualTo(2);
        assertThat(tal(lista, "Insats A", "Anonyma deltagare")).isEqualTo(1);
        assertThat(tal(lista, "Insats A", "Planerade deltagare")).isEqualTo(10);
        // Tertial 1992-T3 (Sep–Dec): A, D, E are active (B ended in June); A's participations counted: a1, a3
        // (a2 ended in March); anonymous counts are per year, so 1992's 3.
        Rapport t3 = kor("period=1992-T3&enhet=riket");
        assertThat(tal(tabell(t3, "Insatser per inriktning"), "Totalt", "Antal insatser"))
                .isEqualTo(3);
        assertThat(tal(tabell(t3, "Insatser under perioden"), "Insats A", "Deltagare med personuppgifter"))
                .isEqualTo(2);
        // Free dates ending the day an insats starts still overlap it: 1992-01-01..1992-03-01 holds B (starts
        // 03-01) but not D (starts 06-01).
        Rapport fritt = kor("period=1992-01-01..1992-03-01&enhet=riket");
        assertThat(tabell(fritt, "Insatser under perioden").rader().stream().map(Rad::etikett))
                .contains("Insats B")
                .doesNotContain("Insats D");
    }

    @Test
    void compareRiketShowsTheLanSideBySideAndAForbundInTwoLanOnceInTheTotal() {
        Rapport r = kor("period=1992&enhet=riket&jamfor=ja");
        Rapporttabell inriktning = tabell(r, "Insatser per inriktning");
        // Jämtland (23): F1 (A, B) and F2 (D) → individinriktade A, D = 2, structure-wide B = 1, total 3.
        assertThat(tal(inriktning, "Individinriktad", "Jämtlands län")).isEqualTo(2);
        assertThat(tal(inriktning, "Totalt", "Jämtlands län")).isEqualTo(3);
        // Västerbotten (24): F2 only → D.
        assertThat(tal(inriktning, "Totalt", "Västerbottens län")).isEqualTo(1);
        // Norrbotten (25): F3 → E.
        assertThat(tal(inriktning, "Totalt", "Norrbottens län")).isEqualTo(1);
        // Riket: D counted once → 4, not 3 + 1 + 1 = 5.
        assertThat(tal(inriktning, "Totalt", "Totalt")).isEqualTo(4);
        assertThat(inriktning.kolumner().get(inriktning.kolumner().size() - 1).summa())
                .isTrue();
        // The list is one row per insats also when compared.
        assertThat(tabell(r, "Insatser under perioden").rader()).hasSize(5);
    }

    @Test
    void compareLanShowsItsForbund() {
        Rapport r = kor("period=1992&enhet=lan-23&jamfor=ja");
        Rapporttabell behov = tabell(r, "Insatser per prioriterad behovsgrupp");
        assertThat(tal(behov, "Långtidssjukskrivna", "Rapporttest Ett")).isEqualTo(2); // A, B
        assertThat(tal(behov, "Unga med aktivitetsersättning", "Rapporttest Två"))
                .isEqualTo(1); // D
        assertThat(tal(behov, "Totalt", "Totalt")).isEqualTo(3);
        assertThat(behov.kolumner().stream().map(Kolumn::rubrik)).doesNotContain("Rapporttest Tre");
    }

    @Test
    void lanScopedReaderSeesOnlyItsLanAndIsRefusedAnotherWithAnAuditRow() throws Exception {
        InsatsrapportFixtur.loggaIn(jdbc, encoder, auth, "ir-lan24", "LAN", "24", null);
        Rapport r = kor("period=1992&enhet=lan-24");
        // Västerbotten: F2 → D only.
        assertThat(tal(tabell(r, "Insatser per inriktning"), "Totalt", "Antal insatser"))
                .isEqualTo(1);
        assertThat(tabell(r, "Insatser under perioden").rader().stream().map(Rad::etikett))
                .containsExactly("Insats D", "Totalt");
        long fore = nekade("ir-lan24");
        assertThatThrownBy(() -> kor("period=1992&enhet=lan-23")).isInstanceOf(Urvalsfel.class);
        assertThatThrownBy(() -> kor("period=1992&enhet=riket")).isInstanceOf(Urvalsfel.class);
        assertThatThrownBy(() -> kor("period=1992&enhet=forbund-" + InsatsrapportFixtur.f3))
                .isInstanceOf(Urvalsfel.class);
        assertThat(nekade("ir-lan24")).isEqualTo(fore + 3);
    }

    @Test
    void forbundScopedReaderSeesOnlyItsForbund() throws Exception {
        InsatsrapportFixtur.loggaIn(jdbc, encoder, auth, "ir-forbund3", "ORGANISATION", null, InsatsrapportFixtur.f3);
        Rapport r = kor("period=1992&enhet=forbund-" + InsatsrapportFixtur.f3);
        assertThat(tal(tabell(r, "Insatser per inriktning"), "Totalt", "Antal insatser"))
                .isEqualTo(1); // E
        assertThat(tal(tabell(r, "Insatser under perioden"), "Totalt", "Deltagare med personuppgifter"))
                .isEqualTo(6);
        assertThatThrownBy(() -> kor("period=1992&enhet=forbund-" + InsatsrapportFixtur.f1))
                .isInstanceOf(Urvalsfel.class);
        assertThatThrownBy(() -> kor("period=1992&enhet=lan-25")).isInstanceOf(Urvalsfel.class);
        assertThatThrownBy(() -> kor("period=1992&enhet=insats-" + InsatsrapportFixtur.INSATS.get("A")))
                .isInstanceOf(Urvalsfel.class);
    }

    @Test
    void filtersApplyToTheInsats() {
        // målgrupp ALLA: D and E.
        Rapport r = kor("period=1992&enhet=riket&malgrupp=ALLA");
        assertThat(tal(tabell(r, "Insatser per inriktning"), "Totalt", "Antal insatser"))
                .isEqualTo(2);
        // inriktning STRUKTUROVERGRIPANDE: B only, whose list row has no participants.
        Rapport s = kor("period=1992&enhet=riket&inriktning=STRUKTUROVERGRIPANDE");
        Rapporttabell lista = tabell(s, "Insatser under perioden");
        assertThat(lista.rader().stream().map(Rad::etikett)).containsExactly("Insats B", "Totalt");
        assertThat(tal(lista, "Totalt", "Deltagare totalt")).isZero();
    }

    private long nekade(String anvandare) {
        return jdbc.queryForObject(
                "select count(*) from audit_post where anvandare = ? and atgard = 'ATKOMST_NEKAD'",
                Long.class,
                anvandare);
    }
}
