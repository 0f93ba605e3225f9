package se.finsam.sus.rapport;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import se.finsam.sus.DatabaseTest;
import se.finsam.sus.base.Sprak;
import se.finsam.sus.base.SqlVillkor;
import se.finsam.sus.deltagare.Forsorjningskalla;

/**
 * The Deltagarrapport on the hand-computed {@link DeltagarrapportFixtur} (period 2005). Exact figures come from the
 * family itself (unprotected, as {@link RapportService} hands them to the protection); protection, scope and audit
 * through {@link RapportService}. Avslutade in 2005: p1, p2, p3, p6, p10 (5); counted: p1, p2, p3, p4, p6, p9,
 * p10, m1–m6 (13); p5 (felregistrering), p7 (anonymised) and p8 (ended 2004) never.
 */
class DeltagarrapportTest extends DatabaseTest {

    private static final Period AR_2005 = Period.tolka("2005");

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    NamedParameterJdbcTemplate named;

    @Autowired
    Deltagarrapport deltagarrapport;

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

    private List<Rapporttabell> ra(Rapporturval urval) {
        return deltagarrapport.tabeller(new Rapportfraga(named, urval, SqlVillkor.SANT, Sprak.SVENSKA));
    }

    private static Rapporturval urval(Enhet enhet, boolean perKon, boolean jamfor, Forsorjningskalla kalla) {
        return new Rapporturval(AR_2005, enhet, null, null, null, perKon, jamfor, kalla);
    }

    /** The two fixture förbund's insatser only: riket in 2005 holds nothing else, but be explicit where we can. */
    private static Rapporturval riket() {
        return urval(Enhet.RIKET, false, false, null);
    }

