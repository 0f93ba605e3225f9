package se.finsam.sus.deltagare;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import se.finsam.sus.base.Identitetsnummer;
import se.finsam.sus.base.Kon;

/** The participants' side of the identity-number rules ({@code base.IdentitetsnummerTest} has the rules). */
class DeltagareIdentitetsnummerTest {

    private static final LocalDate IDAG = LocalDate.of(2026, 11, 23);

    @Test
    void theGeneratedTestSeriesPassesTheRules() {
        for (int individ = 980; individ <= 999; individ++) {
            String nummer = SyntetiskaDeltagare.personnummer(1975, 6, 15, individ);
            Identitetsnummer id = Identitetsnummer.tolka(nummer, IDAG);
            assertThat(id.siffror()).isEqualTo(nummer);
            assertThat(id.kon()).isEqualTo(individ % 2 == 1 ? Kon.MAN : Kon.KVINNA);
        }
        assertThat(Identitetsnummer.tolka(SyntetiskaDeltagare.personnummer(2004, 2, 89, 981), IDAG)
                        .samordningsnummer())
                .isTrue();
    }

    @Test
    void recordsHoldingANumberNeverPrintIt() {
        String nummer = "19811228-9874";
        Forsorjning f = new Forsorjning(java.util.Set.of(Forsorjningskalla.LON), 0, 0, 0, 0);
        Inskrivning in = new Inskrivning(nummer, IDAG, null, null, "0114", Set.of(), null, null, null, false, f);
        DeltagandeRad rad = new DeltagandeRad(1, 2, nummer, Kon.MAN, Aldersgrupp.AR_40_49, IDAG, null, null);
        DeltagandeDetalj detalj = new DeltagandeDetalj(
                1,
                0,
                2,
                "Insats",
                3,
                nummer,
                false,
                new Deltagarprofil(
                        Kon.MAN, Aldersgrupp.AR_40_49, "0114", null, Myndighet.KOMMUN, TidIUtanforskap.OKANT, false),
                java.util.Set.of(),
                null,
                IDAG,
                f,
                null,
                null,
                null,
                null,
                false);
        DeltagandeFilter filter = new DeltagandeFilter(DeltagandeFilter.Status.ALLA, nummer);
        for (Object o : new Object[] {in, rad, detalj, filter}) {
            assertThat(o.toString()).doesNotContain("811228").doesNotContain("9874");
        }
    }
}
