package se.finsam.sus.behorighet;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.finsam.sus.KaribuTest;
import se.finsam.sus.base.Roll;

/** A user without a required second factor sets one up from the profile page, with a right code and password. */
class ProfilTvafaktorTest extends KaribuTest {

    static final String LOSENORD = "gröna äpplen på taket";

    @Autowired
    Kontoskapare konton;

    @Autowired
    AnvandareRepository anvandare;

    @Test
    void setsUpAnAuthenticatorAppOnlyWithARightCode() throws Exception {
        String namn = "prof-" + UUID.randomUUID().toString().substring(0, 8);
        konton.skapaVidStart(namn, "Pia Profil", LOSENORD, Set.of(Roll.RAPPORTLASARE));
        login(namn, LOSENORD);
        UI.getCurrent().navigate("profil");
        _click(_get(Button.class, spec -> spec.withId("satt-upp-tvafaktor")));

        Matcher nyckel = Pattern.compile(": ([A-Z2-7]{32})$")
                .matcher(_find(Paragraph.class).stream()
                        .map(Paragraph::getText)
                        .filter(t -> t.matches(".*: [A-Z2-7]{32}$"))
                        .findFirst()
                        .orElseThrow());
        assertThat(nyckel.find()).isTrue();
        TextField kod = _get(TextField.class, spec -> spec.withId("ny-tvafaktor-kod"));
        kod.setValue("000000");
        _click(_get(Button.class, spec -> spec.withId("bekrafta-tvafaktor")));
        assertThat(anvandare.findByAnvandarnamn(namn).orElseThrow().getTotpHemlighet())
                .isNull();

        kod.setValue(Totp.kod(nyckel.group(1), Totp.steg(Instant.now())));
        _get(PasswordField.class, spec -> spec.withId("tvafaktor-losenord")).setValue(LOSENORD);
        _click(_get(Button.class, spec -> spec.withId("bekrafta-tvafaktor")));
        Anvandare efter = anvandare.findByAnvandarnamn(namn).orElseThrow();
        assertThat(efter.getTotpHemlighet()).isNotNull();
        assertThat(efter.kraverTvafaktor())
                .as("from now on the code is asked for at login")
                .isTrue();
    }
}
