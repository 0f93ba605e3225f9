package se.finsam.sus.webb;

import org.openqa.selenium.By;

/** The second step of the login: the one-time code. */
public final class TvafaktorSida {

    private final Webbsession session;

    TvafaktorSida(Webbsession session) {
        this.session = session;
    }

    /** Waits for the code field, types the code and continues. */
    public void skickaIn(String kod) {
        session.vantaPa(By.cssSelector("#engangskod input")).sendKeys(kod);
        session.hitta(By.id("fortsatt")).click();
    }
}
