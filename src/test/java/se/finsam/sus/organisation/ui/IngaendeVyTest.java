package se.finsam.sus.organisation.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import se.finsam.sus.KaribuTest;
import se.finsam.sus.base.Luhn;
import se.finsam.sus.organisation.Finansieringsform;
import se.finsam.sus.organisation.IngaendeOrganisation;
import se.finsam.sus.organisation.IngaendeRoll;
import se.finsam.sus.organisation.IngaendeTyp;
import se.finsam.sus.organisation.OrganisationFilter;
import se.finsam.sus.organisation.OrganisationService;
import se.finsam.sus.organisation.OrganisationUppgifter;

/** The ingående organisationer on the organisation page: shown to all readers, maintained by its administrators. */
class IngaendeVyTest extends KaribuTest {

    @Autowired
    OrganisationService organisationer;

    @Test
    void theOrganisationPageShowsTheIngaendeOrganisationer() throws Exception {
        login("insats", DEMO_LOSENORD);
        long id = organisationer
                .sok(new OrganisationFilter("Norra Stockholm", null, null), PageRequest.of(0, 1))
                .findFirst()
                .orElseThrow()
                .id();
        UI.getCurrent().navigate("organisationer/" + id);
        Grid<?> grid = _get(Grid.class, s -> s.withId("ingaende"));
        List<String> rader = rader(grid);
        assertThat(rader)
                .anyMatch(r -> r.startsWith("Försäkringskassan") && r.contains("Finansiär"))
                .anyMatch(r -> r.startsWith("Arbetsförmedlingen"))
                .anyMatch(r -> r.contains("Region Stockholm"));
        assertThat(_get(Span.class, s -> s.withId("finansieringsform")).getText())
                .isEqualTo("Finansieringsform: Finsam (samordningsförbund)");
        assertThat(_find(Button.class, s -> s.withId("lagg-till-ingaende")))
                .as("read only for insatsansvarig")
                .isEmpty();
        assertThat(_find(Upload.class)).isEmpty();
    }

    @Test
    void theAdministratorAddsARegionSeesTheDuplicateMessageAndRemovesIt() throws Exception {
        login("admin", DEMO_LOSENORD);
        String nio = "2226" + String.format("%05d", ThreadLocalRandom.current().nextInt(100_000));
        long id = organisationer.skapa(new OrganisationUppgifter(
                "Ingåendeförbundet",
                nio + Luhn.kontrollsiffra(nio),
                Finansieringsform.FINSAM,
                LocalDate.of(2020, 1, 1),
                null,
                null,
                null,
                null,
                Set.of("1280"),
                Set.of()));
        organisationer.sparaIngaende(
                id,
                organisationer.hamta(id).version(),
                List.of(IngaendeOrganisation.forsakringskassan(IngaendeRoll.FINANSIAR)));
        UI.getCurrent().navigate("organisationer/" + id);
        assertThat(_find(Upload.class, s -> s.withId("logo-upload"))).hasSize(1);

        @SuppressWarnings("unchecked")
        ComboBox<IngaendeTyp> typ = _get(ComboBox.class, s -> s.withId("ingaende-typ"));
        @SuppressWarnings("unchecked")
        ComboBox<IngaendeRoll> roll = _get(ComboBox.class, s -> s.withId("ingaende-roll"));
        _setValue(typ, IngaendeTyp.REGION);
        TextField region = _get(TextField.class, s -> s.withId("ingaende-region"));
        _setValue(roll, IngaendeRoll.FINANSIAR);
        _click(_get(Button.class, s -> s.withId("lagg-till-ingaende")));
        assertThat(region.isInvalid()).as("a region needs a name").isTrue();
        assertThat(region.getErrorMessage()).isEqualTo("Välj kommun eller ange regionens namn");

        _setValue(region, "Region Skåne");
        _click(_get(Button.class, s -> s.withId("lagg-till-ingaende")));
        assertThat(region.isInvalid()).isFalse();
        assertThat(rader(_get(Grid.class, s -> s.withId("ingaende"))))
                .hasSize(2)
                .anyMatch(r -> r.contains("Region Skåne"));

        _setValue(typ, IngaendeTyp.FORSAKRINGSKASSAN);
        _click(_get(Button.class, s -> s.withId("lagg-till-ingaende")));
        assertThat(typ.isInvalid()).isTrue();
        assertThat(typ.getErrorMessage()).isEqualTo("Organisationen finns redan bland de ingående organisationerna");

        _setValue(typ, IngaendeTyp.KOMMUN);
        @SuppressWarnings("unchecked")
        ComboBox<String> kommun = _get(ComboBox.class, s -> s.withId("ingaende-kommun"));
        _setValue(kommun, "1280");
        _click(_get(Button.class, s -> s.withId("lagg-till-ingaende")));
        assertThat(organisationer.hamta(id).ingaende())
                .extracting(IngaendeOrganisation::namn)
                .containsExactly(null, "Region Skåne", "Malmö");

        Grid<?> grid = _get(Grid.class, s -> s.withId("ingaende"));
        Button taBort = (Button) GridKt._getCellComponent(grid, 1, "ta-bort");
        _click(taBort);
        assertThat(organisationer.hamta(id).ingaende())
                .extracting(IngaendeOrganisation::namn)
                .containsExactly(null, "Malmö");
    }

    private static List<String> rader(Grid<?> grid) {
        return IntStream.range(0, GridKt._size(grid))
                .mapToObj(i -> String.join(" | ", GridKt._getFormattedRow(grid, i)))
                .toList();
    }
}
