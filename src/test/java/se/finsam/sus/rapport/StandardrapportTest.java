package se.finsam.sus.rapport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import se.finsam.sus.behorighet.Omfattning;

/**
 * The Standardrapport against the hand-computed fixture ({@link StandardrapportFixtur}; every expected figure is
 * worked out in the comments from the participations listed there), on MariaDB.
 */
class StandardrapportTest extends StandardrapportTestbas {

    static final String INSATSER = "Insatser 1983";
    static final String DELTAGARE = "Deltagare 1983";
    static final String KON = "Deltagare efter kön 1983";
    static final String FLODE = "Personer, nya och avslutade deltaganden 1983";

    static final String AKTIVA = "Aktiva insatser";
    static final String INDIVID = "varav individinriktade";
    static final String STRUKTUR = "varav strukturövergripande";
    static final String REGISTRERADE = "Registrerade deltaganden";
    static final String ANONYMA = "Anonymt räknade deltagare";
    static final String TOTALT = "Deltagare totalt";
    static final String KVINNOR = "Kvinnor";
    static final String MAN = "Män";
    static final String OVRIGA = "Övriga (annat eller okänt kön)";
    static final String PERSONER = "Unika personer bland registrerade deltaganden";
    static final String NYA = "Nya deltaganden (började under perioden)";
    static final String AVSLUTADE = "Avslutade deltaganden (slutade under perioden)";
    static final String ARBETE = "I arbete eller studier efter avslut";
    static final String EGEN = "Egen försörjning efter avslut";
    static final String ANDEL = "andel av avslutade, %";

    static final String L04 = "Södermanlands län";
    static final String L06 = "Jönköpings län";
    static final String SUMMA = "Totalt";

