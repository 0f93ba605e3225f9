package se.finsam.sus.rapport;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import se.finsam.sus.KaribuTest;

/**
 * The Standardrapport and Kostnadsrapport pages, browserless: opened from a URL as a bookmark would, the tables
 * show the fixture's figures with small counts as "..".
 */
class StandardrapportViewTest extends KaribuTest {

    @Autowired
    JdbcTemplate jdbc;

    StandardrapportFixtur fx;

    /** The fixture's participations leave with the class (see {@link StandardrapportFixtur#rensa}). */
    @AfterAll
    static void rensa(@Autowired JdbcTemplate jdbc) {
        StandardrapportFixtur.rensa(jdbc);
    }

    @BeforeEach
    void fixtur() {
        fx = StandardrapportFixtur.sakerstall(jdbc);
    }

    @Test
    void theStandardrapportOpensFromItsUrl() throws Exception {
        login("admin", DEMO_LOSENORD);
        oppna("rapporter/standard", Map.of("period", "1983", "enhet", "forbund-" + fx.f1));

        assertThat(_find(H2.class))
                .extracting(H2::getText)
                .contains(
                        "Insatser 1983",
                        "Deltagare 1983",
                        "Deltagare efter kön 1983",
                        "Personer, nya och avslutade deltaganden 1983");
        // Table 2: registered 7 and anonymous 3 hidden (..), the total 10 shown.
        Grid<?> deltagare = grid(2);
        assertThat(GridKt._getFormattedRow(deltagare, 0)).last().isEqualTo("..");
        assertThat(GridKt._getFormattedRow(deltagare, 1)).last().isEqualTo("..");
        assertThat(GridKt._getFormattedRow(deltagare, 2)).last().isEqualTo("10");
        // Table 1: two active insatser, one of them strukturövergripande.
        assertThat(GridKt._getFormattedRow(grid(1), 0)).last().isEqualTo("2");
    }

    @Test
    void theKostnadsrapportOpensFromItsUrl() throws Exception {
        login("admin", DEMO_LOSENORD);
        oppna("rapporter/kostnader", Map.of("period", "1983", "enhet", "forbund-" + fx.f1, "jamfor", "ja"));

        assertThat(_find(H2.class))
                .extracting(H2::getText)
                .containsExactly("Samverkansbudget 1983", "Insatsernas kostnader 1983");
        Grid<?> insatser = grid(2);
        List<String> perDeltagare = GridKt._getFormattedRow(insatser, 13);
        // F1: 260 000 kr utfall / 10 participants, in the total column.
        assertThat(perDeltagare.getLast().replaceAll("[\\s\\u00a0\\u202f]", "")).isEqualTo("26000,00");
    }

    /** Opens the page and runs the UI's queued work until the progress bar is hidden (at most 30 s). */
    private static void oppna(String route, Map<String, String> fraga) throws InterruptedException {
        UI.getCurrent().navigate(route, QueryParameters.simple(fraga));
        for (int i = 0;
                i < 300
                        && !_find(ProgressBar.class, s -> s.withId("rapport-pagar"))
                                .isEmpty();
                i++) {
            Thread.sleep(100);
            MockVaadin.clientRoundtrip(false);
        }
        assertThat(_find(ProgressBar.class, s -> s.withId("rapport-pagar")))
                .as("the report finished")
                .isEmpty();
    }

    private static Grid<?> grid(int nummer) {
        return _get(Grid.class, s -> s.withId("rapport-tabell-" + nummer));
    }
}
