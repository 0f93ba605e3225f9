package se.finsam.sus.forsorjning.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import se.finsam.sus.KaribuTest;
import se.finsam.sus.forsorjning.Kvartal;
import se.finsam.sus.forsorjning.KvartalsVarde;
import se.finsam.sus.forsorjning.Niva;

/** The public dashboard, opened without login, on data with hand-checkable values. */
class ForsorjningsmattViewTest extends KaribuTest {

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void data() {
        jdbc.update("delete from forsorjning_utbetalning where omrade = '2584' and ar = 2030");
        jdbc.update("delete from forsorjning_befolkning where omrade = '2584' and ar = 2029");
        jdbc.update("insert into forsorjning_befolkning (omrade, ar, befolkning_16_64) values ('2584', 2029, 10000)");
        // 2030K1 has 90 days: 9 000 000 kr / (10 000 × 90) = 10 kr; 2030K2 (91 days): 1 820 000 / 910 000 = 2 kr.
        jdbc.update("insert into forsorjning_utbetalning (omrade, ar, kv, forman, belopp) values "
                + "('2584', 2030, 1, 'SJP', 9000000), ('2584', 2030, 2, 'EKB', 1820000)");
    }

    @Test
    void anyoneSeesAKommunWithChartTableAndCsvLink() {
        UI.getCurrent().navigate(ForsorjningsmattView.class);
        ForsorjningsmattView vy = _get(ForsorjningsmattView.class);
        vy.niva.setValue(Niva.KOMMUN);
        vy.omrade.setValue(new ForsorjningsmattView.Val("2584", "Kiruna (2584)"));
        vy.fran.setValue(Kvartal.parse("2030K1"));
        vy.till.setValue(Kvartal.parse("2030K2"));

        @SuppressWarnings("unchecked")
        Grid<KvartalsVarde> tabell = _get(Grid.class, spec -> spec.withId("fm-tabell"));
        assertThat(GridKt._size(tabell)).isEqualTo(2);
        KvartalsVarde k1 = GridKt._get(tabell, 0);
        assertThat(k1.krPerInvanareOchDag().get("TOTALT").setScale(2, RoundingMode.HALF_UP))
                .isEqualByComparingTo(new BigDecimal("10.00"));
        assertThat(GridKt._get(tabell, 1).krPerInvanareOchDag().get("EKB_INKL").setScale(2, RoundingMode.HALF_UP))
                .isEqualByComparingTo(new BigDecimal("2.00"));
        assertThat(_find(Svg.class)).as("one chart").hasSize(1);
        assertThat(_get(Anchor.class, spec -> spec.withId("fm-csv")).getHref())
                .isEqualTo("api/v1/forsorjningsmatt?niva=kommun&kod=2584&fran=2030K1&till=2030K2&format=csv");
        assertThat(_get(Anchor.class, spec -> spec.withId("logga-in"))).as("anonymous: a login link").isNotNull();
    }

    @Test
    void reversedQuartersAreExplained() {
        UI.getCurrent().navigate(ForsorjningsmattView.class);
        ForsorjningsmattView vy = _get(ForsorjningsmattView.class);
        vy.niva.setValue(Niva.RIKET);
        vy.fran.setValue(Kvartal.parse("2030K2"));
        vy.till.setValue(Kvartal.parse("2030K1"));
        assertThat(_find(Paragraph.class).stream().map(Paragraph::getText))
                .contains("Från-kvartalet ligger efter till-kvartalet.");
    }
}
