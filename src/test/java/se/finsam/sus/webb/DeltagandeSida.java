package se.finsam.sus.webb;

import java.time.LocalDate;
import org.openqa.selenium.By;

/** One participation ({@code /deltagande/<id>}): what was recorded, and the exit dialog. */
public final class DeltagandeSida {

    private final Webbsession session;

    DeltagandeSida(Webbsession session) {
        this.session = session;
    }

    /** Waits until a participation's page is shown (its Exit button). */
    public DeltagandeSida vantaPa() {
        session.vantan().until(d -> d.getCurrentUrl().contains("/deltagande/"));
        session.vantaPa(By.id("skriv-ut"));
        return this;
    }

    /** The participation's id, from the address. */
    public long id() {
        String adress = session.adress();
        return Long.parseLong(adress.substring(adress.lastIndexOf('/') + 1).replaceAll("[?#].*", ""));
    }

    /** Everything the page says about the participation, as text (terms and values). */
    public String text() {
        return session.hitta(By.id("deltagande")).getText();
    }

    /**
     * Exits the participant with the mouse: end date, reason, one source of försörjning at exit and hours of work
     * without subsidy; waits until the page shows the exit.
     */
    public DeltagandeSida skrivUt(LocalDate slutdatum, String anledning, String forsorjning, int timmarUtanStod) {
        Falt falt = session.falt();
        falt.knapp("skriv-ut");
        session.vantaPa(By.id("utskrivning"));
        falt.datum("slutdatum", slutdatum);
        falt.valjISelect("avslutsanledning", anledning);
        falt.kryssa("forsorjning-slut-kallor", forsorjning);
        falt.skriv("forsorjning-slut-timmar-utan-stod", String.valueOf(timmarUtanStod));
        session.skarmbild("resa-utskrivning-ifylld.png");
        falt.knapp("utskrivning-dialog-spara");
        session.vantan().until(d -> d.findElements(By.id("utskrivning")).isEmpty());
        session.vantan().until(d -> d.findElement(By.id("deltagande")).getText().contains(slutdatum.toString()));
        return this;
    }
}
