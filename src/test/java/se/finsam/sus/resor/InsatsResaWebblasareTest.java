package se.finsam.sus.resor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import se.finsam.sus.base.Roll;
import se.finsam.sus.behorighet.Arbetsgivare;
import se.finsam.sus.behorighet.UppdragAdministration;
import se.finsam.sus.deltagare.Forsorjningskalla;
import se.finsam.sus.deltagare.Myndighet;
import se.finsam.sus.deltagare.TidIUtanforskap;
import se.finsam.sus.organisation.Inriktning;
import se.finsam.sus.organisation.PreciseradInriktning;
import se.finsam.sus.organisation.Uppfoljningsmetod;
import se.finsam.sus.webb.DeltagandeSida;
import se.finsam.sus.webb.Registrering;
import se.finsam.sus.webb.WebbAnvandare;
import se.finsam.sus.webb.Webbsession;

/**
 * Journey 2: a förbund's insatsansvarig creates an insats with a budget and gives a handläggare an uppdrag on it;
 * the handläggare can now register there, and cannot once the insatsansvarig has ended the uppdrag. Two people at
 * two browsers: the insatsansvarig (employed by a kommun, insatsansvarig of Norra Stockholm by the system
 * administrator's uppdrag) and the handläggare (deltagaransvarig at Arbetsförmedlingen).
 */
class InsatsResaWebblasareTest extends Resa {

    @Autowired
    UppdragAdministration uppdrag;

    @Test
    void insatsansvarigCreatesAnInsatsAndOpensAndClosesItToAHandlaggare() throws Exception {
        LocalDate idag = LocalDate.now();
        WebbAnvandare insatsansvarig =
                WebbAnvandare.skapa(spring, Arbetsgivare.KOMMUN, Set.of(Roll.INSATSANSVARIG), "Ingrid Insatsansvarig");
        WebbAnvandare handlaggare = WebbAnvandare.skapa(
                spring, Arbetsgivare.ARBETSFORMEDLINGEN, Set.of(Roll.DELTAGARANSVARIG), "Hugo Handläggare");
        loggaSomDemo("admin");
        long forbund = norraStockholm();
        uppdrag.geOrganisationsuppdrag(
                insatsansvarig.anvandarnamn(),
                Roll.INSATSANSVARIG,
                forbund,
                idag.minusDays(1),
                idag.plusMonths(6),
                null);
        SecurityContextHolder.clearContext();

        Webbsession forbundet = webblasare();
        Webbsession handlaggarens = webblasare();
        startaResan();
        forbundet.oppna("/");
        forbundet.loggaIn(insatsansvarig);
        steg("insatsansvarig logged in");
        String namn = unikt("Resa 2 Jobbspåret");
        long insats = forbundet
                .insatser()
                .nyInsats(
                        forbund,
                        namn,
                        idag.minusMonths(1),
                        sv("inriktning.", Inriktning.INDIVIDINRIKTAD),
                        sv("preciserad.", PreciseradInriktning.FORBEREDANDE),
                        sv("uppfoljningsmetod.", Uppfoljningsmetod.INDIVID));
        steg("insats created");
        forbundet.insatser().nyBudget(20, 750_000);
        steg("budget saved");
        assertThat(forbundet.insatser().budgetrader())
                .anySatisfy(rad -> assertThat(rad).contains(String.valueOf(idag.getYear()), "20"));
        forbundet.insatser().geUppdrag(sv("roll.", Roll.DELTAGARANSVARIG), handlaggare.etikett());
        forbundet.skarmbild("resa2-insats-budget-uppdrag.png");
        steg("insats, budget and uppdrag given");

        handlaggarens.oppna("/");
        handlaggarens.loggaIn(handlaggare);
        steg("handläggare logged in");
        String personnummer = personnummer();
        DeltagandeSida deltagande = handlaggarens
                .deltagare()
                .oppna(insats)
                .registrera(new Registrering(
                        personnummer,
                        idag,
                        idag,
                        sv("deltagare.myndighet.", Myndighet.ARBETSFORMEDLINGEN),
                        UPPLANDS_VASBY,
                        sv("deltagare.myndighet.", Myndighet.ARBETSFORMEDLINGEN),
                        sv("deltagare.tidiutanforskap.", TidIUtanforskap.AR_1_2),
                        sv("deltagare.forsorjningskalla.", Forsorjningskalla.AKTIVITETSSTOD)));
        assertThat(siffror(deltagande.text())).contains(personnummer);
        assertThat(deltagande.text()).contains(namn);
        long deltagandeId = deltagande.id();
        handlaggarens.skarmbild("resa2-registrerad.png");
        steg("handläggare registered");

        // The insatsansvarig is still on the insats's page, with the uppdrag just given.
        forbundet.insatser().avslutaUppdrag();
        forbundet.skarmbild("resa2-uppdrag-avslutat.png");

        handlaggarens.oppna("/insatser/" + insats + "/deltagare");
        handlaggarens.vantaPa(By.id("hittades-inte"));
        assertThat(handlaggarens.deltagare().kanRegistrera()).isFalse();
        handlaggarens.oppna("/deltagande/" + deltagandeId);
        handlaggarens.vantaPa(By.id("hittades-inte"));
        handlaggarens.skarmbild("resa2-ingen-atkomst.png");
        assertThat(resanTog("2 (insatsansvarig: insats, budget, uppdrag; handläggare registers, then cannot)"))
                .isLessThan(60_000);
    }
}
