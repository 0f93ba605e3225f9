package se.finsam.sus.behorighet.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.PasswordField;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import se.finsam.sus.KaribuTest;
import se.finsam.sus.base.Roll;
import se.finsam.sus.behorighet.AnvandarAdministration;
import se.finsam.sus.behorighet.AnvandarRad;
import se.finsam.sus.behorighet.Arbetsgivare;
import se.finsam.sus.behorighet.ELegitimationInloggningTest;

/** The system administrator creates a user through the form; a broken rule is shown and nothing is saved. */
class AnvandareViewTest extends KaribuTest {

    @Autowired
    AnvandarAdministration anvandarAdministration;

    @BeforeEach
    void loginAsAdmin() throws Exception {
        login("admin", DEMO_LOSENORD);
        UI.getCurrent().navigate(AnvandareView.class);
    }

    @Test
    void createsAUserThroughTheDialog() {
        long fore = antal();
        NyAnvandareDialog dialog =
                fyllIOchSpara("Ulla Användare", Arbetsgivare.ARBETSFORMEDLINGEN, Roll.DELTAGARANSVARIG);
        assertThat(dialog.isOpened()).isFalse();
        assertThat(antal()).isEqualTo(fore + 1);
    }

    /** Issue 13: "Ny användare" showed one error at a time below the form; now every one at its field at once. */
    @Test
    void showsEveryBrokenRuleAtItsFieldAtOnce() {
        long fore = antal();
        NyAnvandareDialog dialog = oppnaDialog();
        dialog.anvandarnamn.setValue("X");
        dialog.losenord.setValue("kort");
        _click(dialog.spara);
        assertThat(dialog.isOpened()).isTrue();
        assertThat(antal()).isEqualTo(fore);
        assertThat(dialog.anvandarnamn.isInvalid()).isTrue();
        assertThat(dialog.anvandarnamn.getErrorMessage()).startsWith("Användarnamnet ska vara 2–100 tecken");
        assertThat(dialog.namn.isInvalid()).isTrue();
        assertThat(dialog.namn.getErrorMessage()).isEqualTo("Ange användarens namn.");
        assertThat(dialog.arbetsgivare.isInvalid()).isTrue();
        assertThat(dialog.arbetsgivare.getErrorMessage()).isEqualTo("Ange användarens arbetsgivare.");
        assertThat(dialog.roller.isInvalid()).isTrue();
        assertThat(dialog.roller.getErrorMessage()).isEqualTo("Välj minst en roll.");
        assertThat(dialog.losenord.isInvalid()).isTrue();
        assertThat(dialog.losenord.getErrorMessage()).isEqualTo("Lösenordet måste ha minst 12 tecken.");

        // Corrected fields lose their mark on the next attempt; the rest keep theirs.
        dialog.anvandarnamn.setValue("ui-" + UUID.randomUUID().toString().substring(0, 8));
        dialog.namn.setValue("Alla Fel");
        _click(dialog.spara);
        assertThat(dialog.anvandarnamn.isInvalid()).isFalse();
        assertThat(dialog.namn.isInvalid()).isFalse();
        assertThat(dialog.roller.isInvalid()).isTrue();
    }

