package se.finsam.sus.audit.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import se.finsam.sus.KaribuTest;
import se.finsam.sus.audit.AuditAtgard;

/** The audit log shows its actions in words (issue 13: "ATKOMST_NEKAD"); the code stays in the tooltip and export. */
class AuditLoggViewTest extends KaribuTest {

    @Test
    void actionsAreWordsInBothLanguages() throws Exception {
        login("admin", DEMO_LOSENORD);
        UI.getCurrent().navigate("admin/logg");
        AuditLoggView vy = _get(AuditLoggView.class);
        Grid<?> grid = _get(Grid.class, s -> s.withId("audit-logg"));
        assertThat(GridKt._size(grid)).isPositive();
        String atgard = GridKt._getFormattedRow(grid, 0).get(2);
        assertThat(atgard).doesNotMatch("[A-Z_]+").isNotBlank();

        for (Locale sprak : new Locale[] {Locale.of("sv"), Locale.ENGLISH}) {
            UI.getCurrent().setLocale(sprak);
            for (AuditAtgard a : AuditAtgard.values()) {
                assertThat(vy.atgard(a))
                        .as(a + " " + sprak)
                        .doesNotContain("logg.atgard")
                        .doesNotContain(a.name());
            }
        }
        assertThat(vy.atgard(AuditAtgard.ATKOMST_NEKAD)).isEqualTo("Access denied");
    }
}
