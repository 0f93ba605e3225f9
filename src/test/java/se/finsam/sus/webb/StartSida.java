package se.finsam.sus.webb;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The start view (the root route) after login. */
public final class StartSida {

    private final Webbsession session;

    StartSida(Webbsession session) {
        this.session = session;
    }

    /** Waits for the start view and returns it. */
    public WebElement vantaPa() {
        return session.vantaPa(By.id("startvy"));
    }
}
