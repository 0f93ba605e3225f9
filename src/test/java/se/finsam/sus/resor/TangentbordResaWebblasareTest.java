package se.finsam.sus.resor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import se.finsam.sus.base.Roll;
import se.finsam.sus.behorighet.Arbetsgivare;
import se.finsam.sus.behorighet.UppdragAdministration;
import se.finsam.sus.deltagare.Forsorjningskalla;
import se.finsam.sus.deltagare.Myndighet;
import se.finsam.sus.deltagare.TidIUtanforskap;
import se.finsam.sus.webb.DeltagandeSida;
import se.finsam.sus.webb.Tangentbord;
import se.finsam.sus.webb.WebbAnvandare;
import se.finsam.sus.webb.Webbsession;

/**
 * Journey 5, with the keyboard only: a handläggare (deltagaransvarig at Försäkringskassan with an uppdrag on the
 * journey's own insats) opens the insats's participants, opens the registration form with Enter, fills it in with
 * Tab, Shift-Tab, Space, the arrow keys and typing, corrects an earlier field by going back with Shift-Tab, and
 * saves with Enter; the participation's page then shows what was entered. Nothing is clicked after the login.
 */
class TangentbordResaWebblasareTest extends Resa {

    @Autowired
    UppdragAdministration uppdrag;

    @Test
    void handlaggareRegistersAParticipantWithTheKeyboardOnly() throws Exception {
        LocalDate idag = LocalDate.now();
        WebbAnvandare handlaggare = WebbAnvandare.skapa(
                spring, Arbetsgivare.FORSAKRINGSKASSAN, Set.of(Roll.DELTAGARANSVARIG), "Tove Tangentbord");
        loggaSomDemo("insats");
        long insats = nyInsats("Resa 5 Tangentbordet", idag.minusMonths(2), false);
        uppdrag.geInsatsuppdrag(
                handlaggare.anvandarnamn(), Roll.DELTAGARANSVARIG, insats, idag.minusDays(1), idag.plusMonths(6), null);
        SecurityContextHolder.clearContext();

        Webbsession webb = webblasare();
        startaResan();
        webb.oppna("/");
        webb.loggaIn(handlaggare);
        webb.oppna("/insatser/" + insats + "/deltagare");
        Tangentbord tangenter = webb.tangentbord();
        String personnummer = personnummer();
        String forsta = sv("deltagare.tidiutanforskap.", TidIUtanforskap.AR_1_2);
        String rattad = sv("deltagare.tidiutanforskap.", TidIUtanforskap.AR_2_5);

        tangenter.till("registrera").tryck(Keys.ENTER);
        webb.vantaPa(By.id("inskrivning"));
        tangenter
                .tillKryss("informationsutbyte", sv("deltagare.myndighet.", Myndighet.FORSAKRINGSKASSAN))
                .tryck(Keys.SPACE);
        tangenter.till("samtycke-registrering").tryck(Keys.SPACE);
        tangenter.till("identitetsnummer").tryck(personnummer);
        tangenter.valjICombo("hemkommun", UPPLANDS_VASBY);
        tangenter.valjISelect("remitterande", sv("deltagare.myndighet.", Myndighet.FORSAKRINGSKASSAN));
        tangenter.valjISelect("tid-i-utanforskap", forsta);
        tangenter
                .tillKryss(
                        "forsorjning-start-kallor", sv("deltagare.forsorjningskalla.", Forsorjningskalla.SJUKPENNING))
                .tryck(Keys.SPACE);
        // A second thought: back up with Shift-Tab to the time outside work and correct it.
        tangenter.valjISelect("tid-i-utanforskap", rattad);
        webb.skarmbild("resa5-tangentbord-ifyllt.png");
        tangenter.till("registrera-dialog-spara").tryck(Keys.ENTER);

        DeltagandeSida deltagande = webb.deltagande().vantaPa();
        webb.skarmbild("resa5-tangentbord-sparat.png");
        assertThat(siffror(deltagande.text())).contains(personnummer);
        assertThat(deltagande.text())
                .contains(UPPLANDS_VASBY)
                .contains(rattad)
                .doesNotContain(forsta)
                .contains(sv("deltagare.forsorjningskalla.", Forsorjningskalla.SJUKPENNING));
        assertThat(resanTog("5 (keyboard only: registration form)")).isLessThan(60_000);
    }
}
