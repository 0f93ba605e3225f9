package se.finsam.sus.behorighet.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import se.finsam.sus.KaribuTest;
import se.finsam.sus.base.Roll;
import se.finsam.sus.behorighet.AnvandarVal;
import se.finsam.sus.behorighet.UppdragRad;

/** Connecting a deltagaransvarig to an insats from the insats page, as its insatsansvarig. */
class UppdragPanelTest extends KaribuTest {

    @Autowired
    JdbcTemplate jdbc;

    long insatsId;

    @BeforeEach
    void demoInsats() {
        insatsId = jdbc.queryForObject("select min(i.id) from insats i join samverkansorganisation s "
                + "on s.id = i.organisation_id where s.namn = 'Samordningsförbundet Norra Stockholm'", Long.class);
    }

    @Test
    void insatsansvarigConnectsADeltagaransvarig() throws Exception {
        login("insats", DEMO_LOSENORD);
        UI.getCurrent().navigate("insatser/" + insatsId);
        UppdragPanel panel = _get(UppdragPanel.class);
        panel.roll.setValue(Roll.DELTAGARANSVARIG);
        panel.anvandare.setValue(new AnvandarVal("handlaggare", "Hanna Handläggare"));
        panel.slut.setValue(LocalDate.now().plusMonths(6));
        _click(panel.ge);
        assertThat(panel.fel.getText()).isEmpty();
        assertThat(GridKt._findAll(panel.grid)).extracting(UppdragRad::anvandarnamn).contains("handlaggare");
    }

    @Test
    void aBrokenRuleIsShownNextToTheForm() throws Exception {
        login("insats", DEMO_LOSENORD);
        UI.getCurrent().navigate("insatser/" + insatsId);
        UppdragPanel panel = _get(UppdragPanel.class);
        panel.roll.setValue(Roll.DELTAGARANSVARIG);
        panel.anvandare.setValue(new AnvandarVal("handlaggare", "Hanna Handläggare"));
        panel.slut.setValue(LocalDate.now().plusYears(3));
        _click(panel.ge);
        assertThat(panel.fel.getText()).startsWith("Ett uppdrag kan gälla högst 2 år framåt");
    }

    @Test
    void samverkansadministratorSeesTheInsatsUppdragButInsatsansvarigElsewhereDoesNot() throws Exception {
        login("samverkan", DEMO_LOSENORD);
        UI.getCurrent().navigate("insatser/" + insatsId);
        assertThat(_find(UppdragPanel.class)).hasSize(1);
        long annan = jdbc.queryForObject("select min(i.id) from insats i join samverkansorganisation s "
                + "on s.id = i.organisation_id where s.namn <> 'Samordningsförbundet Norra Stockholm'", Long.class);
        UI.getCurrent().navigate("insatser/" + annan);
        assertThat(_find(UppdragPanel.class)).isEmpty();
    }
}
