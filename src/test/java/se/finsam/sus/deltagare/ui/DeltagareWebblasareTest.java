package se.finsam.sus.deltagare.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.core.context.SecurityContextHolder;
import se.finsam.sus.KaribuTest;
import se.finsam.sus.WebTest;
import se.finsam.sus.Webblasare;
import se.finsam.sus.base.Roll;
import se.finsam.sus.behorighet.TestInloggning;
import se.finsam.sus.behorighet.UppdragAdministration;
import se.finsam.sus.deltagare.DeltagandeService;
import se.finsam.sus.deltagare.Forsorjning;
import se.finsam.sus.deltagare.Forsorjningskalla;
import se.finsam.sus.deltagare.Inskrivning;
import se.finsam.sus.deltagare.Myndighet;
import se.finsam.sus.deltagare.Samtycke;
import se.finsam.sus.deltagare.TidIUtanforskap;
import se.finsam.sus.organisation.InsatsService;
import se.finsam.sus.organisation.OrganisationService;
import se.finsam.sus.organisation.Uppfoljningsmetod;
import se.finsam.sus.webb.WebbAnvandare;
import se.finsam.sus.webb.Webbsession;

/**
 * End to end in headless Chromium: a handläggare logs in with the second factor, opens the participants of an
 * insats and the registration form. The handläggare is this class's own user, with its own second-factor secret,
 * so no other browser test can use up its codes. Screenshots go to target/screenshots for a person to look at.
 */
class DeltagareWebblasareTest extends WebTest {

    @Value("${local.server.port}")
    int port;

    @Autowired
    ApplicationContext spring;

    @Autowired
    AuthenticationConfiguration authenticationConfiguration;

    @Autowired
    OrganisationService organisationer;

    @Autowired
    InsatsService insatser;

    @Autowired
    UppdragAdministration uppdrag;

    @Autowired
    DeltagandeService deltagare;

    private Webbsession webb;
    private WebbAnvandare handlaggare;
    private long insatsId;

    @BeforeEach
    void insatsMedDeltagareOchWebblasare() throws Exception {
        Webblasare.kravInstallerad();
        handlaggare = WebbAnvandare.skapa(spring, Roll.DELTAGARANSVARIG, "Didrik Deltagaransvarig");
        logga("insats", KaribuTest.DEMO_LOSENORD);
        insatsId = DeltagarTestdata.nyInsats(organisationer, insatser, Uppfoljningsmetod.INDIVID);
        DeltagarTestdata.deltagaransvarigI(uppdrag, handlaggare.anvandarnamn(), insatsId);
        logga(handlaggare.anvandarnamn(), handlaggare.losenord());
        LocalDate idag = LocalDate.now();
        for (int i = 0; i < 12; i++) {
            LocalDate fodd = LocalDate.of(1970 + i * 3, 1 + i % 12, 1 + i);
            deltagare.registrera(
                    insatsId,
                    new Inskrivning(
                            DeltagarTestdata.personnummer(fodd, i),
                            idag.minusDays(30 - i),
                            new Samtycke(idag.minusDays(30 - i), Set.of(Myndighet.FORSAKRINGSKASSAN), true),
                            null,
                            DeltagarTestdata.HEMKOMMUN,
                            Set.of(),
                            null,
                            Myndighet.values()[i % 4],
                            TidIUtanforskap.values()[i % 6],
                            false,
                            new Forsorjning(Set.of(Forsorjningskalla.values()[i % 10]), 0, 0, 0, 0)));
        }
        SecurityContextHolder.clearContext();
        webb = Webbsession.starta(port, "1400,1000");
    }

    private void logga(String anvandare, String losenord) throws Exception {
        TestInloggning.fullt(authenticationConfiguration
                .getAuthenticationManager()
                .authenticate(UsernamePasswordAuthenticationToken.unauthenticated(anvandare, losenord)));
    }

    @AfterEach
    void stopBrowser() {
        if (webb != null) {
            webb.close();
        }
    }

    @Test
    void handlaggareOpensTheParticipantsAndTheRegistrationForm() throws Exception {
        webb.oppna("/deltagare");
        webb.loggaIn(handlaggare);

        webb.oppna("/deltagare");
        webb.vantaPa(By.id("mina-insatser"));
        webb.skarmbild("deltagare.png");

        webb.oppna("/insatser/" + insatsId + "/deltagare");
        webb.vantan()
                .until(d -> d.findElements(By.cssSelector("#deltagare-grid vaadin-grid-cell-content a"))
                                .size()
                        >= 12);
        webb.skarmbild("deltagare-grid.png");

        webb.hitta(By.id("registrera")).click();
        WebElement identitet = webb.vantaPa(By.cssSelector("#identitetsnummer input"));
        identitet.sendKeys("121212-1213", Keys.TAB);
        WebElement fel = webb.vantan()
                .until(d -> d.findElements(By.cssSelector("#identitetsnummer [slot='error-message']")).stream()
                        .filter(e -> !e.getText().isBlank())
                        .findFirst()
                        .orElse(null));
        webb.skarmbild("registrering.png");
        assertThat(fel.getText()).startsWith("Kontrollsiffran");
        webb.rullaFram(webb.hitta(By.id("forsorjning-start-kallor")));
        webb.skarmbild("registrering-forsorjning.png");

        webb.hitta(By.id("registrera-dialog-avbryt")).click();
        webb.hitta(By.cssSelector("#deltagare-grid vaadin-grid-cell-content a")).click();
        webb.vantan()
                .until(d -> d.findElements(By.id("historik")).size()
                                + d.findElements(By.id("ratta-inskrivning")).size()
                        > 0);
        webb.skarmbild("deltagande.png");
    }
}
