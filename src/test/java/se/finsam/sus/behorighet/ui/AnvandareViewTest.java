package se.finsam.sus.behorighet.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.finsam.sus.KaribuTest;
import se.finsam.sus.base.Roll;
import se.finsam.sus.behorighet.AnvandarService;
import se.finsam.sus.behorighet.Arbetsgivare;

/** The system administrator creates a user through the form; a broken rule is shown and nothing is saved. */
class AnvandareViewTest extends KaribuTest {

    @Autowired
    AnvandarService anvandarService;

    @BeforeEach
    void loginAsAdmin() throws Exception {
        login("admin", DEMO_LOSENORD);
        UI.getCurrent().navigate(AnvandareView.class);
    }

    @Test
    void createsAUserThroughTheDialog() {
        long fore = antal();
        NyAnvandareDialog dialog = oppnaDialog();
        String namn = "ui-" + UUID.randomUUID().toString().substring(0, 8);
        dialog.anvandarnamn.setValue(namn);
        dialog.namn.setValue("Ulla Användare");
        dialog.arbetsgivare.setValue(Arbetsgivare.ARBETSFORMEDLINGEN);
        dialog.roller.setValue(Set.of(Roll.DELTAGARANSVARIG));
        dialog.losenord.setValue("gröna äpplen på taket");
        _click(dialog.spara);
        assertThat(dialog.isOpened()).isFalse();
        assertThat(antal()).isEqualTo(fore + 1);
    }

    @Test
    void showsTheBrokenRuleAndSavesNothing() {
        long fore = antal();
        NyAnvandareDialog dialog = oppnaDialog();
        dialog.anvandarnamn.setValue("ui-" + UUID.randomUUID().toString().substring(0, 8));
        dialog.namn.setValue("Sam Förbund");
        dialog.arbetsgivare.setValue(Arbetsgivare.SAMORDNINGSFORBUND);
        dialog.roller.setValue(Set.of(Roll.DELTAGARANSVARIG));
        dialog.losenord.setValue("gröna äpplen på taket");
        _click(dialog.spara);
        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.fel.getText()).startsWith("Bara personal hos Försäkringskassan");
        assertThat(antal()).isEqualTo(fore);
    }

    private NyAnvandareDialog oppnaDialog() {
        _click(_get(Button.class, spec -> spec.withId("ny-anvandare")));
        return _get(NyAnvandareDialog.class);
    }

    private long antal() {
        return anvandarService.antal();
    }
}
