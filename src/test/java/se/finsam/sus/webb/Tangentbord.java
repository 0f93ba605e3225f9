package se.finsam.sus.webb;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The keyboard alone: keys go to whatever has the focus, as a person's do. The page is only read (which element
 * has the focus, which option is highlighted) to know when to stop pressing; nothing is clicked. Moving to a field
 * is Tab, or Shift-Tab when the field lies before the focus, as many times as the focus order needs — so a journey
 * holds when fields are added or moved, and fails when a field cannot be reached by keyboard at all.
 */
public final class Tangentbord {

    /** More than any form of the application has focus stops. */
    private static final int HOGST_TAB = 120;

    private final Webbsession session;

    Tangentbord(Webbsession session) {
        this.session = session;
    }

    /** Presses keys (and types text) into the focused element. */
    public Tangentbord tryck(CharSequence... tangenter) {
        new Actions(session.driver()).sendKeys(tangenter).perform();
        return this;
    }

    /** Tab or Shift-Tab until the focus is inside the element with the id. */
    public Tangentbord till(String id) {
        return till(session.vantaPa(By.id(id)));
    }

    /** Tab or Shift-Tab until the focus is on the checkbox (or radio button) with the label in a group. */
    public Tangentbord tillKryss(String gruppId, String etikett) {
        WebElement ruta = session.vantan()
                .until(d -> d
                        .findElements(By.cssSelector(
                                "#" + gruppId + " vaadin-checkbox, #" + gruppId + " vaadin-radio-button"))
                        .stream()
                        .filter(e -> etikett.equals(Falt.etikett(e)))
                        .findFirst()
                        .orElse(null));
        return till(ruta);
    }

    private Tangentbord till(WebElement mal) {
        for (int i = 0; i < HOGST_TAB; i++) {
            Object lage = js(
                    "const a = document.activeElement, m = arguments[0];"
                            + "if (a && m.contains(a)) return 'inne';"
                            + "if (!a || a === document.body) return 'fram';"
                            + "return (m.compareDocumentPosition(a) & Node.DOCUMENT_POSITION_FOLLOWING) ? 'bak' : 'fram';",
                    mal);
            if ("inne".equals(lage)) {
                return this;
            }
            tryck("bak".equals(lage) ? Keys.chord(Keys.SHIFT, Keys.TAB) : Keys.TAB);
        }
        throw new AssertionError("could not reach by keyboard: " + mal.getDomAttribute("id") + " " + mal);
    }

    /**
     * Moves to a select and picks the option with the label: opens it with the down arrow, moves with the arrow
     * keys until the option is highlighted, and picks it with Enter.
     */
    public Tangentbord valjISelect(String id, String etikett) {
        till(id);
        return pilarTill(
                id,
                "vaadin-select-item",
                etikett,
                "const s = document.getElementById(arguments[0]);"
                        + "return !s.opened && s.querySelector('vaadin-select-value-button').textContent.trim()"
                        + " === arguments[1];");
    }

    /**
     * Moves to a combo box and picks the option with the label: types it, then arrow keys until the option is
     * highlighted (it may be already), and Enter.
     */
    public Tangentbord valjICombo(String id, String etikett) {
        till(id);
        tryck(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE, etikett);
        session.vantan().until(d -> session.synligtAlternativ("vaadin-combo-box-item", etikett));
        return pilarTill(
                id,
                "vaadin-combo-box-item",
                etikett,
                "const c = document.getElementById(arguments[0]);"
                        + "return !c.opened && !!c.value && c.querySelector('input').value === arguments[1];");
    }

    /**
     * Arrow down until the option with the label is highlighted, then Enter; done when {@code klar} (a script
     * given the field's id and the label) says the field shows the option and is closed.
     */
    private Tangentbord pilarTill(String id, String tagg, String etikett, String klar) {
        for (int i = 0; i < HOGST_TAB; i++) {
            Object markerad = js(
                    "const m = [...document.querySelectorAll(arguments[0])]"
                            + ".find(e => e.checkVisibility() && (e.hasAttribute('focused') || e === document.activeElement));"
                            + "return m ? m.textContent.trim() : '';",
                    tagg);
            if (etikett.equals(markerad)) {
                tryck(Keys.ENTER);
                session.vantan().until(d -> Boolean.TRUE.equals(js(klar, id, etikett)));
                return this;
            }
            tryck(Keys.ARROW_DOWN);
            try {
                new WebDriverWait(session.driver(), Duration.ofSeconds(2), Duration.ofMillis(50))
                        .until(d -> Boolean.TRUE.equals(js(
                                "return [...document.querySelectorAll(arguments[0])]"
                                        + ".some(e => e.checkVisibility() && e.hasAttribute('focused'));",
                                tagg)));
            } catch (TimeoutException e) {
                // The key opened the list without highlighting an option: the next one moves.
            }
        }
        throw new AssertionError("no option " + etikett + " reached with the arrow keys");
    }

    private Object js(String skript, Object... argument) {
        return ((JavascriptExecutor) session.driver()).executeScript(skript, argument);
    }
}
