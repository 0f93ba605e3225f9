package se.finsam.sus.webb;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/** The login page ({@code /login}): Vaadin's login form. */
public final class LoginSida {

    private final Webbsession session;

    LoginSida(Webbsession session) {
        this.session = session;
    }

    /** Waits for the login page, then fills in the form and sends it. */
    public void skickaIn(String anvandarnamn, String losenord) {
        session.vantaPaAdress("/login");
        session.vantaPa(falt("vaadin-text-field")).sendKeys(anvandarnamn);
        session.hitta(falt("vaadin-password-field")).sendKeys(losenord);
        session.hitta(By.cssSelector("vaadin-login-form vaadin-button[slot='submit'], vaadin-login-form vaadin-button"))
                .click();
    }

    /** The error message the form shows after a refused login (waits for it). */
    public String felmeddelande() {
        session.vantan().until(d -> d.getCurrentUrl().contains("error"));
        return session.vantan().until(d -> {
            Object t = ((JavascriptExecutor) d)
                    .executeScript("const f = document.querySelector('vaadin-login-form');"
                            + "return f && f.error ? f.i18n.errorMessage.message : null;");
            return t == null ? null : t.toString();
        });
    }

    /** What the user-name field holds now (after a refused login: what was typed, waits for it). */
    public String anvandarnamn() {
        return session.vantan().until(d -> {
            Object v = ((JavascriptExecutor) d)
                    .executeScript("const f = document.querySelector('vaadin-login-form vaadin-text-field');"
                            + "return f && f.value ? f.value : null;");
            return v == null ? null : v.toString();
        });
    }

    /** The input inside a Vaadin field of the login form (the native input is slotted into the light DOM). */
    private static By falt(String falt) {
        return By.cssSelector("vaadin-login-form " + falt + " input");
    }
}
