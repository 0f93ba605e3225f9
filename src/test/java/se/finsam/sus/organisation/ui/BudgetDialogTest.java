package se.finsam.sus.organisation.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.finsam.sus.base.ValideringsException;
import se.finsam.sus.organisation.FinansiarMedel;
import se.finsam.sus.organisation.FinansiarTyp;
import se.finsam.sus.organisation.IngaendeOrganisation;
import se.finsam.sus.organisation.IngaendeRoll;
import se.finsam.sus.organisation.InsatsbudgetUppgifter;
import se.finsam.sus.organisation.SamverkansbudgetUppgifter;

/** Both budget dialogs read the year and the six amounts the same way and show a refusal at its field. */
class BudgetDialogTest {

    @BeforeEach
    void setUp() {
        MockVaadin.setup();
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    @Test
    void samverkansbudgetShowsARefusedYearAtTheYearField() {
        List<SamverkansbudgetUppgifter> sparade = new ArrayList<>();
        BudgetDialog.samverkans(
                        null,
                        2031,
                        (version, u) -> {
                            sparade.add(u);
                            throw new ValideringsException("budget.fel.ar");
                        },
                        () -> {})
                .open();
        _setValue(_get(BigDecimalField.class, s -> s.withId("forvaltning-lokal-budget")), new BigDecimal("12.50"));
        fyllFinansiar();
        _click(_get(Button.class, s -> s.withId("spara-budget")));
        assertThat(_get(IntegerField.class, s -> s.withId("budget-ar")).isInvalid())
                .isTrue();
        assertThat(sparade).hasSize(1);
        assertThat(sparade.getFirst().ar()).isEqualTo(2031);
        assertThat(sparade.getFirst().forvaltning().lokalBudget()).isEqualByComparingTo("12.50");
        assertThat(sparade.getFirst().forvaltning().summaBudget()).isEqualByComparingTo("12.50");
    }

    @Test
    void insatsbudgetReadsTheSameAmountsAndItsOwnParts() {
        List<InsatsbudgetUppgifter> sparade = new ArrayList<>();
        BudgetDialog.insats(null, 2030, (version, u) -> sparade.add(u), () -> {})
                .open();
        _setValue(_get(BigDecimalField.class, s -> s.withId("personal-budget")), new BigDecimal("100"));
        _setValue(_get(BigDecimalField.class, s -> s.withId("ovrigt-utfall")), new BigDecimal("7"));
        _setValue(_get(IntegerField.class, s -> s.withId("budget-planerade")), 4);
        _click(_get(Button.class, s -> s.withId("spara-budget")));
        assertThat(sparade).hasSize(1);
        InsatsbudgetUppgifter u = sparade.getFirst();
        assertThat(u.ar()).isEqualTo(2030);
        assertThat(u.planeradeDeltagare()).isEqualTo(4);
        assertThat(u.kostnader().personalBudget()).isEqualByComparingTo("100");
        assertThat(u.kostnader().summaUtfall()).isEqualByComparingTo("7");
    }

    @SuppressWarnings("unchecked")
    /** Issue 13: a financier's name and type were typed once as a member of the förbund and again every year. */
    @Test
    void aNewSamverkansbudgetYearStartsWithTheFinancingMembers() {
        List<SamverkansbudgetUppgifter> sparade = new ArrayList<>();
        List<FinansiarMedel> forslag = FinansiarMedel.forslag(
                List.of(
                        IngaendeOrganisation.forsakringskassan(IngaendeRoll.FINANSIAR),
                        IngaendeOrganisation.region("Region Stockholm", IngaendeRoll.FINANSIAR),
                        IngaendeOrganisation.kommun("0180", IngaendeRoll.DELTAGANDE)),
                o -> o.typ() + " (namn)");
        BudgetDialog.samverkans(null, 2031, forslag, (version, u) -> sparade.add(u), () -> {})
                .open();
        assertThat(_find(TextField.class))
                .extracting(TextField::getValue)
                .containsExactly("FORSAKRINGSKASSAN (namn)", "Region Stockholm");
        @SuppressWarnings({"unchecked", "rawtypes"})
        List<Object> typer = _find(ComboBox.class).stream()
                .map(c -> ((ComboBox) c).getValue())
                .toList();
        assertThat(typer).containsExactly(FinansiarTyp.FORSAKRINGSKASSAN, FinansiarTyp.REGION);

        _setValue(_get(BigDecimalField.class, s -> s.withId("forvaltning-lokal-budget")), new BigDecimal("10"));
        _click(_get(Button.class, s -> s.withId("spara-budget")));
        assertThat(sparade)
                .singleElement()
                .satisfies(u -> assertThat(u.finansiarer())
                        .extracting(FinansiarMedel::finansiar)
                        .containsExactly("FORSAKRINGSKASSAN (namn)", "Region Stockholm"));
    }

    private static void fyllFinansiar() {
        TextField namn = _get(TextField.class, s -> {});
        _setValue(namn, "Försäkringskassan");
        _setValue((ComboBox<FinansiarTyp>) _get(ComboBox.class, s -> {}), FinansiarTyp.FORSAKRINGSKASSAN);
    }
}