    /**
     * Riket, compared by län. F2 is in both län: its insats I3 and its participants are in both columns and once in
     * the total. Person P (a1 in I1, c1 in I3) is two participations and one person.
     */
    @Test
    void riketComparedByLanCountsAForbundInTwoLanUnderBothAndOnceInTheTotal() throws Exception {
        loggaInSomAdmin();
        Rapport r = kor(Rapportfamilj.STANDARD, "1983", Enhet.RIKET, true);

        Rapporttabell insatser = tabell(r, INSATSER);
        // 04: I1, I2 (F1), I3 (F2); 06: I3 (F2), I4, I6 (F3); riket: I1, I2, I3, I4, I6 (I5 starts 1984).
        assertThat(tal(insatser, AKTIVA, L04)).isEqualTo(3);
        assertThat(tal(insatser, AKTIVA, L06)).isEqualTo(3);
        assertThat(tal(insatser, AKTIVA, SUMMA)).isEqualTo(5);
        assertThat(tal(insatser, INDIVID, SUMMA)).isEqualTo(4);
        assertThat(tal(insatser, STRUKTUR, SUMMA)).isEqualTo(1);
        assertThat(tal(insatser, STRUKTUR, L06)).isZero();

        Rapporttabell deltagare = tabell(r, DELTAGARE);
        // F1: a1..a7 = 7; F2: c1..c6 = 6; F3: d1..d5 + e1, e2 = 7 (a8 felregistrering, a9 1981–92, a10
        // anonymised, b1 in the strukturövergripande I2: never counted).
        assertThat(tal(deltagare, REGISTRERADE, L04)).isEqualTo(7 + 6);
        assertThat(tal(deltagare, REGISTRERADE, L06)).isEqualTo(6 + 7);
        assertThat(tal(deltagare, REGISTRERADE, SUMMA)).isEqualTo(7 + 6 + 7);
        // Anonymous 1983: I1 2+1+0, I3 5 (I1's 1982 count and I2's count never).
        assertThat(tal(deltagare, ANONYMA, L04)).isEqualTo(3 + 5);
        assertThat(tal(deltagare, ANONYMA, L06)).isEqualTo(5);
        assertThat(tal(deltagare, ANONYMA, SUMMA)).isEqualTo(8);
        assertThat(tal(deltagare, TOTALT, L04)).isEqualTo(21);
        assertThat(tal(deltagare, TOTALT, L06)).isEqualTo(18);
        assertThat(tal(deltagare, TOTALT, SUMMA)).isEqualTo(28);

        Rapporttabell kon = tabell(r, KON);
        // F1: K 3+2, M 3+1, Ö 1; F2: K 3+5, M 3; F3: K 3, M 2+2.
        assertThat(tal(kon, KVINNOR, L04)).isEqualTo(5 + 8);
        assertThat(tal(kon, MAN, L04)).isEqualTo(4 + 3);
        assertThat(tal(kon, OVRIGA, L04)).isEqualTo(1);
        assertThat(tal(kon, KVINNOR, L06)).isEqualTo(8 + 3);
        assertThat(tal(kon, MAN, L06)).isEqualTo(3 + 4);
        assertThat(tal(kon, KVINNOR, SUMMA)).isEqualTo(16);
        assertThat(tal(kon, MAN, SUMMA)).isEqualTo(11);
        assertThat(tal(kon, OVRIGA, SUMMA)).isEqualTo(1);
        assertThat(tal(kon, TOTALT, SUMMA)).isEqualTo(28);
        assertThat(dold(kon, OVRIGA, L04)).as("1 person").isTrue();
        assertThat(dold(kon, TOTALT, SUMMA)).as("totals stay").isFalse();

        Rapporttabell flode = tabell(r, FLODE);
        // Persons: P counts once where both a1 and c1 are inside (04 and riket), once in 06 (only c1).
        assertThat(tal(flode, PERSONER, L04)).isEqualTo(13 - 1);
        assertThat(tal(flode, PERSONER, L06)).isEqualTo(13);
        assertThat(tal(flode, PERSONER, SUMMA)).isEqualTo(20 - 1);
        // Nya (start in 1983): F1 a1,a2,a3,a5,a6,a7 = 6; F2 6; F3 e1, e2 = 2.
        assertThat(tal(flode, NYA, L04)).isEqualTo(12);
        assertThat(tal(flode, NYA, L06)).isEqualTo(8);
        assertThat(tal(flode, NYA, SUMMA)).isEqualTo(14);
        // Avslutade: F1 a1,a3,a4,a6 = 4; F2 c2,c4 = 2; F3 d1..d5 = 5.
        // Work or studies: a1, a4, c2, d1..d5 = 8; egen försörjning: a1, a6, c2, d1..d3 = 6 (a4 also
        // has aktivitetsstöd, a3 ekonomiskt bistånd, c4 sjukpenning, d4, d5 no source).
        assertThat(tal(flode, AVSLUTADE, L04)).isEqualTo(6);
        assertThat(tal(flode, AVSLUTADE, L06)).isEqualTo(7);
        assertThat(tal(flode, AVSLUTADE, SUMMA)).isEqualTo(11);
        assertThat(tal(flode, ARBETE, L04)).isEqualTo(3);
        assertThat(tal(flode, ARBETE, L06)).isEqualTo(6);
        assertThat(tal(flode, ARBETE, SUMMA)).isEqualTo(8);
        assertThat(tal(flode, EGEN, L04)).isEqualTo(3);
        assertThat(tal(flode, EGEN, L06)).isEqualTo(4);
        assertThat(tal(flode, EGEN, SUMMA)).isEqualTo(6);
        // 8 / 11 = 72.7 %, 6 / 11 = 54.5 %.
        assertThat(flode.cell(4, kolumn(flode, SUMMA)).varde()).isEqualByComparingTo(new BigDecimal("72.7"));
        assertThat(flode.cell(6, kolumn(flode, SUMMA)).varde()).isEqualByComparingTo(new BigDecimal("54.5"));
        // 04's 3 in work or studies is hidden, and so is its share.
        assertThat(dold(flode, ARBETE, L04)).isTrue();
        assertThat(flode.cell(4, kolumn(flode, L04)).dold()).isTrue();
    }

