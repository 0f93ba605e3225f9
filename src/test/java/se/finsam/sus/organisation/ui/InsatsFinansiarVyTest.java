package se.finsam.sus.organisation.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import se.finsam.sus.KaribuTest;

/** The insatsansvarig records a financier outside the förbund on the insats page. */
class InsatsFinansiarVyTest extends KaribuTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void addsAFinancierFromTheInsatsPage() throws Exception {
        long insats = jdbc.queryForObject(
                "select max(i.id) from insats i join samverkansorganisation s on s.id = "
                        + "i.organisation_id where s.namn = 'Samordningsförbundet Norra Stockholm'",
                Long.class);
        login("insats", DEMO_LOSENORD);
        UI.getCurrent().navigate("insatser/" + insats);
        _get(TextField.class, spec -> spec.withId("finansiar-namn")).setValue("Arbetsförmedlingen, extra");
        _get(BigDecimalField.class, spec -> spec.withId("finansiar-belopp")).setValue(new BigDecimal("12500"));
        _click(_get(Button.class, spec -> spec.withId("finansiar-lagg-till")));
        assertThat(jdbc.queryForList("select namn from insats_finansiar where insats_id = ?", String.class, insats))
                .contains("Arbetsförmedlingen, extra");
    }
}
