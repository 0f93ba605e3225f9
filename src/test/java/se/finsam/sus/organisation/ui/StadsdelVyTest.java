package se.finsam.sus.organisation.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.finsam.sus.KaribuTest;
import se.finsam.sus.base.Luhn;
import se.finsam.sus.organisation.Finansieringsform;
import se.finsam.sus.organisation.OrganisationFilter;
import se.finsam.sus.organisation.OrganisationService;

/** Picking stadsdelar for a förbund's area in the organisation form, with the whole-kommun rule on the field. */
class StadsdelVyTest extends KaribuTest {

    @Autowired
    OrganisationService organisationer;

    @Test
    @SuppressWarnings("unchecked")
    void stadsdelarArePickedAndAStadsdelWithItsWholeKommunIsShownOnTheField() throws Exception {
        login("admin", DEMO_LOSENORD);
        UI.getCurrent().navigate("organisationer");
        _click(_get(Button.class, s -> s.withId("ny-organisation")));

        String namn =
                "Stadsdelsförbundet Nordost UI " + ThreadLocalRandom.current().nextInt(10_000);
        String nio = "2226" + String.format("%05d", ThreadLocalRandom.current().nextInt(100_000));
        _setValue(_get(TextField.class, s -> s.withId("org-namn")), namn);
        _setValue(_get(TextField.class, s -> s.withId("org-orgnr")), nio + Luhn.kontrollsiffra(nio));
        _setValue(_get(ComboBox.class, s -> s.withId("org-finansieringsform")), Finansieringsform.FINSAM);
        _setValue(_get(DatePicker.class, s -> s.withId("org-startdatum")), LocalDate.of(2024, 1, 1));
        MultiSelectComboBox<String> kommuner = _get(MultiSelectComboBox.class, s -> s.withId("org-kommuner"));
        MultiSelectComboBox<String> stadsdelar = _get(MultiSelectComboBox.class, s -> s.withId("org-stadsdelar"));
        assertThat(stadsdelar.getItemLabelGenerator().apply("1480-01")).isEqualTo("Angered (Göteborg)");
        _setValue(kommuner, Set.of("1480"));
        _setValue(stadsdelar, Set.of("1480-01", "1480-02"));
        _click(_get(Button.class, s -> s.withId("spara-organisation")));

        assertThat(stadsdelar.isInvalid()).isTrue();
        assertThat(stadsdelar.getErrorMessage()).startsWith("Stadsdelen").contains("Göteborg");
        assertThat(organisationer.sok(
                        new OrganisationFilter(namn, null, null),
                        org.springframework.data.domain.PageRequest.of(0, 10)))
                .isEmpty();

        _setValue(kommuner, Set.of());
        _click(_get(Button.class, s -> s.withId("spara-organisation")));
        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst())
                .isInstanceOf(OrganisationView.class);
        long id = organisationer
                .sok(new OrganisationFilter(namn, null, null), org.springframework.data.domain.PageRequest.of(0, 10))
                .findFirst()
                .orElseThrow()
                .id();
        assertThat(organisationer.hamta(id).stadsdelKoder()).containsExactly("1480-01", "1480-02");
        assertThat(_get(MultiSelectComboBox.class, s -> s.withId("org-stadsdelar"))
                        .getValue())
                .containsExactlyInAnyOrder("1480-01", "1480-02");
    }
}
