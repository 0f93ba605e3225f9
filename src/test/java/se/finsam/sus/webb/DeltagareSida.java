package se.finsam.sus.webb;

import org.openqa.selenium.By;

/**
 * The participants of one insats ({@code /insatser/<id>/deltagare}) and its registration dialog. After saving, the
 * application opens the new participation ({@link DeltagandeSida}).
 */
public final class DeltagareSida {

    private final Webbsession session;

    DeltagareSida(Webbsession session) {
        this.session = session;
    }

    /** Opens the insats's participants and waits for the list (and its Register button). */
    public DeltagareSida oppna(long insatsId) {
        session.oppna("/insatser/" + insatsId + "/deltagare");
        session.vantaPa(By.id("registrera"));
        return this;
    }

    /** Whether the page offers registration (it does not outside the user's uppdrag). */
    public boolean kanRegistrera() {
        return !session.driver().findElements(By.id("registrera")).isEmpty();
    }

    /** Fills in the registration form with the mouse and saves; waits for the new participation's page. */
    public DeltagandeSida registrera(Registrering r) {
        Falt falt = session.falt();
        falt.knapp("registrera");
        session.vantaPa(By.id("inskrivning"));
        falt.datum("samtyckesdatum", r.samtyckesdatum());
        falt.kryssa("informationsutbyte", r.myndighet());
        falt.kryssruta("samtycke-registrering");
        falt.skriv("identitetsnummer", r.identitetsnummer());
        falt.valj("hemkommun", r.hemkommun());
        falt.valjISelect("remitterande", r.remitterande());
        falt.valjISelect("tid-i-utanforskap", r.tidIUtanforskap());
        falt.datum("startdatum", r.startdatum());
        falt.kryssa("forsorjning-start-kallor", r.forsorjning());
        session.skarmbild("resa-registrering-ifylld.png");
        falt.knapp("registrera-dialog-spara");
        return session.deltagande().vantaPa();
    }
}
