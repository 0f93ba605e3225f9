package se.finsam.sus.behorighet.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.finsam.sus.KaribuTest;

/**
 * The profile names the scope of each uppdrag as the start page does (issue 13: "Samverkansorganisation 1",
 * "Insats 1"), and an insats is named with its förbund, since insats names repeat across förbund ("Unga in").
 */
class ProfilViewTest extends KaribuTest {

    @Test
    void uppdragAreNamedNotNumbered() throws Exception {
        login("insats", DEMO_LOSENORD);
        UI.getCurrent().navigate("profil");
        Grid<?> grid = _get(Grid.class, s -> s.withId("mina-uppdrag"));
        int omfattning = grid.getColumns().indexOf(grid.getColumnByKey("omfattning"));
        List<String> omfattningar = new ArrayList<>();
        for (int i = 0; i < GridKt._size(grid); i++) {
            omfattningar.add(GridKt._getFormattedRow(grid, i).get(omfattning));
        }
        assertThat(omfattningar)
                .isNotEmpty()
                .allSatisfy(o -> assertThat(o).doesNotMatch(".*\\b(Samverkansorganisation|Insats) \\d+.*"))
                .filteredOn(o -> o.startsWith("Insats"))
                .allSatisfy(o -> assertThat(o).matches("Insats: .+ \\(.+\\)"));
    }
}
