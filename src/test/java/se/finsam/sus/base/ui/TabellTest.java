package se.finsam.sus.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The shared grid columns: a value column and a column of links to a record's view, both as wide as their content. */
class TabellTest {

    record Rad(long id, String namn) {}

    @Route("tabelltest/:id")
    public static class Vy extends Div {}

    @BeforeEach
    void setUp() {
        MockVaadin.setup(new Routes(new HashSet<>(Set.of(Vy.class)), new HashSet<>(), true));
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    @Test
    void columnsHaveTheirValuesAndAutoWidth() {
        Grid<Rad> grid = new Grid<>();
        Grid.Column<Rad> lankar = Tabell.lankar(grid, Rad::namn, Vy.class, Rad::id, "test.namn");
        Grid.Column<Rad> namn = Tabell.kolumn(grid, Rad::namn, "test.namn");
        grid.setItems(List.of(new Rad(7, "Sju")));

        assertThat(lankar.isAutoWidth()).isTrue();
        assertThat(namn.isAutoWidth()).isTrue();
        assertThat(GridKt._getFormattedRow(grid, 0)).contains("Sju");
    }

    @Test
    void aLinkAddressesTheRecordById() {
        RouterLink lank = Tabell.lank("Sju", Vy.class, 7);
        assertThat(lank.getText()).isEqualTo("Sju");
        assertThat(lank.getHref()).isEqualTo("tabelltest/7");
    }
}