    static Rapporttabell tabell(List<Rapporttabell> t, String rubrikBorjan) {
        return t.stream()
                .filter(x -> x.rubrik().startsWith(rubrikBorjan))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no table " + rubrikBorjan + " in "
                        + t.stream().map(Rapporttabell::rubrik).toList()));
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
        assertThat(r).as("row " + rad + " in " + t.rubrik()).isNotNegative();
        assertThat(k).as("column " + kolumn + " in " + t.rubrik()).isNotNegative();
        return t.cell(r, k);
    }

    static long n(Rapporttabell t, String rad, String kolumn) {
        return cell(t, rad, kolumn).heltal();
    }

    static BigDecimal v(Rapporttabell t, String rad, String kolumn) {
        return cell(t, rad, kolumn).varde();
    }

    @Test
    void overviewCountsParticipationsNewEndedAndPersonsWithoutFelregistreringOrAnonymised() {
        Rapporttabell t = tabell(ra(riket()), "Översikt");
        // 13 counted (p5 felregistrering, p7 anonymised, p8 ended 2004 are not); new: all but p2 (started 2004);
        // avslutade p1 p2 p3 p6 p10; persons: h3 is p3 and p6, so 12.
        assertThat(n(t, "Deltaganden i perioden", "Antal")).isEqualTo(13);
        assertThat(n(t, "varav nya", "Antal")).isEqualTo(12);
        assertThat(n(t, "varav avslutade", "Antal")).isEqualTo(5);
        assertThat(n(t, "Personer", "Antal")).isEqualTo(12);
    }

    @Test
    void forsorjningAtEntryAndExitWithChangeSharesAndPublicOrOwnSupport() {
        Rapporttabell t = tabell(ra(riket()), "Försörjning vid start");
        String sp = "Sjukpenning (inkl. rehabiliteringspenning)";
        // At entry SP: p1 p3 p6 = 3; at exit SP: p3 p6 = 2; change -1, -33.3 %; shares of 5 avslutade.
        assertThat(n(t, sp, "Vid start")).isEqualTo(3);
        assertThat(n(t, sp, "Vid avslut")).isEqualTo(2);
        assertThat(n(t, sp, "Förändring")).isEqualTo(-1);
        assertThat(v(t, sp, "Förändring %")).isEqualByComparingTo("-33.3");
        assertThat(v(t, sp, "Andel vid start %")).isEqualByComparingTo("60.0");
        assertThat(v(t, sp, "Andel vid avslut %")).isEqualByComparingTo("40.0");
        // EB at entry p1 p2, none at exit: -2, -100 %.
        assertThat(n(t, "Ekonomiskt bistånd", "Vid start")).isEqualTo(2);
        assertThat(v(t, "Ekonomiskt bistånd", "Förändring %")).isEqualByComparingTo("-100.0");
        // Lön: 0 at entry, p1 p6 at exit: +2 and "–" (null) for the percentage.
        assertThat(n(t, "Lön", "Vid avslut")).isEqualTo(2);
        assertThat(n(t, "Lön", "Förändring")).isEqualTo(2);
        assertThat(v(t, "Lön", "Förändring %")).isNull();
        // p5 (felregistrering) had Lön at entry, p7 (anonymised) SP: neither counts.
        assertThat(n(t, "Lön", "Vid start")).isZero();
        // Offentlig: all five at entry; p3 p6 (SP) p10 (aktivitetsstöd) at exit. Egen: none at entry; p1 (lön),
        // p2 (studiemedel) at exit — p6 has lön and sjukpenning, so not egen.
        assertThat(n(t, "Offentlig försörjning", "Vid start")).isEqualTo(5);
        assertThat(n(t, "Offentlig försörjning", "Vid avslut")).isEqualTo(3);
        assertThat(n(t, "Egen försörjning", "Vid start")).isZero();
        assertThat(n(t, "Egen försörjning", "Vid avslut")).isEqualTo(2);
        assertThat(n(t, "Avslutade deltaganden", "Vid start")).isEqualTo(5);
        // Several ticks count under each: the sources at entry add up to 6 (p1 has two) for 5 avslutade.
        long summa = 0;
        for (int r = 0; r < Forsorjningskalla.values().length; r++) {
            summa += t.cell(r, 0).heltal();
        }
        assertThat(summa).isEqualTo(6);
    }

    @Test
    void transitionViewForTheMostCommonOrTheChosenSourceAndTheMatrix() {
        List<Rapporttabell> alla = ra(riket());
        // Default: the most common source at entry is sjukpenning (3); exits lön p1 p6, sjukpenning p3 p6.
        Rapporttabell o = tabell(alla, "Försörjning vid avslut för dem med");
        assertThat(o.rubrik()).contains("Sjukpenning");
        assertThat(o.fotnoter()).anyMatch(f -> f.contains("vanligaste"));
        assertThat(n(o, "Lön", "Antal")).isEqualTo(2);
        assertThat(v(o, "Lön", "Andel %")).isEqualByComparingTo("66.7");
        assertThat(n(o, "Sjukpenning (inkl. rehabiliteringspenning)", "Antal")).isEqualTo(2);
        assertThat(n(o, "Studiemedel", "Antal")).isZero();

        Rapporttabell vald = tabell(
                ra(urval(Enhet.RIKET, false, false, Forsorjningskalla.EKONOMISKT_BISTAND)),
                "Försörjning vid avslut för dem med");
        // EB at entry: p1 (to lön), p2 (to studiemedel).
        assertThat(n(vald, "Lön", "Antal")).isEqualTo(1);
        assertThat(n(vald, "Studiemedel", "Antal")).isEqualTo(1);
        assertThat(n(vald, "Avslutade med Ekonomiskt bistånd vid start", "Antal"))
                .isEqualTo(2);
        assertThat(vald.fotnoter()).noneMatch(f -> f.contains("vanligaste"));

        Rapporttabell m = tabell(alla, "Övergångar: försörjning");
        String sp = "Sjukpenning (inkl. rehabiliteringspenning)";
        // Pairs: p1 SP→LON, EB→LON; p2 EB→STUDIEMEDEL; p3 SP→SP; p6 SP→LON, SP→SP; p10 AS→AS.
        assertThat(n(m, sp, "Lön")).isEqualTo(2);
        assertThat(n(m, sp, sp)).isEqualTo(2);
        assertThat(n(m, "Ekonomiskt bistånd", "Lön")).isEqualTo(1);
        assertThat(n(m, "Ekonomiskt bistånd", "Studiemedel")).isEqualTo(1);
        assertThat(n(m, "Aktivitetsstöd", "Aktivitetsstöd")).isEqualTo(1);
        assertThat(n(m, "Aktivitetsstöd", "Lön")).isZero();
        assertThat(n(m, sp, "Vid start")).isEqualTo(3);
        assertThat(n(m, "Vid avslut", "Lön")).isEqualTo(2);
        assertThat(n(m, "Vid avslut", "Vid start")).isEqualTo(5);
        long alltIMatrisen = 0;
        for (int r = 0; r < Forsorjningskalla.values().length; r++) {
            for (int k = 0; k < Forsorjningskalla.values().length; k++) {
                alltIMatrisen += m.cell(r, k).heltal();
            }
        }
        assertThat(alltIMatrisen).isEqualTo(7);
    }

    @Test
    void transitionsSplitByKonAsFlows() {
        Rapporttabell f = tabell(ra(urval(Enhet.RIKET, true, false, null)), "Övergångar per grupp");
        String spLon = "Sjukpenning (inkl. rehabiliteringspenning) → Lön";
        // SP→LON: p1 p6, both women; EB→STUDIEMEDEL: p2, a man; AS→AS: p10, a man.
        assertThat(n(f, spLon, "Kvinnor")).isEqualTo(2);
        assertThat(n(f, spLon, "Män")).isZero();
        assertThat(n(f, spLon, "Totalt")).isEqualTo(2);
        assertThat(n(f, "Ekonomiskt bistånd → Studiemedel", "Män")).isEqualTo(1);
        assertThat(n(f, "Aktivitetsstöd → Aktivitetsstöd", "Män")).isEqualTo(1);
        assertThat(f.rader()).hasSize(5);
        assertThat(f.kolumner().get(3).summa()).isTrue();
    }

    @Test
    void sysselsattningEachPrimaryAndStartedOrIncreased() {
        List<Rapporttabell> alla = ra(riket());
        Rapporttabell s = tabell(alla, "Sysselsättning vid start");
        String fa = "Förvärvsarbete (utan stöd eller eget företag)";
        // Entry: p3 med stöd; p2 p10 arbetssökande; p1 p6 övrigt. Exit: p1 p6 förvärvsarbete, p3 med stöd,
        // p2 p6 studier (p6 both), p10 arbetssökande.
        assertThat(n(s, fa, "Vid start")).isZero();
        assertThat(n(s, fa, "Vid avslut")).isEqualTo(2);
        assertThat(n(s, "Arbete med stöd", "Vid start")).isEqualTo(1);
        assertThat(n(s, "Arbete med stöd", "Vid avslut")).isEqualTo(1);
        assertThat(n(s, "Studier", "Vid avslut")).isEqualTo(2);
        assertThat(n(s, "Aktivt arbetssökande", "Vid start")).isEqualTo(2);
        assertThat(n(s, "Aktivt arbetssökande", "Vid avslut")).isEqualTo(1);
        assertThat(n(s, "Övrigt", "Vid start")).isEqualTo(2);
        assertThat(n(s, "Övrigt", "Vid avslut")).isZero();

        Rapporttabell p = tabell(alla, "Huvudsaklig sysselsättning vid avslut");
        // Primary at exit: p6 counts as förvärvsarbete only, so studier is p2 alone; the classes add up to 5.
        assertThat(n(p, fa, "Antal")).isEqualTo(2);
        assertThat(n(p, "Studier", "Antal")).isEqualTo(1);
        assertThat(n(p, "Avslutade deltaganden", "Antal")).isEqualTo(5);
        assertThat(p.rader().getLast().summa()).isTrue();
        long summa = 0;
        for (int r = 0; r < 5; r++) {
            summa += p.cell(r, 0).heltal();
        }
        assertThat(summa).isEqualTo(5);
        Rapporttabell ps = tabell(alla, "Huvudsaklig sysselsättning vid start");
        assertThat(n(ps, "Övrigt", "Antal")).isEqualTo(2);
        assertThat(n(ps, "Aktivt arbetssökande", "Antal")).isEqualTo(2);

        Rapporttabell o = tabell(alla, "Började eller ökade");
        // Hours at exit above entry: p1 (30 > 0), p2 (20 > 0), p6 (25 > 0); not p3 (10 = 10), not p10 (0).
        assertThat(n(o, "Började eller ökade arbete eller studier", "Antal")).isEqualTo(3);
        assertThat(v(o, "Började eller ökade arbete eller studier", "Andel %")).isEqualByComparingTo("60.0");
    }

    @Test
    void backgroundOfTheCountedAndExitsOfTheEnded() {
        List<Rapporttabell> alla = ra(riket());
        Rapporttabell a = tabell(alla, "Åldersgrupp");
        assertThat(n(a, "30–39 år", "Antal")).isEqualTo(7);
        assertThat(n(a, "40–49 år", "Antal")).isEqualTo(2);
        assertThat(n(a, "Deltaganden i perioden", "Antal")).isEqualTo(13);
        Rapporttabell u = tabell(alla, "Utbildningsnivå");
        assertThat(n(u, "Gymnasial utbildning", "Antal")).isEqualTo(8);
        assertThat(n(u, "Ej registrerad", "Antal")).isEqualTo(1);
        assertThat(n(u, "Okänd", "Antal")).isEqualTo(1);
        Rapporttabell t = tabell(alla, "Tid i utanförskap");
        assertThat(n(t, "1–2 år", "Antal")).isEqualTo(7);
        assertThat(n(t, "Under 1 år", "Antal")).isEqualTo(2);
        assertThat(n(t, "5–10 år", "Antal")).isZero();
        Rapporttabell av = tabell(alla, "Avslutsanledning");
        assertThat(n(av, "Arbete", "Antal")).isEqualTo(2);
        assertThat(n(av, "Sjukdom", "Antal")).isEqualTo(1);
        assertThat(n(av, "Avslutade deltaganden", "Antal")).isEqualTo(5);
        assertThat(av.rader()).noneMatch(r -> r.etikett().equals("Felregistrering"));
        // Days: p3 42, p1 171, p10 242, p6 305, p2 441.
        Rapporttabell tid = tabell(alla, "Tid i insats");
        assertThat(n(tid, "0–90 dagar", "Antal")).isEqualTo(1);
        assertThat(n(tid, "91–182 dagar", "Antal")).isEqualTo(1);
        assertThat(n(tid, "183–365 dagar", "Antal")).isEqualTo(2);
        assertThat(n(tid, "Mer än 365 dagar", "Antal")).isEqualTo(1);
    }

    @Test
    void compareCountsAForbundInTwoLanUnderBothAndOnceInRiket() {
        Rapporttabell t = tabell(ra(urval(Enhet.RIKET, false, true, null)), "Översikt");
        // Län 23 (Jämtland): G1 and G2, all 13 counted, 5 ended; län 24 (Västerbotten): G2 only, p6 p9 p10 m1–m6.
        assertThat(n(t, "Deltaganden i perioden", "Jämtlands län")).isEqualTo(13);
        assertThat(n(t, "Deltaganden i perioden", "Västerbottens län")).isEqualTo(9);
        assertThat(n(t, "Deltaganden i perioden", "Totalt")).isEqualTo(13);
        assertThat(n(t, "varav avslutade", "Västerbottens län")).isEqualTo(2);
        assertThat(n(t, "varav avslutade", "Totalt")).isEqualTo(5);
        // Compare and kön together: one column per län and kön, one total.
        Rapporttabell b = tabell(ra(urval(Enhet.RIKET, true, true, null)), "Översikt");
        assertThat(n(b, "Deltaganden i perioden", "Västerbottens län – Övriga")).isEqualTo(1);
        assertThat(n(b, "Deltaganden i perioden", "Jämtlands län – Kvinnor")).isEqualTo(6);
        assertThat(n(b, "Deltaganden i perioden", "Totalt")).isEqualTo(13);
        // Persons: p3 and p6 (h3) are one woman; within Jämtlands län once, in total once.
        assertThat(n(b, "Personer", "Jämtlands län – Kvinnor")).isEqualTo(5);
        assertThat(n(b, "Personer", "Totalt")).isEqualTo(12);
    }

    @Test
    void splitByKonBeforeAndAfterInLongFormWithTotals() {
        Rapporttabell t = tabell(ra(urval(Enhet.RIKET, true, false, null)), "Försörjning vid start");
        String sp = "Sjukpenning (inkl. rehabiliteringspenning)";
        assertThat(t.kolumner()).extracting(Kolumn::rubrik).containsExactly("Kvinnor", "Män", "Övriga", "Totalt");
        assertThat(n(t, sp + " – vid start", "Kvinnor")).isEqualTo(3);
        assertThat(n(t, sp + " – vid avslut", "Kvinnor")).isEqualTo(2);
        assertThat(n(t, sp + " – förändring", "Kvinnor")).isEqualTo(-1);
        assertThat(v(t, sp + " – förändring %", "Kvinnor")).isEqualByComparingTo("-33.3");
        assertThat(n(t, "Avslutade deltaganden", "Män")).isEqualTo(2);
        assertThat(n(t, "Avslutade deltaganden", "Totalt")).isEqualTo(5);
        assertThat(v(t, sp + " – förändring %", "Män")).isNull();
    }
}
