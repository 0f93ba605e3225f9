package se.finsam.sus.rapport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import se.finsam.sus.behorighet.Omfattning;

/**
 * The Kostnadsrapport against the hand-computed fixture ({@link StandardrapportFixtur}, budgets in its
 * {@code kostnader}). Insatsbudgets 1983 (budget / utfall, planned participants):
 *
 * <pre>
 * I1 (F1)  230 000 / 210 000, 10      I2 (F1, strukturövergripande) 60 000 / 50 000, 0
 * I3 (F2)  350 000 / 355 000, 12, co-financed: ESF 60 000 / 50 000, Arbetsförmedlingen 40 000 / 45 000
 * I4 (F3)   45 000 /  45 000,  5      I6 (F3) 20 000 / 16 000, 4
 * </pre>
 *
 * Participants in 1983 (participations counted + anonymous counts, individinriktade insatser): F1 7 + 3 = 10,
 * F2 6 + 5 = 11, F3 7 + 0 = 7 (I4 5, I6 2).
 */
class KostnadsrapportTest extends StandardrapportTestbas {

    static final String SAMVERKANSBUDGET = "Samverkansbudget 1983";
    static final String INSATSER = "Insatsernas kostnader 1983";
    static final String L04 = "Södermanlands län";
    static final String L06 = "Jönköpings län";
    static final String SUMMA = "Totalt";

    static final String FORBUND = "Förbund med samverkansbudget";
    static final String FK = "Medel från Försäkringskassan";
    static final String REGION = "Medel från Region";
    static final String KOMMUN = "Medel från Kommun";
    static final String MEDEL = "Medel totalt";
    static final String EGET_KAPITAL = "Eget kapital";
    static final String PERSONAL_UTFALL = "Förvaltning, personal: utfall";
    static final String FORVALTNING_BUDGET = "Förvaltning totalt: budget";
    static final String FORVALTNING_UTFALL = "Förvaltning totalt: utfall";

    static final String MED_BUDGET = "Insatser med budget för året";
    static final String BUDGET = "Kostnader totalt: budget";
    static final String UTFALL = "Kostnader totalt: utfall";
    static final String MEDFIN_BUDGET = "varav medfinansiering från andra finansiärer: budget";
    static final String MEDFIN_UTFALL = "varav medfinansiering från andra finansiärer: utfall";
    static final String PLANERADE = "Planerade deltagare";
    static final String DELTAGARE = "Deltagare under året (registrerade och anonymt räknade)";
    static final String PER_DELTAGARE = "Kostnad per deltagare (utfall)";
    static final String PER_PLANERAD = "Budget per planerad deltagare";