    /**
     * One förbund, not compared: one column named after it. I2 is strukturövergripande: an insats, never
     * participants (its b1 and its anonymous 4 + 4 are left out).
     */
    @Test
    void aForbundAloneHasOneColumnAndItsStrukturovergripandeInsatsHasNoParticipants() throws Exception {
        loggaInSomAdmin();
        Rapport r = kor(Rapportfamilj.STANDARD, "1983", Enhet.forbund(fx.f1), false);

        Rapporttabell insatser = tabell(r, INSATSER);
        assertThat(insatser.kolumner()).extracting(Kolumn::rubrik).containsExactly(StandardrapportFixtur.F1);
        assertThat(tal(insatser, AKTIVA, StandardrapportFixtur.F1)).isEqualTo(2);
        assertThat(tal(insatser, INDIVID, StandardrapportFixtur.F1)).isEqualTo(1);
        assertThat(tal(insatser, STRUKTUR, StandardrapportFixtur.F1)).isEqualTo(1);

        Rapporttabell deltagare = tabell(r, DELTAGARE);
        assertThat(tal(deltagare, REGISTRERADE, StandardrapportFixtur.F1)).isEqualTo(7);
        assertThat(tal(deltagare, ANONYMA, StandardrapportFixtur.F1)).isEqualTo(3);
        assertThat(tal(deltagare, TOTALT, StandardrapportFixtur.F1)).isEqualTo(10);
        // 3 anonymous is hidden; the total 10 is shown, so the 7 registered are hidden too (10 − 7 = 3).
        assertThat(dold(deltagare, ANONYMA, StandardrapportFixtur.F1)).isTrue();
        assertThat(dold(deltagare, REGISTRERADE, StandardrapportFixtur.F1)).isTrue();
        assertThat(dold(deltagare, TOTALT, StandardrapportFixtur.F1)).isFalse();

        Rapporttabell kon = tabell(r, KON);
        assertThat(tal(kon, KVINNOR, StandardrapportFixtur.F1)).isEqualTo(5);
        assertThat(tal(kon, MAN, StandardrapportFixtur.F1)).isEqualTo(4);
        assertThat(tal(kon, OVRIGA, StandardrapportFixtur.F1)).isEqualTo(1);
        assertThat(dold(kon, KVINNOR, StandardrapportFixtur.F1)).isFalse();

        Rapporttabell flode = tabell(r, FLODE);
        assertThat(tal(flode, PERSONER, StandardrapportFixtur.F1)).isEqualTo(7);
        assertThat(tal(flode, NYA, StandardrapportFixtur.F1)).isEqualTo(6);
        assertThat(tal(flode, AVSLUTADE, StandardrapportFixtur.F1)).isEqualTo(4);
        assertThat(tal(flode, ARBETE, StandardrapportFixtur.F1)).isEqualTo(2);
        assertThat(tal(flode, EGEN, StandardrapportFixtur.F1)).isEqualTo(2);
        assertThat(r.tabeller()).hasSize(4);
    }

    /** F3 compared by insats: I6 has 2 participants (hidden), so I4's 5 is hidden too; the total 7 stays. */
    @Test
    void smallCountsAreHiddenPrimaryAndSecondaryWithTheTotalShown() throws Exception {
        loggaInSomAdmin();
        Rapport r = kor(Rapportfamilj.STANDARD, "1983", Enhet.forbund(fx.f3), true);

        Rapporttabell deltagare = tabell(r, DELTAGARE);
        assertThat(deltagare.kolumner()).extracting(Kolumn::rubrik).containsExactly("I4", "I6", SUMMA);
        assertThat(tal(deltagare, REGISTRERADE, "I6")).isEqualTo(2);
        assertThat(dold(deltagare, REGISTRERADE, "I6")).as("primary").isTrue();
        assertThat(tal(deltagare, REGISTRERADE, "I4")).isEqualTo(5);
        assertThat(dold(deltagare, REGISTRERADE, "I4")).as("secondary").isTrue();
        assertThat(tal(deltagare, REGISTRERADE, SUMMA)).isEqualTo(7);
        assertThat(dold(deltagare, REGISTRERADE, SUMMA)).isFalse();
        assertThat(deltagare.fotnoter()).anyMatch(f -> f.contains(".."));
        Rapporttabell insatser = tabell(r, INSATSER);
        assertThat(tal(insatser, AKTIVA, SUMMA)).isEqualTo(2);
    }

