package se.finsam.sus.base.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import se.finsam.sus.KaribuTest;
import se.finsam.sus.organisation.InsatsService;
import se.finsam.sus.organisation.OrganisationFilter;
import se.finsam.sus.organisation.OrganisationService;

/**
 * Every grid on the pages a new user met (issue 13): each column has a header (an empty header cell is an empty
 * table header to a screen reader), is as wide as its content, text wraps instead of being cut, and an empty grid
 * says so.
 */
class TabellerPaVarjeSidaTest extends KaribuTest {

    @Autowired
    OrganisationService organisationer;

    @Autowired
    InsatsService insatser;

    @Test
    void theSystemadministratorsPages() throws Exception {
        login("admin", DEMO_LOSENORD);
        granska("admin/anvandare", "admin/uppdrag", "admin/logg", "admin/import", "organisationer", "profil");
    }

    @Test
    void anInsatsansvarigsOrganisationAndInsatsWithTheirButtonColumns() throws Exception {
        login("insats", DEMO_LOSENORD);
        long org = organisationer
                .sok(new OrganisationFilter("Norra Stockholm", null, null), PageRequest.of(0, 1))
                .findFirst()
                .orElseThrow()
                .id();
        long insats = insatser.insatserFor(org).getFirst().id();
        granska("organisationer/" + org, "insatser/" + insats, "profil");
    }

    @Test
    void theBehorighetsadministratorsPages() throws Exception {
        login("behorighet", DEMO_LOSENORD);
        granska("admin/personal", "admin/bestallningar");
    }

    private static void granska(String... adresser) {
        List<String> fel = new ArrayList<>();
        for (String adress : adresser) {
            UI.getCurrent().navigate(adress);
            List<Grid> grids = _find(Grid.class);
            assertThat(grids).as(adress).isNotEmpty();
            for (Grid<?> grid : grids) {
                String namn = adress + " #" + grid.getId().orElse("?");
                if (grid.getEmptyStateText() == null || grid.getEmptyStateText().isBlank()) {
                    fel.add(namn + ": no empty-state text");
                }
                if (!grid.getThemeNames().contains(GridVariant.LUMO_WRAP_CELL_CONTENT.getVariantName())) {
                    fel.add(namn + ": text is cut instead of wrapped");
                }
                for (Grid.Column<?> kolumn : grid.getColumns()) {
                    String rubrik = kolumn.getHeaderText();
                    if ((rubrik == null || rubrik.isBlank()) && kolumn.getHeaderComponent() == null) {
                        fel.add(namn + ": column " + kolumn.getKey() + " has no header");
                    }
                    if (!kolumn.isAutoWidth() && kolumn.getWidth() == null) {
                        fel.add(namn + ": column " + kolumn.getHeaderText() + " neither sized to content nor set");
                    }
                }
            }
        }
        assertThat(fel).isEmpty();
    }
}
