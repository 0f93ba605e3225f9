package se.finsam.sus.behorighet;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.finsam.sus.KaribuTest;
import se.finsam.sus.base.Roll;
import se.finsam.sus.base.ui.StartView;
import se.finsam.sus.behorighet.ui.ProfilView;

/**
 * Issue 12 #16: a password set by a system administrator is known to someone else, so its user must change it
 * before doing anything else; a user who chose their own password is never forced.
 */
class LosenordsbyteTest extends KaribuTest {

    static final String ADMINS_LOSENORD = "tillfälligt lösenord från admin";
    static final String EGET_LOSENORD = "mitt alldeles egna lösenord";

    @Autowired
    AnvandarAdministration administration;

    @Autowired
    AnvandareRepository anvandare;

    @Test
    void anAdministratorsPasswordMustBeChangedBeforeAnyOtherViewOpens() throws Exception {
        String namn = skapadAvAdministrator();
        login(namn, ADMINS_LOSENORD);

        UI.getCurrent().navigate("");
        assertThat(_find(StartView.class)).as("the start view is closed").isEmpty();
        assertThat(_find(ProfilView.class))
                .as("rerouted to the password change")
                .hasSize(1);
        assertThat(_find(Paragraph.class, spec -> spec.withId("maste-byta-losenord")))
                .hasSize(1);
        UI.getCurrent().navigate("admin/uppdrag");
        assertThat(_find(ProfilView.class)).hasSize(1);

        _get(PasswordField.class, spec -> spec.withId("nuvarande-losenord")).setValue(ADMINS_LOSENORD);
        _get(PasswordField.class, spec -> spec.withId("nytt-losenord")).setValue(EGET_LOSENORD);
        _get(PasswordField.class, spec -> spec.withId("upprepa-losenord")).setValue(EGET_LOSENORD);
        _click(_get(Button.class, spec -> spec.withId("byt-losenord")));

        assertThat(anvandare.findByAnvandarnamn(namn).orElseThrow().isBytLosenord())
                .as("the flag is cleared by the user's own change")
                .isFalse();
        UI.getCurrent().navigate("");
        assertThat(_find(StartView.class)).as("views open again").hasSize(1);
        assertThat(_find(ProfilView.class)).isEmpty();
    }

    @Test
    void theFlagIsSetOnlyForAnAdministratorsPassword() throws Exception {
        String namn = skapadAvAdministrator();
        assertThat(anvandare.findByAnvandarnamn(namn).orElseThrow().isBytLosenord())
                .isTrue();
        assertThat(anvandare.findByAnvandarnamn("rapport").orElseThrow().isBytLosenord())
                .as("demo users keep the README's password")
                .isFalse();
    }

    @Test
    void aUserWithTheirOwnPasswordIsNeverForced() throws Exception {
        login("rapport", DEMO_LOSENORD);
        UI.getCurrent().navigate("");
        assertThat(_find(StartView.class)).hasSize(1);
        assertThat(_find(ProfilView.class)).isEmpty();
    }

    private String skapadAvAdministrator() throws Exception {
        String namn = "byt-" + UUID.randomUUID().toString().substring(0, 8);
        login("admin", DEMO_LOSENORD);
        administration.skapa(new NyAnvandare(
                namn, "Nora Ny", Arbetsgivare.FORSAKRINGSKASSAN, null, Set.of(Roll.RAPPORTLASARE), ADMINS_LOSENORD));
        return namn;
    }
}