    /** Insatser and participations count when their dates overlap the period; avslutade when they end in it. */
    @Test
    void periodRulesOverlapAndEndInThePeriod() throws Exception {
        loggaInSomAdmin();
        String f3 = StandardrapportFixtur.F3;
        // January 1983: I4 (ends 1983-01-31) with d1..d5, all ending 1983-01-20; I6 starts in August.
        Rapport januari = kor(Rapportfamilj.STANDARD, "1983-01", Enhet.forbund(fx.f3), false);
        assertThat(tal(tabell(januari, "Insatser 1983-01-01 – 1983-01-31"), AKTIVA, f3))
                .isEqualTo(1);
        Rapporttabell flode = tabell(januari, "Personer, nya och avslutade deltaganden 1983-01-01 – 1983-01-31");
        assertThat(tal(flode, NYA, f3)).isZero();
        assertThat(tal(flode, AVSLUTADE, f3)).isEqualTo(5);
        assertThat(tal(flode, ARBETE, f3)).isEqualTo(5);
        assertThat(tal(flode, EGEN, f3)).isEqualTo(3);
        assertThat(tabell(januari, "Deltagare 1983-01-01 – 1983-01-31").fotnoter())
                .anyMatch(f -> f.contains("hela årets antal för 1983"));

        // February 1983: nothing of F3 is active.
        Rapport februari = kor(Rapportfamilj.STANDARD, "1983-02", Enhet.forbund(fx.f3), false);
        assertThat(tal(tabell(februari, "Insatser 1983-02-01 – 1983-02-28"), AKTIVA, f3))
                .isZero();
        assertThat(tal(tabell(februari, "Deltagare 1983-02-01 – 1983-02-28"), TOTALT, f3))
                .isZero();

        // A free period over two years gives one page per year, each over its part of the period.
        Rapport tvaAr = kor(Rapportfamilj.STANDARD, "1982-07-01..1983-06-30", Enhet.forbund(fx.f3), false);
        assertThat(tvaAr.tabeller()).hasSize(8);
        Rapporttabell ar1992 = tabell(tvaAr, "Personer, nya och avslutade deltaganden 1982-07-01 – 1982-12-31");
        assertThat(tal(ar1992, PERSONER, f3)).isEqualTo(5);
        assertThat(tal(ar1992, NYA, f3)).as("started 1982-06-01").isZero();
        assertThat(tal(ar1992, AVSLUTADE, f3)).isZero();
        Rapporttabell ar1993 = tabell(tvaAr, "Personer, nya och avslutade deltaganden 1983-01-01 – 1983-06-30");
        assertThat(tal(ar1993, AVSLUTADE, f3)).isEqualTo(5);
        assertThat(tal(tabell(tvaAr, "Insatser 1983-01-01 – 1983-06-30"), AKTIVA, f3))
                .as("I6 starts in August")
                .isEqualTo(1);
    }

    /**
     * A rapportläsare of Jönköpings län reads F2 and F3 only; riket and F1 (only in Södermanland) are refused and
     * audited. A rapportläsare of F3 reads F3 and nothing wider.
     */
    @Test
    void lanAndForbundScopedReadersSeeOnlyTheirScope() throws Exception {
        String lanlasare = loggaInSomRapportlasare(Omfattning.LAN, StandardrapportFixtur.JONKOPING, null);
        Rapport lan = kor(Rapportfamilj.STANDARD, "1983", Enhet.lan(StandardrapportFixtur.JONKOPING), true);
        Rapporttabell deltagare = tabell(lan, DELTAGARE);
        assertThat(deltagare.kolumner())
                .extracting(Kolumn::rubrik)
                .containsExactly(StandardrapportFixtur.F3, StandardrapportFixtur.F2, SUMMA);
        assertThat(tal(deltagare, REGISTRERADE, SUMMA)).isEqualTo(13);
        int fore = nekade(lanlasare);
        assertThatThrownBy(() -> kor(Rapportfamilj.STANDARD, "1983", Enhet.RIKET, false))
                .isInstanceOf(Urvalsfel.class);
        assertThatThrownBy(() -> kor(Rapportfamilj.STANDARD, "1983", Enhet.forbund(fx.f1), false))
                .isInstanceOf(Urvalsfel.class);
        assertThatThrownBy(
                        () -> kor(Rapportfamilj.STANDARD, "1983", Enhet.lan(StandardrapportFixtur.SODERMANLAND), false))
                .isInstanceOf(Urvalsfel.class);
        assertThat(nekade(lanlasare)).isEqualTo(fore + 3);

        String forbundslasare = loggaInSomRapportlasare(Omfattning.ORGANISATION, null, fx.f3);
        Rapport forbund = kor(Rapportfamilj.STANDARD, "1983", Enhet.forbund(fx.f3), false);
        assertThat(tal(tabell(forbund, DELTAGARE), REGISTRERADE, StandardrapportFixtur.F3))
                .isEqualTo(7);
        int foreForbund = nekade(forbundslasare);
        assertThatThrownBy(() -> kor(Rapportfamilj.STANDARD, "1983", Enhet.lan(StandardrapportFixtur.JONKOPING), false))
                .isInstanceOf(Urvalsfel.class);
        assertThatThrownBy(() -> kor(Rapportfamilj.STANDARD, "1983", Enhet.forbund(fx.f2), false))
                .isInstanceOf(Urvalsfel.class);
        assertThat(nekade(forbundslasare)).isEqualTo(foreForbund + 2);
    }

    static int kolumn(Rapporttabell t, String rubrik) {
        for (int k = 0; k < t.kolumner().size(); k++) {
            if (t.kolumner().get(k).rubrik().equals(rubrik)) {
                return k;
            }
        }
        throw new AssertionError(rubrik);
    }
}
