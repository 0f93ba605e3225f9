package se.finsam.sus.resor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import se.finsam.sus.base.Roll;
import se.finsam.sus.behorighet.Arbetsgivare;
import se.finsam.sus.behorighet.Omfattning;
import se.finsam.sus.behorighet.UppdragAdministration;
import se.finsam.sus.deltagare.Avslutsanledning;
import se.finsam.sus.deltagare.DeltagandeService;
import se.finsam.sus.deltagare.Forsorjningskalla;
import se.finsam.sus.deltagare.Myndighet;
import se.finsam.sus.deltagare.TestDeltagare;
import se.finsam.sus.deltagare.TidIUtanforskap;
import se.finsam.sus.webb.DeltagandeSida;
import se.finsam.sus.webb.RapportSida;
import se.finsam.sus.webb.Registrering;
import se.finsam.sus.webb.WebbAnvandare;
import se.finsam.sus.webb.Webbsession;

/**
 * Journey 1: a handläggare (deltagaransvarig at Arbetsförmedlingen) logs in with password and second factor,
 * registers a participant with consent, exits them three months later with changed försörjning (sjukpenning at
 * entry, lön at exit), and sees the change in the Deltagarrapport.
 *
 * <p>The user set-up: the same person also holds the role rapportläsare with a report uppdrag on their förbund
 * (given by the system administrator), as a handläggare who follows up their own insats would; a deltagaransvarig
 * alone may not read reports. The dates lie in the past (entry four months ago, exit three months later), as when
 * a handläggare catches up on their records. Four earlier participants of the same insats went the same way
 * (registered and exited through the services): a report shows a count of 1–4 as "..", so the journey's own
 * participant is what lifts the counts to 5 — the figures on the page can only be there with it.
 */
class HandlaggareResaWebblasareTest extends Resa {

    @Autowired
    UppdragAdministration uppdrag;

    @Autowired
    DeltagandeService deltagare;

    @Test
    void handlaggareRegistersExitsAndSeesTheChangeInTheDeltagarrapport() throws Exception {
        LocalDate idag = LocalDate.now();
        LocalDate start = idag.minusMonths(4);
        LocalDate slut = start.plusMonths(3);

        WebbAnvandare handlaggare = WebbAnvandare.skapa(
                spring,
                Arbetsgivare.ARBETSFORMEDLINGEN,
                Set.of(Roll.DELTAGARANSVARIG, Roll.RAPPORTLASARE),
                "Hanna Handläggare");
        loggaSomDemo("insats");
        long insats = nyInsats("Resa 1 Steg till arbete", idag.minusYears(1), false);
        uppdrag.geInsatsuppdrag(
                handlaggare.anvandarnamn(), Roll.DELTAGARANSVARIG, insats, idag.minusDays(1), idag.plusMonths(6), null);
        loggaSomDemo("admin");
        uppdrag.geRapportuppdrag(
                handlaggare.anvandarnamn(),
                Omfattning.ORGANISATION,
                null,
                norraStockholm(),
                idag.minusDays(1),
                idag.plusMonths(6));
        logga(handlaggare.anvandarnamn(), handlaggare.losenord());
        for (int i = 0; i < 4; i++) {
            long id = deltagare.registrera(insats, TestDeltagare.inskrivning(personnummer(), start, "0114"));
            deltagare.skrivUt(id, deltagare.hamta(id).version(), TestDeltagare.utskrivning(slut));
        }
        SecurityContextHolder.clearContext();

        Webbsession webb = webblasare();
        startaResan();
        webb.oppna("/");
        webb.loggaIn(handlaggare);
        webb.skarmbild("resa1-inloggad.png");
        steg("logged in");

        String personnummer = personnummer();
        DeltagandeSida deltagande = webb.deltagare()
                .oppna(insats)
                .registrera(new Registrering(
                        personnummer,
                        start,
                        start,
                        sv("deltagare.myndighet.", Myndighet.ARBETSFORMEDLINGEN),
                        UPPLANDS_VASBY,
                        sv("deltagare.myndighet.", Myndighet.ARBETSFORMEDLINGEN),
                        sv("deltagare.tidiutanforskap.", TidIUtanforskap.AR_1_2),
                        sv("deltagare.forsorjningskalla.", Forsorjningskalla.SJUKPENNING)));
        assertThat(siffror(deltagande.text())).contains(personnummer);
        assertThat(deltagande.text()).contains(start.toString());
        webb.skarmbild("resa1-registrerad.png");
        steg("registered");

        deltagande.skrivUt(
                slut,
                sv("deltagare.avslutsanledning.", Avslutsanledning.ARBETE),
                sv("deltagare.forsorjningskalla.", Forsorjningskalla.LON),
                40);
        assertThat(deltagande.text())
                .contains(slut.toString())
                .contains(sv("deltagare.forsorjningskalla.", Forsorjningskalla.LON));
        webb.skarmbild("resa1-utskriven.png");
        steg("exited");

        RapportSida rapport =
                webb.rapport().oppna("deltagare", "period=" + start + ".." + slut + "&enhet=insats-" + insats);
        WebElement forsorjning = rapport.tabell(sv("rapport.deltagare.forsorjning.rubrik"));
        webb.rullaFram(forsorjning);
        webb.skarmbild("resa1-deltagarrapport.png");
        steg("report shown");
        String sjukpenning = sv("deltagare.forsorjningskalla.", Forsorjningskalla.SJUKPENNING);
        String lon = sv("deltagare.forsorjningskalla.", Forsorjningskalla.LON);
        String vidStart = sv("rapport.deltagare.kolumn.vid-start");
        String vidAvslut = sv("rapport.deltagare.kolumn.vid-avslut");
        assertThat(rapport.cell(forsorjning, sjukpenning, vidStart)).isEqualTo("5");
        assertThat(rapport.cell(forsorjning, sjukpenning, vidAvslut)).isEqualTo("0");
        assertThat(rapport.cell(forsorjning, lon, vidStart)).isEqualTo("0");
        assertThat(rapport.cell(forsorjning, lon, vidAvslut)).isEqualTo("5");
        assertThat(resanTog("1 (handläggare: register, exit, Deltagarrapport)")).isLessThan(60_000);
    }
}
