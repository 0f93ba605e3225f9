package se.finsam.sus.webb;

import java.nio.file.Path;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The public försörjningsmått dashboard ({@code /forsorjningsmatt}): level, area and quarters, tables, downloads. */
public final class ForsorjningsmattSida {

    private final Webbsession session;

    ForsorjningsmattSida(Webbsession session) {
        this.session = session;
    }

    public ForsorjningsmattSida oppna() {
        session.oppna("/forsorjningsmatt");
        session.vantaPa(By.id("forsorjningsmatt"));
        return this;
    }

    /** Picks a level (its label, e.g. "Samordningsförbund") and an area of that level by name. */
    public ForsorjningsmattSida valjOmrade(String niva, String omrade) {
        session.falt().valjISelect("fm-niva", niva);
        session.falt().valj("fm-omrade", omrade);
        session.vantan()
                .until(d -> d.findElements(By.cssSelector("#forsorjningsmatt h2")).stream()
                        .anyMatch(h -> h.getText().equals(omrade)));
        return this;
    }

    /** Picks the first and the last quarter, e.g. "2036K1". */
    public ForsorjningsmattSida valjKvartal(String fran, String till) {
        session.falt().valj("fm-fran", fran);
        session.falt().valj("fm-till", till);
        return this;
    }

    /** The rows of a section's table by the section's id, e.g. {@code "fm-medlemmar"}. */
    public List<List<String>> rader(String sektion) {
        WebElement grid = session.vantaPa(By.cssSelector("vaadin-grid#" + sektion + ", #" + sektion + " vaadin-grid"));
        session.rullaFram(grid);
        session.vantan().until(d -> !session.gridrader(grid).isEmpty());
        return session.gridrader(grid);
    }

    /** Downloads the tables shown as CSV with a click on the link. */
    public Path laddaNedCsv() {
        return session.laddaNed(By.id("fm-export-csv"), "csv");
    }
}
