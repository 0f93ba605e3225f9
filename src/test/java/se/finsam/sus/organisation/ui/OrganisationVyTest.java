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
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.finsam.sus.KaribuTest;
import se.finsam.sus.base.Luhn;
import se.finsam.sus.base.ui.NotFoundView;
import se.finsam.sus.organisation.Finansieringsform;
import se.finsam.sus.organisation.OrganisationDetalj;
import se.finsam.sus.organisation.OrganisationService;
import se.finsam.sus.organisation.OrganisationUppgifter;
import se.finsam.sus.organisation.SamverkansbudgetService;

/** The organisation views in the browserless UI: create through the form, scope, and edit conflicts. */
class OrganisationVyTest extends KaribuTest {

    @Autowired
    OrganisationService organisationer;

    @Autowired
    SamverkansbudgetService samverkansbudget;

    @Test
    void systemadministratorCreatesAnOrganisationAndSeesTheValidationMessageFirst() throws Exception {
        login("admin", DEMO_LOSENORD);
        UI.getCurrent().navigate("organisationer");
        assertThat(GridKt._size(_get(Grid.class, s -> s.withId("organisationer"))))
                .isGreaterThanOrEqualTo(10);
        _click(_get(Button.class, s -> s.withId("ny-organisation")));

        String giltigt = nyttOrgnr();
        String felKontroll = giltigt.substring(0, 9) + ((giltigt.charAt(9) - '0' + 1) % 10);
        _setValue(_get(TextField.class, s -> s.withId("org-namn")), "Samordningsförbundet Karibu");
        TextField orgnr = _get(TextField.class, s -> s.withId("org-orgnr"));
        _setValue(orgnr, felKontroll);
        @SuppressWarnings("unchecked")
        ComboBox<Finansieringsform> form = _get(ComboBox.class, s -> s.withId("org-finansieringsform"));
        _setValue(form, Finansieringsform.FINSAM);
        _setValue(_get(DatePicker.class, s -> s.withId("org-startdatum")), LocalDate.of(2024, 1, 1));
        _click(_get(Button.class, s -> s.withId("spara-organisation")));

        assertThat(orgnr.isInvalid()).isTrue();
        assertThat(orgnr.getErrorMessage())
                .isEqualTo("Ange ett giltigt organisationsnummer (tio siffror med rätt kontrollsiffra)");
        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst())
                .as("still on the list with the dialog open")
                .isInstanceOf(OrganisationerView.class);

        _setValue(orgnr, giltigt.substring(0, 6) + "-" + giltigt.substring(6));
        _click(_get(Button.class, s -> s.withId("spara-organisation")));

        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst())
                .isInstanceOf(OrganisationView.class);
        assertThat(_get(H1.class, s -> s.withText("Samordningsförbundet Karibu")))
                .isNotNull();
    }

    @Test
    void anotherForbundsOrganisationIsNotFound() throws Exception {
        login("admin", DEMO_LOSENORD);
        long annan = organisationer.skapa(new OrganisationUppgifter(
                "Annat förbund",
                nyttOrgnr(),
                Finansieringsform.FINSAM,
                LocalDate.of(2020, 1, 1),
                null,
                null,
                null,
                null,
                Set.of(),
                Set.of()));
        login("samverkan", DEMO_LOSENORD);
        UI.getCurrent().navigate("organisationer/" + annan);
        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst())
                .isInstanceOf(NotFoundView.class);
    }

    @Test
    void aConcurrentChangeShowsTheConflictAndReloadFetchesIt() throws Exception {
        login("admin", DEMO_LOSENORD);
        long id = organisationer.skapa(new OrganisationUppgifter(
                "Konfliktförbundet",
                nyttOrgnr(),
                Finansieringsform.FINSAM,
                LocalDate.of(2020, 1, 1),
                null,
                null,
                null,
                null,
                Set.of(),
                Set.of()));
        UI.getCurrent().navigate("organisationer/" + id);

        OrganisationDetalj las = organisationer.hamta(id);
        organisationer.uppdatera(
                id,
                las.version(),
                new OrganisationUppgifter(
                        "Ändrat av någon annan",
                        las.uppgifter().organisationsnummer(),
                        las.finansieringsform(),
                        las.uppgifter().startdatum(),
                        null,
                        null,
                        null,
                        null,
                        Set.of(),
                        Set.of()));

        _setValue(_get(TextField.class, s -> s.withId("org-namn")), "Mitt namn");
        _click(_get(Button.class, s -> s.withId("spara-organisation")));
        assertThat(_find(Div.class, s -> s.withId("konflikt"))).hasSize(1);
        assertThat(_get(TextField.class, s -> s.withId("org-namn")).getValue())
                .as("nothing lost")
                .isEqualTo("Mitt namn");

        _click(_get(Button.class, s -> s.withId("ladda-om")));
        assertThat(_get(TextField.class, s -> s.withId("org-namn")).getValue()).isEqualTo("Ändrat av någon annan");
    }

    @Test
    void samverkansadministratorAddsABudgetYearWithFinanciers() throws Exception {
        login("samverkan", DEMO_LOSENORD);
        long id = organisationer
                .sok(
                        new se.finsam.sus.organisation.OrganisationFilter("Norra Stockholm", null, null),
                        org.springframework.data.domain.PageRequest.of(0, 1))
                .findFirst()
                .orElseThrow()
                .id();
        UI.getCurrent().navigate("organisationer/" + id);
        Grid<?> budget = _get(Grid.class, s -> s.withId("samverkansbudget"));
        int fore = GridKt._size(budget);
        _click(_get(Button.class, s -> s.withId("ny-samverkansbudget")));
        // Issue 13: the förbund's financing members are the year's financiers already, name and type filled in.
        java.util.List<TextField> finansiarer = _find(TextField.class, s -> s.withLabel("Finansiär"));
        assertThat(finansiarer)
                .isNotEmpty()
                .allSatisfy(f -> assertThat(f.getValue()).isNotBlank());
        assertThat(_find(ComboBox.class, s -> s.withLabel("Typ")))
                .allSatisfy(t -> assertThat(t.getValue()).isNotNull());
        _setValue(
                _get(com.vaadin.flow.component.textfield.BigDecimalField.class, s -> s.withId("eget-kapital")),
                new java.math.BigDecimal("1000"));
        _setValue(
                _find(com.vaadin.flow.component.textfield.BigDecimalField.class, s -> s.withLabel("Belopp"))
                        .getFirst(),
                new java.math.BigDecimal("5000.25"));
        _click(_get(Button.class, s -> s.withId("spara-budget")));
        budget = _get(Grid.class, s -> s.withId("samverkansbudget"));
        assertThat(GridKt._size(budget)).isEqualTo(fore + 1);
        assertThat(samverkansbudget.samverkansbudgetar(id).getLast().tillgangligt())
                .isEqualByComparingTo("6000.25");
    }

    private static String nyttOrgnr() {
        String nio = "2228" + String.format("%05d", ThreadLocalRandom.current().nextInt(100_000));
        return nio + Luhn.kontrollsiffra(nio);
    }
}
