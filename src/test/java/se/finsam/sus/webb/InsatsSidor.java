package se.finsam.sus.webb;

import java.time.LocalDate;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;

/**
 * A förbund's page ({@code /organisationer/<id>}) with its New insats dialog, and an insats's page
 * ({@code /insatser/<id>}) with its budget years and its uppdrag panel.
 */
public final class InsatsSidor {

    private final Webbsession session;

    InsatsSidor(Webbsession session) {
        this.session = session;
    }

    /**
     * On the förbund's page: a new individinriktad insats with individual follow-up, from {@code start}; returns
     * the new insats's id once its page is shown.
     */
    public long nyInsats(
            long organisationId,
            String namn,
            LocalDate start,
            String inriktning,
            String preciserad,
            String uppfoljningsmetod) {
        session.oppna("/organisationer/" + organisationId);
        Falt falt = session.falt();
        falt.knapp("ny-insats");
        falt.skriv("insats-namn", namn);
        falt.datum("insats-startdatum", start);
        falt.valj("insats-inriktning", inriktning);
        falt.valj("insats-preciserad", preciserad);
        falt.valj("insats-uppfoljningsmetod", uppfoljningsmetod);
        session.skarmbild("resa-ny-insats.png");
        falt.knapp("spara-insats");
        session.vantan().until(d -> d.getCurrentUrl().matches(".*/insatser/[0-9]+$"));
        session.vantaPa(By.id("insatsbudget"));
        String adress = session.adress();
        return Long.parseLong(adress.substring(adress.lastIndexOf('/') + 1));
    }

    /** Opens an insats's page. */
    public InsatsSidor oppnaInsats(long insatsId) {
        session.oppna("/insatser/" + insatsId);
        session.vantaPa(By.id("insatsbudget"));
        return this;
    }

    /** A new budget year (the year the dialog proposes) with planned participants and a personnel budget. */
    public InsatsSidor nyBudget(int planeradeDeltagare, long personalBudget) {
        Falt falt = session.falt();
        falt.knapp("ny-insatsbudget");
        falt.skriv("budget-planerade", String.valueOf(planeradeDeltagare));
        falt.skriv("personal-budget", String.valueOf(personalBudget));
        session.skarmbild("resa-ny-budget.png");
        falt.knapp("spara-budget");
        // Saved: the dialog closes (it may stay in the page, closed, while only the budget section is rebuilt).
        session.vantan()
                .until(d -> Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) d)
                        .executeScript(
                                "const e = document.getElementById('insatsbudget-dialog'); return !e || !e.opened;")));
        return this;
    }

    /** The rows of the insats's budget grid. */
    public List<List<String>> budgetrader() {
        return session.vantan().ignoring(StaleElementReferenceException.class).until(d -> {
            List<List<String>> rader = session.gridrader(d.findElement(By.id("insatsbudget")));
            return rader.isEmpty() ? null : rader;
        });
    }

    /** Gives the user (picked by the label "Name (user name)") an uppdrag in the role, today for a year. */
    public InsatsSidor geUppdrag(String roll, String anvandare) {
        Falt falt = session.falt();
        if (!roll.equals(session.hitta(By.cssSelector("#uppdrag-roll input")).getDomProperty("value"))) {
            falt.valj("uppdrag-roll", roll);
        }
        falt.valj("uppdrag-anvandare", anvandare);
        falt.knapp("ge-uppdrag");
        session.vantan()
                .until(d -> d.findElement(By.id("uppdrag"))
                        .getText()
                        .contains(anvandare.split(" \\(")[0]));
        return this;
    }

    /** Ends the insats's one running uppdrag with its Avsluta button. */
    public InsatsSidor avslutaUppdrag() {
        By avsluta = By.cssSelector("#uppdrag vaadin-button[id^='avsluta-uppdrag-']");
        session.falt().klickPa(session.vantaPa(avsluta));
        session.vantan().until(d -> d.findElements(avsluta).isEmpty());
        return this;
    }
}
