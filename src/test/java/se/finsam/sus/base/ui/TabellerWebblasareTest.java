package se.finsam.sus.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import se.finsam.sus.WebTest;
import se.finsam.sus.base.Roll;
import se.finsam.sus.webb.WebbAnvandare;
import se.finsam.sus.webb.Webbsession;

/**
 * Issue 13: at 1400 px the budget, uppdrag, user, import-history and audit grids cut their text ("4 000 000,…",
 * "Samver…"). In headless Chromium at that width, no cell of those grids is narrower than its text.
 */
class TabellerWebblasareTest extends WebTest {

    /** The cells whose text does not fit: overflowing content (ellipsis) of every rendered cell of every grid. */
    private static final String AVKAPADE = """
            const ut = [];
            for (const grid of document.querySelectorAll('vaadin-grid')) {
              for (const cell of grid.querySelectorAll('vaadin-grid-cell-content')) {
                if (cell.offsetParent !== null && cell.textContent.trim() && cell.scrollWidth > cell.clientWidth + 1) {
                  ut.push((grid.id || '?') + ': ' + cell.textContent.trim());
                }
              }
            }
            return ut;""";

    @Value("${local.server.port}")
    int port;

    @Autowired
    ApplicationContext spring;

    @Autowired
    JdbcTemplate jdbc;

    private Webbsession webb;

    @BeforeEach
    void startBrowser() {
        webb = Webbsession.starta(port, "1400,900");
    }

    @AfterEach
    void stopBrowser() {
        if (webb != null) {
            webb.close();
        }
    }

    @Test
    void nothingIsCutAt1400Px() throws Exception {
        WebbAnvandare admin = WebbAnvandare.skapa(spring, Roll.SYSTEMADMINISTRATOR, "Tabelltest Administratör");
        webb.oppna("/admin/anvandare");
        webb.loggaIn(admin);
        long insats = jdbc.queryForObject("select min(b.insats_id) from insatsbudget b", Long.class);
        List<String> avkapade = new ArrayList<>();
        for (String sida :
                List.of("/admin/anvandare", "/admin/uppdrag", "/admin/logg", "/admin/import", "/insatser/" + insats)) {
            webb.oppna(sida);
            webb.vantaPa(By.cssSelector("vaadin-grid vaadin-grid-cell-content"));
            // The grids measure their columns once the first rows have rendered.
            Thread.sleep(1500);
            @SuppressWarnings("unchecked")
            List<String> pasidan = (List<String>) ((JavascriptExecutor) webb.driver()).executeScript(AVKAPADE);
            pasidan.forEach(c -> avkapade.add(sida + " " + c));
            webb.skarmbild("tabeller" + sida.replace('/', '-') + ".png");
        }
        assertThat(avkapade).isEmpty();
    }
}
