package se.finsam.sus.webb;

import java.time.LocalDate;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Vaadin's fields as a user fills them in with mouse and keyboard, found by the component's id: the page objects'
 * shared way to type, pick and tick, so that no journey depends on a field's position in the layout. Options are
 * picked by their visible label (take it from the message bundle, {@code Oversattningar.svenska}).
 */
public final class Falt {

    private final Webbsession session;

    Falt(Webbsession session) {
        this.session = session;
    }

    /** Replaces the text of a text, number or date field and leaves it (Tab), so that its value is sent. */
    public void skriv(String id, String text) {
        WebElement input = session.vantaPa(By.cssSelector("#" + id + " input"));
        session.rullaFram(input);
        klickPa(input);
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        input.sendKeys(text, Keys.TAB);
    }

    /**
     * A date typed as Swedes write it (ISO), the date picker's format in the Swedish locale, and taken with Enter,
     * which also closes the calendar that typing opened (else the next click would only close it).
     */
    public void datum(String id, LocalDate datum) {
        WebElement input = session.vantaPa(By.cssSelector("#" + id + " input"));
        session.rullaFram(input);
        klickPa(input);
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        input.sendKeys(datum.toString(), Keys.ENTER);
        session.vantan().until(d -> !"true".equals(d.findElement(By.id(id)).getDomProperty("opened")));
    }

    /** A combo box: types the label to filter the options, then clicks the option with exactly that label. */
    public void valj(String id, String etikett) {
        WebElement input = session.vantaPa(By.cssSelector("#" + id + " input"));
        session.rullaFram(input);
        klickPa(input);
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        input.sendKeys(etikett);
        klickaAlternativ("vaadin-combo-box-item", etikett);
        session.vantan().until(d -> !session.visas("vaadin-combo-box-item"));
    }

    /** A select: opens it and clicks the option with that label. */
    public void valjISelect(String id, String etikett) {
        WebElement select = session.vantaPa(By.id(id));
        session.rullaFram(select);
        klickPa(select);
        klickaAlternativ("vaadin-select-item", etikett);
        session.vantan().until(d -> !"true".equals(d.findElement(By.id(id)).getDomProperty("opened")));
    }

    /** Ticks (or unticks) the box with that label in a checkbox group, or the button of a radio button group. */
    public void kryssa(String gruppId, String etikett) {
        WebElement ruta = session.vantan()
                .until(d -> d
                        .findElements(By.cssSelector(
                                "#" + gruppId + " vaadin-checkbox, #" + gruppId + " vaadin-radio-button"))
                        .stream()
                        .filter(e -> etikett.equals(etikett(e)))
                        .findFirst()
                        .orElse(null));
        klicka(ruta);
    }

    /** A single checkbox. */
    public void kryssruta(String id) {
        klicka(session.vantaPa(By.id(id)));
    }

    /**
     * Clicks a checkbox or radio button on its label, as people do: the native input is hidden under the
     * component's own box, and a click at its point does not reach it.
     */
    private void klicka(WebElement ruta) {
        WebElement label = ruta.findElement(By.cssSelector("label"));
        session.rullaFram(label);
        boolean fore = "true".equals(ruta.getDomProperty("checked"));
        klickPa(label);
        session.vantan().until(d -> fore != "true".equals(ruta.getDomProperty("checked")));
    }

    /** Clicks a button once it is there and enabled. */
    public void knapp(String id) {
        WebElement knapp = session.vantan().until(ExpectedConditions.elementToBeClickable(By.id(id)));
        session.rullaFram(knapp);
        klickPa(knapp);
    }

    /** The label of a checkbox or radio button (its {@code label} property, else its text). */
    static String etikett(WebElement e) {
        String label = e.getDomProperty("label");
        return label == null || label.isBlank() ? e.getText().strip() : label.strip();
    }

    /**
     * A click as a person makes it. ChromeDriver's check that nothing covers the element can take the dialog
     * around slotted content for what covers it; then the pointer events go to the element's point, which is what
     * a person's click does.
     */
    void klickPa(WebElement element) {
        try {
            element.click();
        } catch (ElementClickInterceptedException e) {
            new Actions(session.driver()).moveToElement(element).click().perform();
        }
    }

    private void klickaAlternativ(String tagg, String etikett) {
        WebElement alternativ = session.vantan().until(d -> session.synligtAlternativ(tagg, etikett));
        klickPa(alternativ);
    }
}