    /**
     * Riket by län: F2 (in both län) is in both columns and once in the total, its samverkansbudget and its
     * co-financed insats I3 alike. F1's 1982 samverkansbudget and I3's 1984 budget are other years.
     */
    @Test
    void riketComparedByLanCountsAForbundInTwoLanOnceInTheTotal() throws Exception {
        loggaInSomAdmin();
        Rapport r = kor(Rapportfamilj.KOSTNADER, "1983", Enhet.RIKET, true);

        Rapporttabell s = tabell(r, SAMVERKANSBUDGET);
        assertThat(tal(s, FORBUND, L04)).isEqualTo(2);
        assertThat(tal(s, FORBUND, L06)).isEqualTo(2);
        assertThat(tal(s, FORBUND, SUMMA)).isEqualTo(3);
        // FK: F1 400 000, F2 600 000, F3 200 000.
        assertThat(kr(s, FK, L04)).isEqualByComparingTo("1000000");
        assertThat(kr(s, FK, L06)).isEqualByComparingTo("800000");
        assertThat(kr(s, FK, SUMMA)).isEqualByComparingTo("1200000");
        // Kommun: F1 100 000 + 100 000 (two kommuner), F2 300 000, F3 100 000.
        assertThat(kr(s, KOMMUN, L04)).isEqualByComparingTo("500000");
        assertThat(kr(s, KOMMUN, SUMMA)).isEqualByComparingTo("600000");
        assertThat(kr(s, REGION, SUMMA)).isEqualByComparingTo("600000");
        assertThat(kr(s, MEDEL, SUMMA)).isEqualByComparingTo("2400000");
        assertThat(kr(s, EGET_KAPITAL, SUMMA)).isEqualByComparingTo("60000");
        // Personal utfall 280 000 + 390 000 + 90 000; förvaltning budget (300+50+20) + (400+60+30) + (100+10+5)
        // thousand; utfall (280+55+10) + (390+60+25) + (90+12+4) thousand.
        assertThat(kr(s, PERSONAL_UTFALL, SUMMA)).isEqualByComparingTo("760000");
        assertThat(kr(s, FORVALTNING_BUDGET, SUMMA)).isEqualByComparingTo("975000");
        assertThat(kr(s, FORVALTNING_UTFALL, SUMMA)).isEqualByComparingTo("926000");
        assertThat(kr(s, FORVALTNING_UTFALL, L04)).isEqualByComparingTo("820000");

        Rapporttabell i = tabell(r, INSATSER);
        assertThat(tal(i, MED_BUDGET, L04)).isEqualTo(3);
        assertThat(tal(i, MED_BUDGET, L06)).isEqualTo(3);
        assertThat(tal(i, MED_BUDGET, SUMMA)).isEqualTo(5);
        assertThat(kr(i, BUDGET, SUMMA)).isEqualByComparingTo("705000");
        assertThat(kr(i, UTFALL, SUMMA)).isEqualByComparingTo("676000");
        assertThat(kr(i, UTFALL, L04)).isEqualByComparingTo("615000");
        assertThat(kr(i, UTFALL, L06)).isEqualByComparingTo("416000");
        assertThat(kr(i, MEDFIN_BUDGET, L04)).isEqualByComparingTo("100000");
        assertThat(kr(i, MEDFIN_BUDGET, L06)).isEqualByComparingTo("100000");
        assertThat(kr(i, MEDFIN_BUDGET, SUMMA)).isEqualByComparingTo("100000");
        // Utfall 50 000 + 45 000; I3's 1984 row is another year.
        assertThat(kr(i, MEDFIN_UTFALL, L06)).isEqualByComparingTo("95000");
        assertThat(kr(i, MEDFIN_UTFALL, SUMMA)).isEqualByComparingTo("95000");
        assertThat(tal(i, PLANERADE, SUMMA)).isEqualTo(31);
        // Participants: 04 = F1 10 + F2 11, 06 = F2 11 + F3 7, riket 10 + 11 + 7.
        assertThat(tal(i, DELTAGARE, L04)).isEqualTo(21);
        assertThat(tal(i, DELTAGARE, L06)).isEqualTo(18);
        assertThat(tal(i, DELTAGARE, SUMMA)).isEqualTo(28);
        // 615 000 / 21 = 29 285.71; 416 000 / 18 = 23 111.11; 676 000 / 28 = 24 142.86.
        assertThat(kr(i, PER_DELTAGARE, L04)).isEqualByComparingTo("29285.71");
        assertThat(kr(i, PER_DELTAGARE, L06)).isEqualByComparingTo("23111.11");
        assertThat(kr(i, PER_DELTAGARE, SUMMA)).isEqualByComparingTo("24142.86");
        // 640 000 / 22 = 29 090.91; 415 000 / 21 = 19 761.90; 705 000 / 31 = 22 741.94.
        assertThat(kr(i, PER_PLANERAD, L04)).isEqualByComparingTo("29090.91");
        assertThat(kr(i, PER_PLANERAD, L06)).isEqualByComparingTo("19761.90");
        assertThat(kr(i, PER_PLANERAD, SUMMA)).isEqualByComparingTo("22741.94");
        assertThat(i.harDoldaCeller()).isFalse();
    }

    /**
     * F3 by insats: I6's 2 participants are hidden, I4's 5 with them (the total 7 is shown); cost per participant is
     * hidden where its divisor is, shown for the total. The samverkansbudget has the förbund's column only.
     */
    @Test
    void costPerParticipantIsHiddenWithItsDivisor() throws Exception {
        loggaInSomAdmin();
        Rapport r = kor(Rapportfamilj.KOSTNADER, "1983", Enhet.forbund(fx.f3), true);

        Rapporttabell s = tabell(r, SAMVERKANSBUDGET);
        assertThat(s.kolumner()).extracting(Kolumn::rubrik).containsExactly(StandardrapportFixtur.F3);
        assertThat(kr(s, FK, StandardrapportFixtur.F3)).isEqualByComparingTo("200000");

        Rapporttabell i = tabell(r, INSATSER);
        assertThat(i.kolumner()).extracting(Kolumn::rubrik).containsExactly("I4", "I6", SUMMA);
        assertThat(tal(i, DELTAGARE, "I6")).isEqualTo(2);
        assertThat(dold(i, DELTAGARE, "I6")).isTrue();
        assertThat(dold(i, DELTAGARE, "I4")).isTrue();
        assertThat(dold(i, DELTAGARE, SUMMA)).isFalse();
        assertThat(dold(i, PER_DELTAGARE, "I6")).isTrue();
        assertThat(dold(i, PER_DELTAGARE, "I4")).isTrue();
        // (45 000 + 16 000) / 7 = 8 714.29, shown with its divisor.
        assertThat(dold(i, PER_DELTAGARE, SUMMA)).isFalse();
        assertThat(kr(i, PER_DELTAGARE, SUMMA)).isEqualByComparingTo("8714.29");
        // Money is never hidden: 20 000 / 4 planned = 5 000.
        assertThat(dold(i, UTFALL, "I6")).isFalse();
        assertThat(kr(i, PER_PLANERAD, "I6")).isEqualByComparingTo("5000");
        assertThat(dold(i, PER_PLANERAD, "I6")).isFalse();
    }

