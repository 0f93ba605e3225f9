package se.finsam.sus.forsorjning.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.finsam.sus.KaribuTest;
import se.finsam.sus.forsorjning.Filtyp;
import se.finsam.sus.forsorjning.ImportFel;
import se.finsam.sus.forsorjning.ImportResultat;

class ImportViewTest extends KaribuTest {

    @Test
    void systemAdministratorSeesTheUploadAndTheOutcome() throws Exception {
        login("admin", DEMO_LOSENORD);
        UI.getCurrent().navigate(ImportView.class);
        ImportView view = _get(ImportView.class);
        view.visa(
                new ImportResultat(
                        Filtyp.UTBETALNINGAR,
                        "fel.csv",
                        false,
                        2,
                        0,
                        0,
                        0,
                        1,
                        List.of(new ImportFel(2, "belopp_kr", "-1", "import.kontroll.negativt")),
                        "0".repeat(64)),
                null);
        assertThat(_get(Paragraph.class, spec -> spec.withId("import-status")).getText())
                .contains("fel.csv")
                .contains("1 fel");
        @SuppressWarnings("unchecked")
        Grid<ImportFel> fel = _get(Grid.class, spec -> spec.withId("import-fel"));
        assertThat(fel.isVisible()).isTrue();
        assertThat(GridKt._size(fel)).isEqualTo(1);
        assertThat(GridKt._getFormattedRow(fel, 0))
                .as("the service's key shown in the user's language")
                .containsExactly("2", "belopp_kr", "-1", "negativt värde (måste vara ≥ 0)");
        view.visa(
                new ImportResultat(Filtyp.UTBETALNINGAR, "bra.csv", true, 3, 1, 1, 1, 0, List.of(), "0".repeat(64)),
                null);
        assertThat(_get(Paragraph.class, spec -> spec.withId("import-status")).getText())
                .isEqualTo("Filen bra.csv är importerad: 3 rader, varav 1 nya, 1 ersatta och 1 oförändrade.");
        assertThat(fel.isVisible()).isFalse();
        _get(Grid.class, spec -> spec.withId("import-historik"));
    }

    @Test
    void aTooLargeUploadIsRefusedAndNotImported() throws Exception {
        login("admin", DEMO_LOSENORD);
        UI.getCurrent().navigate(ImportView.class);
        ImportView view = _get(ImportView.class);
        Path fil = Files.createTempFile("sus-import-test-", ".csv");
        Files.writeString(fil, "ar;omrade;befolkning_16_64\n");
        view.mottag("stor.csv", 201L * 1024 * 1024, fil);
        assertThat(_get(Paragraph.class, spec -> spec.withId("import-status")).getText())
                .isEqualTo("Filen stor.csv är för stor (högst 200 MB) och importerades inte.");
        assertThat(fil).doesNotExist();
    }

    @Test
    void otherRolesAreTurnedAway() throws Exception {
        login("rapport", DEMO_LOSENORD);
        assertThatThrownBy(() -> UI.getCurrent().navigate(ImportView.class))
                .isInstanceOf(MockAccessDeniedException.class);
    }
}
