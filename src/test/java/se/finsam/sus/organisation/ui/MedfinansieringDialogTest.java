package se.finsam.sus.organisation.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import se.finsam.sus.KaribuTest;
import se.finsam.sus.organisation.Inriktning;
import se.finsam.sus.organisation.InsatsService;
import se.finsam.sus.organisation.InsatsUppgifter;
import se.finsam.sus.organisation.PreciseradInriktning;
import se.finsam.sus.organisation.Uppfoljningsmetod;

/**
 * The yearly budget dialog edits the year's other financiers as rows (name, budget, utfall; add and remove); a
 * refusal is shown at the rows and nothing is saved; the insats page lists them per year.
 */
class MedfinansieringDialogTest extends KaribuTest {

    @Autowired
    InsatsService insatser;

    @Autowired
    JdbcTemplate jdbc;

    long insats;

    @BeforeEach
    void insats() throws Exception {
        login("insats", DEMO_LOSENORD);
        long org = jdbc.queryForObject(
                "select min(i.organisation_id) from insats i join samverkansorganisation s on s.id = "
                        + "i.organisation_id where s.namn = 'Samordningsförbundet Norra Stockholm'",
                Long.class);
        insats = insatser.skapa(
                org,
                new InsatsUppgifter(
                        "Dialoginsats " + UUID.randomUUID().toString().substring(0, 8),
                        null,
                        LocalDate.of(2025, 1, 1),
                        null,
                        Inriktning.INDIVIDINRIKTAD,
                        PreciseradInriktning.FORBEREDANDE,
                        Set.of(),
                        false,
                        false,
                        false,
                        Uppfoljningsmetod.INDIVID,
                        true));
        UI.getCurrent().navigate("insatser/" + insats);
    }

    @Test
    void addsFinanciersRefusesTooMuchAtTheRowsThenSavesAndShowsThemPerYear() {
        assertThat(_find(Grid.class, s -> s.withId("medfinansiering-grid"))).isEmpty();
        _click(_get(Button.class, s -> s.withId("ny-insatsbudget")));
        _setValue(_get(com.vaadin.flow.component.textfield.IntegerField.class, s -> s.withId("budget-ar")), 2025);
        _setValue(_get(BigDecimalField.class, s -> s.withId("personal-budget")), new BigDecimal("10000"));
        _click(_get(Button.class, s -> s.withId("lagg-till-medfinansiar")));
        _click(_get(Button.class, s -> s.withId("lagg-till-medfinansiar")));
        rad(0, "ESF+", "3000", "100");
        rad(1, "Länsstyrelsen", "8000", null);

        _click(_get(Button.class, s -> s.withId("spara-budget")));
        MedfinansieringLista lista = _get(MedfinansieringLista.class, s -> s.withId("medfinansiering"));
        assertThat(lista.isInvalid()).isTrue();
        assertThat(lista.getErrorMessage())
                .isEqualTo("Medel från andra finansiärer kan inte vara större än insatsens summa budget");
        assertThat(antalBudgetar()).as("nothing saved").isZero();

        _setValue(_get(BigDecimalField.class, s -> s.withId("medfinansiar-budget-1")), new BigDecimal("2000"));
        _click(_get(Button.class, s -> s.withId("spara-budget")));
        assertThat(rader()).containsExactly("ESF+ 3000.00 100.00", "Länsstyrelsen 2000.00 0.00");
        Grid<?> perAr = _get(Grid.class, s -> s.withId("medfinansiering-grid"));
        assertThat(GridKt._size(perAr)).isEqualTo(2);
        assertThat(GridKt._getFormattedRow(perAr, 0)).contains("2025", "ESF+");
    }

    @Test
    void removesARowAndRefusesADuplicateAtTheRows() {
        _click(_get(Button.class, s -> s.withId("ny-insatsbudget")));
        _setValue(_get(com.vaadin.flow.component.textfield.IntegerField.class, s -> s.withId("budget-ar")), 2025);
        _setValue(_get(BigDecimalField.class, s -> s.withId("personal-budget")), new BigDecimal("10000"));
        _click(_get(Button.class, s -> s.withId("lagg-till-medfinansiar")));
        rad(0, "ESF+", "3000", "100");
        _click(_get(Button.class, s -> s.withId("spara-budget")));
        assertThat(rader()).containsExactly("ESF+ 3000.00 100.00");

        // Change the year: the dialog opens with the stored row; add a duplicate, then a new one, remove the first.
        Grid<?> budget = _get(Grid.class, s -> s.withId("insatsbudget"));
        _click((Button) GridKt._getCellComponent(budget, 0, "andra"));
        assertThat(_get(TextField.class, s -> s.withId("medfinansiar-namn-0")).getValue())
                .isEqualTo("ESF+");
        _click(_get(Button.class, s -> s.withId("lagg-till-medfinansiar")));
        rad(1, "esf+", "1", null);
        _click(_get(Button.class, s -> s.withId("spara-budget")));
        MedfinansieringLista lista = _get(MedfinansieringLista.class, s -> s.withId("medfinansiering"));
        assertThat(lista.getErrorMessage()).isEqualTo("Finansiären esf+ finns redan.");
        assertThat(rader()).containsExactly("ESF+ 3000.00 100.00");

        _setValue(_get(TextField.class, s -> s.withId("medfinansiar-namn-1")), "Region Stockholm, särskilda medel");
        _click(_get(Button.class, s -> s.withId("medfinansiar-ta-bort-0")));
        _click(_get(Button.class, s -> s.withId("spara-budget")));
        assertThat(rader()).containsExactly("Region Stockholm, särskilda medel 1.00 0.00");
    }

    @Test
    void aRowWithoutANameIsMarkedAtItsFieldAndNothingIsSaved() {
        _click(_get(Button.class, s -> s.withId("ny-insatsbudget")));
        _setValue(_get(com.vaadin.flow.component.textfield.IntegerField.class, s -> s.withId("budget-ar")), 2025);
        _click(_get(Button.class, s -> s.withId("lagg-till-medfinansiar")));
        _setValue(_get(BigDecimalField.class, s -> s.withId("medfinansiar-budget-0")), new BigDecimal("5"));
        _click(_get(Button.class, s -> s.withId("spara-budget")));
        TextField namn = _get(TextField.class, s -> s.withId("medfinansiar-namn-0"));
        assertThat(namn.isInvalid()).isTrue();
        assertThat(namn.getErrorMessage()).isEqualTo("Ange finansiärens namn.");
        assertThat(antalBudgetar()).isZero();
    }

    private void rad(int nr, String namn, String budget, String utfall) {
        _setValue(_get(TextField.class, s -> s.withId("medfinansiar-namn-" + nr)), namn);
        _setValue(_get(BigDecimalField.class, s -> s.withId("medfinansiar-budget-" + nr)), new BigDecimal(budget));
        if (utfall != null) {
            _setValue(_get(BigDecimalField.class, s -> s.withId("medfinansiar-utfall-" + nr)), new BigDecimal(utfall));
        }
    }

    private int antalBudgetar() {
        return jdbc.queryForObject("select count(*) from insatsbudget where insats_id = ?", Integer.class, insats);
    }

    private List<String> rader() {
        return jdbc.queryForList(
                "select concat(m.finansiar, ' ', m.budget, ' ', m.utfall) from insats_medfinansiering m "
                        + "join insatsbudget b on b.id = m.insatsbudget_id where b.insats_id = ? order by m.rad",
                String.class,
                insats);
    }
}
