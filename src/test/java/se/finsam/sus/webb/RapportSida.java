package se.finsam.sus.webb;

import java.nio.file.Path;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A report page ({@code /rapporter/<familj>?…}): the selection panel, the tables (each a grid under its heading)
 * and the downloads.
 */
public final class RapportSida {

    private final Webbsession session;

    RapportSida(Webbsession session) {
        this.session = session;
    }

    /** Opens a report from its address, e.g. {@code ("deltagare", "period=2025&enhet=insats-12")}. */
    public RapportSida oppna(String familj, String fraga) {
        session.oppna("/rapporter/" + familj + (fraga.isEmpty() ? "" : "?" + fraga));
        return vantaPaTabeller();
    }

    /** Waits until the report has run: its first table is shown. */
    public RapportSida vantaPaTabeller() {
        session.vantaPa(By.id("rapport-tabell-1"));
        return this;
    }

    /** Picks the year in the selection panel. */
    public RapportSida valjAr(int ar) {
        session.falt().valjISelect("rapport-ar", String.valueOf(ar));
        return this;
    }

    /** Picks the unit by its label in the selection panel, e.g. "Län: Stockholms län". */
    public RapportSida valjEnhet(String etikett) {
        session.falt().valj("rapport-enhet", etikett);
        return this;
    }

    /** "Visa rapport": waits until the old tables are replaced by the new ones. */
    public RapportSida visa() {
        WebElement gammal = session.hitta(By.id("rapport-tabell-1"));
        session.falt().knapp("rapport-visa");
        session.vantan().until(ExpectedConditions.stalenessOf(gammal));
        return vantaPaTabeller();
    }

    /** The line above the tables: the unit and the period. */
    public String urvalstext() {
        return session.vantaPa(By.id("rapport-urvalstext")).getText();
    }

    /** The grid of the first table whose heading starts with {@code rubrik}. */
    public WebElement tabell(String rubrik) {
        return session.vantan().until(d -> (WebElement) ((JavascriptExecutor) d)
                .executeScript(
                        "const h = [...document.querySelectorAll('#rapport-resultat h2')]"
                                + ".find(h => h.textContent.startsWith(arguments[0]));"
                                + "return h ? h.parentElement.querySelector('vaadin-grid') : null;",
                        rubrik));
    }

    /** The rows of a table as text. */
    public List<List<String>> rader(WebElement tabell) {
        session.vantan().until(d -> !session.gridrader(tabell).isEmpty());
        return session.gridrader(tabell);
    }

    /** The cell of the row labelled {@code rad} in the column headed {@code kolumn}. */
    public String cell(WebElement tabell, String rad, String kolumn) {
        int k = session.gridrubriker(tabell).indexOf(kolumn);
        if (k < 0) {
            throw new AssertionError("no column " + kolumn + " in " + session.gridrubriker(tabell));
        }
        return rader(tabell).stream()
                .filter(r -> r.get(0).equals(rad))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no row " + rad + " in " + rader(tabell)))
                .get(k);
    }

    /** Downloads the report as {@code xlsx}, {@code csv} or {@code pdf} with a click on its link. */
    public Path laddaNed(String format) {
        return session.laddaNed(By.id("rapport-export-" + format), format);
    }
}
