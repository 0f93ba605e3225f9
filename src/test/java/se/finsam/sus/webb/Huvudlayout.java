package se.finsam.sus.webb;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The main layout around every view after login: the main menu and the logout button. */
public final class Huvudlayout {

    private final Webbsession session;

    Huvudlayout(Webbsession session) {
        this.session = session;
    }

    /** Waits for the main menu, i.e. until a logged-in view is shown. */
    public WebElement vantaPa() {
        return session.vantaPa(By.id("huvudmeny"));
    }

    public void loggaUt() {
        session.hitta(By.id("logga-ut")).click();
    }
}
