package se.finsam.sus.rapport.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import se.finsam.sus.KaribuTest;
import se.finsam.sus.rapport.Rad;

/**
 * The Deltagarrapport page as the demo rapportläsare (riket) opens it from a bookmarked URL: the tables show, with
 * the transition view for the chosen source and the flows per kön. The demo data (from 2024) has avslutade with
 * changed försörjning, so the 2025 report has figures.
 */
class DeltagarrapportViewTest extends KaribuTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aBookmarkedDeltagarrapportShowsItsTables() throws Exception {
        login("rapport", DEMO_LOSENORD);
        RapportSida.oppna("rapporter/deltagare", "period=2025&enhet=riket&kon=ja&kalla=SJUKPENNING");
        assertThat(_get(Div.class, spec -> spec.withId("rapport-fel")).isVisible())
                .isFalse();
        List<String> rubriker = _find(H2.class).stream().map(H2::getText).toList();
        assertThat(rubriker).anyMatch(r -> r.startsWith("Översikt"));
        assertThat(rubriker)
                .anyMatch(r -> r.equals(
                        "Försörjning vid avslut för dem med Sjukpenning (inkl. rehabiliteringspenning) vid start"));
        assertThat(rubriker).anyMatch(r -> r.startsWith("Övergångar per grupp"));
        assertThat(rubriker).anyMatch(r -> r.startsWith("Tid i insats"));
        @SuppressWarnings("unchecked")
        Grid<Rad> oversikt = _get(Grid.class, spec -> spec.withId("rapport-tabell-1"));
        assertThat(GridKt._findAll(oversikt)).extracting(Rad::etikett).contains("Deltaganden i perioden", "Personer");
        // The demo set has participations in 2025: the total of the first row is a real figure.
        long raknade = jdbc.queryForObject(
                "select count(*) from deltagande_rapport where startdatum <= '2025-12-31'"
                        + " and (slutdatum is null or slutdatum >= '2025-01-01')",
                Long.class);
        assertThat(raknade).isPositive();
        assertThat(GridKt._findAll(oversikt).get(0).celler().getLast().heltal()).isEqualTo(raknade);
    }
}