    /**
     * F1 by insats: the strukturövergripande I2 has costs but never participants, so its cost per participant is
     * "–"; I5 (1984) has neither. F1's cost per participant divides all its utfall by I1's participants.
     */
    @Test
    void aStrukturovergripandeInsatsHasCostsButNoParticipants() throws Exception {
        loggaInSomAdmin();
        Rapport r = kor(Rapportfamilj.KOSTNADER, "1983", Enhet.forbund(fx.f1), true);
        Rapporttabell i = tabell(r, INSATSER);
        assertThat(tal(i, DELTAGARE, "I2")).isZero();
        assertThat(cell(i, PER_DELTAGARE, "I2").varde()).as("–").isNull();
        assertThat(kr(i, UTFALL, "I2")).isEqualByComparingTo("50000");
        assertThat(tal(i, MED_BUDGET, "I5")).isZero();
        assertThat(cell(i, PER_PLANERAD, "I5").varde()).isNull();
        // F1: (210 000 + 50 000) / (7 + 3) = 26 000; (230 000 + 60 000) / 10 planned = 29 000.
        assertThat(tal(i, DELTAGARE, SUMMA)).isEqualTo(10);
        assertThat(kr(i, PER_DELTAGARE, SUMMA)).isEqualByComparingTo("26000");
        assertThat(kr(i, PER_PLANERAD, SUMMA)).isEqualByComparingTo("29000");
    }

    /** An insats alone has no samverkansbudget part; a quarter shows its whole year (budgets are yearly). */
    @Test
    void anInsatsHasNoSamverkansbudgetAndAPeriodShowsItsWholeYear() throws Exception {
        loggaInSomAdmin();
        Rapport r = kor(Rapportfamilj.KOSTNADER, "1983-K2", Enhet.insats(fx.i3), false);
        assertThat(r.tabeller()).extracting(Rapporttabell::rubrik).containsExactly(INSATSER);
        Rapporttabell i = tabell(r, INSATSER);
        // I3: 355 000 / (6 + 5) = 32 272.73; 350 000 / 12 = 29 166.67; co-financed 100 000.
        assertThat(tal(i, DELTAGARE, "I3")).isEqualTo(11);
        assertThat(kr(i, PER_DELTAGARE, "I3")).isEqualByComparingTo("32272.73");
        assertThat(kr(i, PER_PLANERAD, "I3")).isEqualByComparingTo("29166.67");
        assertThat(kr(i, MEDFIN_BUDGET, "I3")).isEqualByComparingTo("100000");
        assertThat(kr(i, MEDFIN_UTFALL, "I3")).isEqualByComparingTo("95000");
    }

    /** A reader of Jönköpings län sees F2 and F3's money, not F1's; riket is refused and audited. */
    @Test
    void aLanScopedReaderSeesOnlyItsForbund() throws Exception {
        String lasare = loggaInSomRapportlasare(Omfattning.LAN, StandardrapportFixtur.JONKOPING, null);
        Rapport r = kor(Rapportfamilj.KOSTNADER, "1983", Enhet.lan(StandardrapportFixtur.JONKOPING), false);
        Rapporttabell s = tabell(r, SAMVERKANSBUDGET);
        assertThat(tal(s, FORBUND, L06)).isEqualTo(2);
        assertThat(kr(s, FK, L06)).isEqualByComparingTo("800000");
        assertThat(kr(tabell(r, INSATSER), UTFALL, L06)).isEqualByComparingTo("416000");
        int fore = nekade(lasare);
        assertThatThrownBy(() -> kor(Rapportfamilj.KOSTNADER, "1983", Enhet.RIKET, false))
                .isInstanceOf(Urvalsfel.class);
        assertThat(nekade(lasare)).isEqualTo(fore + 1);
    }

    static BigDecimal kr(Rapporttabell t, String rad, String kolumn) {
        return cell(t, rad, kolumn).varde();
    }
}
