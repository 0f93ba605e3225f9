package se.finsam.sus.rapport;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.crypto.password.PasswordEncoder;
import se.finsam.sus.KaribuTest;

/** The report pages of the Insatsrapport and the behovsgrupper report open from a bookmarked URL and show tables. */
class InsatsrapportVyTest extends KaribuTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    AuthenticationConfiguration auth;

    @BeforeEach
    void inloggad() throws Exception {
        InsatsrapportFixtur.skapa(jdbc, encoder);
        InsatsrapportFixtur.loggaIn(jdbc, encoder, auth, "ir-riket", "RIKET", null, null);
        login("ir-riket", InsatsrapportFixtur.LOSENORD);
    }

    @Test
    void insatsrapportFromTheUrlShowsTheListOfInsatser() throws Exception {
        oppna("insatser");
        // Six tables of counts per variable, then the list.
        List<Rad> lista = GridKt._findAll(_get(Grid.class, s -> s.withId("rapport-tabell-7")));
        assertThat(lista.stream().map(Rad::etikett))
                .containsExactly("Insats A", "Insats B", "Insats E", "Insats D", "Totalt");
        List<Rad> inriktning = GridKt._findAll(_get(Grid.class, s -> s.withId("rapport-tabell-1")));
        assertThat(inriktning.get(inriktning.size() - 1).celler().get(0).heltal())
                .isEqualTo(4);
    }

    @Test
    void behovsgrupperFromTheUrlShowsTheYearBesideThePrevious() throws Exception {
        oppna("behovsgrupper");
        List<Rad> insatser = GridKt._findAll(_get(Grid.class, s -> s.withId("rapport-tabell-1")));
        assertThat(insatser.stream().map(Rad::etikett)).contains("Alla insatser", "Någon av grupperna");
        assertThat(insatser.get(0).celler().get(0).heltal()).isEqualTo(4);
    }

    /** Opens {@code rapporter/<route>?period=1992&enhet=riket} and waits for the report computed in the background. */
    @SuppressWarnings("BusyWait")
    private static void oppna(String route) throws InterruptedException {
        UI.getCurrent()
                .navigate("rapporter/" + route, QueryParameters.simple(Map.of("period", "1992", "enhet", "riket")));
        long slut = System.currentTimeMillis() + 60_000;
        // Karibu finds visible components only: the bar is visible while the report is computed.
        while (!_find(ProgressBar.class, s -> s.withId("rapport-pagar")).isEmpty()
                && System.currentTimeMillis() < slut) {
            Thread.sleep(50);
            MockVaadin.clientRoundtrip(false);
        }
        assertThat(_find(ProgressBar.class, s -> s.withId("rapport-pagar")))
                .as("report finished")
                .isEmpty();
    }
}
