package se.finsam.sus.organisation.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.ComboBoxKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import se.finsam.sus.KaribuTest;
import se.finsam.sus.organisation.Inriktning;
import se.finsam.sus.organisation.InsatsService;
import se.finsam.sus.organisation.InsatsUppgifter;
import se.finsam.sus.organisation.OrganisationFilter;
import se.finsam.sus.organisation.OrganisationService;
import se.finsam.sus.organisation.PreciseradInriktning;
import se.finsam.sus.organisation.Uppfoljningsmetod;

/** The insats view: a budget year through the dialog (with a validation message), and a refused delete. */
class InsatsVyTest extends KaribuTest {

    @Autowired
    OrganisationService organisationer;

    @Autowired
    InsatsService insatser;

    @Test
    void insatsansvarigAddsABudgetYearAndCannotThenDeleteTheInsats() throws Exception {
        login("insats", DEMO_LOSENORD);
        long org = organisationer
                .sok(new OrganisationFilter("Norra Stockholm", null, null), PageRequest.of(0, 1))
                .findFirst()
                .orElseThrow()
                .id();
        long id = insatser.skapa(
                org,
                new InsatsUppgifter(
                        "Karibuinsats " + UUID.randomUUID().toString().substring(0, 6),
                        null,
                        LocalDate.of(2025, 1, 1),
                        null,
                        Inriktning.INDIVIDINRIKTAD,
                        PreciseradInriktning.FORBEREDANDE,
                        Set.of(),
                        false,
                        true,
                        false,
                        Uppfoljningsmetod.INDIVID,
                        false));
        UI.getCurrent().navigate("insatser/" + id);
        assertThat(GridKt._size(_get(Grid.class, s -> s.withId("insatsbudget"))))
                .isZero();

        _click(_get(Button.class, s -> s.withId("ny-insatsbudget")));
        BigDecimalField personal = _get(BigDecimalField.class, s -> s.withId("personal-budget"));
        _setValue(personal, new BigDecimal("1000.005"));
        _click(_get(Button.class, s -> s.withId("spara-budget")));
        assertThat(personal.isInvalid()).isTrue();
        assertThat(personal.getErrorMessage()).isEqualTo("Ange ett belopp på minst 0 med högst två decimaler");

        _setValue(personal, new BigDecimal("1000.50"));
        _click(_get(Button.class, s -> s.withId("lagg-till-medfinansiar")));
        _setValue(_get(TextField.class, s -> s.withId("medfinansiar-namn-0")), "ESF");
        BigDecimalField ovriga = _get(BigDecimalField.class, s -> s.withId("medfinansiar-budget-0"));
        _setValue(ovriga, new BigDecimal("2000"));
        _click(_get(Button.class, s -> s.withId("spara-budget")));
        MedfinansieringLista lista = _get(MedfinansieringLista.class, s -> s.withId("medfinansiering"));
        assertThat(lista.isInvalid())
                .as("more than the whole budget, shown at the other financiers")
                .isTrue();
        assertThat(lista.getErrorMessage())
                .isEqualTo("Medel från andra finansiärer kan inte vara större än insatsens summa budget");
        _setValue(ovriga, new BigDecimal("500"));
        com.vaadin.flow.component.textfield.IntegerField ar =
                _get(com.vaadin.flow.component.textfield.IntegerField.class, s -> s.withId("budget-ar"));
        _setValue(ar, 2020);
        _click(_get(Button.class, s -> s.withId("spara-budget")));
        assertThat(ar.isInvalid())
                .as("a year before the insats starts, shown at the field")
                .isTrue();
        assertThat(ar.getErrorMessage()).isEqualTo("Budgetåret måste ligga inom insatsens period");
        _setValue(ar, 2025);
        _click(_get(Button.class, s -> s.withId("spara-budget")));
        assertThat(GridKt._size(_get(Grid.class, s -> s.withId("insatsbudget"))))
                .isEqualTo(1);

        _click(_get(Button.class, s -> s.withId("ta-bort-insats")));
        _click(_get(Button.class, s -> s.withId("bekrafta-ta-bort")));
        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst())
                .isInstanceOf(InsatsView.class);
        assertThat(insatser.hamta(id).id()).isEqualTo(id);
    }

    /**
     * Issue 13: the anonymous counts came before the insats's own fields, and saving a budget year rebuilt the whole
     * page (which jumped to the top). Now the counts follow the insats's sections, and a saved year rebuilds only
     * the budget section: the form above it is the same component.
     */
    @Test
    void theInsatsComesFirstAndABudgetYearIsSavedInPlace() throws Exception {
        login("insats", DEMO_LOSENORD);
        long org = organisationer
                .sok(new OrganisationFilter("Norra Stockholm", null, null), PageRequest.of(0, 1))
                .findFirst()
                .orElseThrow()
                .id();
        long id = insatser.skapa(
                org,
                new InsatsUppgifter(
                        "Ordningsinsats " + UUID.randomUUID().toString().substring(0, 6),
                        null,
                        LocalDate.of(2025, 1, 1),
                        null,
                        Inriktning.INDIVIDINRIKTAD,
                        PreciseradInriktning.FORBEREDANDE,
                        Set.of(),
                        false,
                        true,
                        false,
                        Uppfoljningsmetod.INDIVID,
                        false));
        UI.getCurrent().navigate("insatser/" + id);
        InsatsView vy = _get(InsatsView.class);
        java.util.List<com.vaadin.flow.component.Component> delar =
                vy.getChildren().toList();
        InsatsForm form = _get(InsatsForm.class);
        int antal = delar.indexOf(_get(com.vaadin.flow.component.Component.class, s -> s.withId("antal")));
        assertThat(antal).isPositive();
        assertThat(delar.indexOf(form)).isLessThan(antal);
        assertThat(delar.indexOf(
                        _get(com.vaadin.flow.component.Component.class, s -> s.withId("insats-budgetsektion"))))
                .isLessThan(antal);

        _click(_get(Button.class, s -> s.withId("ny-insatsbudget")));
        _setValue(_get(BigDecimalField.class, s -> s.withId("personal-budget")), new BigDecimal("1000"));
        _click(_get(Button.class, s -> s.withId("spara-budget")));
        assertThat(GridKt._size(_get(Grid.class, s -> s.withId("insatsbudget"))))
                .isEqualTo(1);
        assertThat(_get(InsatsForm.class)).as("the page was not rebuilt").isSameAs(form);
    }

    @Test
    void insatsansvarigCreatesAnInsatsFromTheOrganisationView() throws Exception {
        login("insats", DEMO_LOSENORD);
        long org = organisationer
                .sok(new OrganisationFilter("Norra Stockholm", null, null), PageRequest.of(0, 1))
                .findFirst()
                .orElseThrow()
                .id();
        UI.getCurrent().navigate("organisationer/" + org);
        _click(_get(Button.class, s -> s.withId("ny-insats")));
        String namn = "Ny via formulär " + UUID.randomUUID().toString().substring(0, 6);
        _setValue(_get(TextField.class, s -> s.withId("insats-namn")), namn);
        _setValue(_get(DatePicker.class, s -> s.withId("insats-startdatum")), LocalDate.of(2025, 3, 1));
        @SuppressWarnings("unchecked")
        ComboBox<Inriktning> inriktning = _get(ComboBox.class, s -> s.withId("insats-inriktning"));
        _setValue(inriktning, Inriktning.STRUKTUROVERGRIPANDE);
        @SuppressWarnings("unchecked")
        ComboBox<PreciseradInriktning> preciserad = _get(ComboBox.class, s -> s.withId("insats-preciserad"));
        assertThat(ComboBoxKt.getSuggestionItems(preciserad))
                .containsExactlyElementsOf(PreciseradInriktning.inom(Inriktning.STRUKTUROVERGRIPANDE));
        _setValue(preciserad, PreciseradInriktning.UTBILDNING_KONFERENS);
        @SuppressWarnings("unchecked")
        ComboBox<Uppfoljningsmetod> metod = _get(ComboBox.class, s -> s.withId("insats-uppfoljningsmetod"));
        _setValue(metod, Uppfoljningsmetod.ENDAST_ANTAL);
        _click(_get(Button.class, s -> s.withId("spara-insats")));

        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst())
                .isInstanceOf(InsatsView.class);
        assertThat(_get(TextField.class, s -> s.withId("insats-namn")).getValue())
                .isEqualTo(namn);
        assertThat(_get(ComboBox.class, s -> s.withId("insats-inriktning")).isReadOnly())
                .as("inriktning is fixed after creation")
                .isTrue();
    }

    @Test
    void handlaggareCannotOpenOrganisationViews() throws Exception {
        login("handlaggare", DEMO_LOSENORD);
        assertThatThrownBy(() -> UI.getCurrent().navigate("organisationer"))
                .satisfies(e -> assertThat(e.getClass().getSimpleName()).contains("AccessDenied"));
    }
}