    @Test
    void showsTheBrokenRuleAndSavesNothing() {
        long fore = antal();
        NyAnvandareDialog dialog = fyllIOchSpara("Sam Förbund", Arbetsgivare.SAMORDNINGSFORBUND, Roll.DELTAGARANSVARIG);
        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.fel.getText()).startsWith("Bara personal hos Försäkringskassan");
        assertThat(antal()).isEqualTo(fore);
    }

    @Test
    void linksAndRemovesAnELegitimationAndRefusesABadNumberOnTheField() {
        String namn = fyllIOchSpara("Elin Legitimation", Arbetsgivare.REGION, Roll.RAPPORTLASARE)
                .anvandarnamn
                .getValue();
        long id = rad(namn).id();

        klickaIRaden(id, "e-legitimation-" + id);
        PasswordField personnummer = _get(PasswordField.class, spec -> spec.withId("personnummer"));
        _setValue(personnummer, "18900101-0000");
        _click(_get(Button.class, spec -> spec.withId("koppla-e-legitimation")));
        assertThat(personnummer.isInvalid()).isTrue();
        assertThat(personnummer.getErrorMessage()).startsWith("Ange ett giltigt personnummer");
        assertThat(rad(namn).elegitimation()).isFalse();

        _setValue(personnummer, ELegitimationInloggningTest.fiktivtPersonnummer());
        _click(_get(Button.class, spec -> spec.withId("koppla-e-legitimation")));
        assertThat(rad(namn).elegitimation()).isTrue();
        _assertNone(PasswordField.class, spec -> spec.withId("personnummer"));

        klickaIRaden(id, "e-legitimation-" + id);
        _click(_get(Button.class, spec -> spec.withId("ta-bort-e-legitimation")));
        assertThat(rad(namn).elegitimation()).isFalse();
    }

    @Test
    @SuppressWarnings("unchecked")
    void changesTheEmployerAndShowsABrokenRuleAtTheField() {
        String namn = fyllIOchSpara("Arne Arbetsgivare", Arbetsgivare.KOMMUN, Roll.DELTAGARANSVARIG)
                .anvandarnamn
                .getValue();
        long id = rad(namn).id();

        klickaIRaden(id, "arbetsgivare-" + id);
        com.vaadin.flow.component.combobox.ComboBox<Arbetsgivare> val =
                _get(com.vaadin.flow.component.combobox.ComboBox.class, spec -> spec.withId("ny-arbetsgivare"));
        val.setValue(Arbetsgivare.SAMORDNINGSFORBUND);
        _click(_get(Button.class, spec -> spec.withId("spara-arbetsgivare")));
        assertThat(val.isInvalid()).isTrue();
        assertThat(val.getErrorMessage()).startsWith("Bara personal hos Försäkringskassan");
        assertThat(rad(namn).arbetsgivare()).isEqualTo(Arbetsgivare.KOMMUN);

        val.setValue(Arbetsgivare.REGION);
        _click(_get(Button.class, spec -> spec.withId("spara-arbetsgivare")));
        assertThat(rad(namn).arbetsgivare()).isEqualTo(Arbetsgivare.REGION);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aRoleChangeThatBreaksARuleIsShownAtTheRolesAndTheDialogStaysOpen() {
        String namn = fyllIOchSpara("Frida Förbund", Arbetsgivare.SAMORDNINGSFORBUND, Roll.INSATSANSVARIG)
                .anvandarnamn
                .getValue();
        long id = rad(namn).id();

        klickaIRaden(id, "roller-" + id);
        com.vaadin.flow.component.checkbox.CheckboxGroup<Roll> val =
                _get(com.vaadin.flow.component.checkbox.CheckboxGroup.class, spec -> spec.withId("nya-roller"));
        val.setValue(Set.of(Roll.INSATSANSVARIG, Roll.DELTAGARANSVARIG));
        _click(_get(Button.class, spec -> spec.withId("spara-roller")));
        assertThat(val.isInvalid()).isTrue();
        assertThat(val.getErrorMessage()).startsWith("Bara personal hos Försäkringskassan");
        assertThat(rad(namn).roller()).containsExactly(Roll.INSATSANSVARIG);

        val.setValue(Set.of(Roll.INSATSANSVARIG, Roll.RAPPORTLASARE));
        _click(_get(Button.class, spec -> spec.withId("spara-roller")));
        assertThat(rad(namn).roller()).containsExactlyInAnyOrder(Roll.INSATSANSVARIG, Roll.RAPPORTLASARE);
        _assertNone(Button.class, spec -> spec.withId("spara-roller"));
    }

    /** Clicks a button in the user's row of the grid (rows are rendered lazily, so not in the component tree). */
    private void klickaIRaden(long id, String knapp) {
        AnvandareView vy = _get(AnvandareView.class);
        List<AnvandarRad> rader = GridKt._fetch(vy.grid, 0, GridKt._size(vy.grid));
        int index = IntStream.range(0, rader.size())
                .filter(i -> rader.get(i).id() == id)
                .findFirst()
                .orElseThrow();
        Component celler = GridKt._getCellComponent(vy.grid, index, "atgarder");
        _click(celler.getChildren()
                .filter(c -> c.getId().orElse("").equals(knapp))
                .map(Button.class::cast)
                .findFirst()
                .orElseThrow());
    }

    private AnvandarRad rad(String anvandarnamn) {
        return anvandarAdministration
                .lista(PageRequest.of(0, 10_000))
                .filter(a -> a.anvandarnamn().equals(anvandarnamn))
                .findFirst()
                .orElseThrow();
    }

    /** Opens the new-user dialog, fills it in with a fresh user name and a good password, and saves. */
    private NyAnvandareDialog fyllIOchSpara(String namn, Arbetsgivare arbetsgivare, Roll roll) {
        NyAnvandareDialog dialog = oppnaDialog();
        dialog.anvandarnamn.setValue("ui-" + UUID.randomUUID().toString().substring(0, 8));
        dialog.namn.setValue(namn);
        dialog.arbetsgivare.setValue(arbetsgivare);
        dialog.roller.setValue(Set.of(roll));
        dialog.losenord.setValue("gröna äpplen på taket");
        _click(dialog.spara);
        return dialog;
    }

    private NyAnvandareDialog oppnaDialog() {
        _click(_get(Button.class, spec -> spec.withId("ny-anvandare")));
        return _get(NyAnvandareDialog.class);
    }

    private long antal() {
        return anvandarAdministration.antal();
    }
}
