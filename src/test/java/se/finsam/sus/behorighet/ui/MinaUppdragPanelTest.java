package se.finsam.sus.behorighet.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import se.finsam.sus.KaribuTest;
import se.finsam.sus.base.Roll;
import se.finsam.sus.base.ui.StartView;
import se.finsam.sus.behorighet.AnvandarAdministration;
import se.finsam.sus.behorighet.Arbetsgivare;
import se.finsam.sus.behorighet.MittKonto;
import se.finsam.sus.behorighet.NyAnvandare;
import se.finsam.sus.behorighet.Omfattning;
import se.finsam.sus.behorighet.UppdragAdministration;

/** The start view lists the user's active uppdrag with links, and those ending within 30 days stand out. */
class MinaUppdragPanelTest extends KaribuTest {

    static final String LOSENORD = "gröna äpplen på taket";

    @Autowired
    MittKonto mittKonto;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AnvandarAdministration anvandarAdministration;

    @Autowired
    UppdragAdministration administration;

    @Test
    void showsActiveUppdragWithLinksAndHighlightsThoseEndingSoon() throws Exception {
        long organisation = jdbc.queryForObject(
                "select id from samverkansorganisation where namn = 'Samordningsförbundet Norra Stockholm'",
                Long.class);
        String namn = "start-" + UUID.randomUUID().toString().substring(0, 8);
        login("admin", DEMO_LOSENORD);
        anvandarAdministration.skapa(new NyAnvandare(
                namn, "Test " + namn, Arbetsgivare.REGION, "Region Test", Set.of(Roll.RAPPORTLASARE), LOSENORD));
        LocalDate idag = LocalDate.now();
        administration.geRapportuppdrag(
                namn, Omfattning.ORGANISATION, null, organisation, idag.minusMonths(1), idag.plusDays(10));
        administration.geRapportuppdrag(namn, Omfattning.LAN, "01", null, idag, idag.plusYears(1));
        long avslutat = administration.geRapportuppdrag(namn, Omfattning.RIKET, null, null, idag, idag.plusYears(1));
        administration.avsluta(avslutat);

        login(namn, LOSENORD);
        // An administrator set the password: it must be changed first (issue 12 #16).
        mittKonto.bytLosenord(LOSENORD, "ett eget lösenord för testet");
        UI.getCurrent().navigate(StartView.class);
        MinaUppdragPanel panel = _get(MinaUppdragPanel.class);
        assertThat(_find(panel.lista, ListItem.class)).hasSize(2);
        Anchor lank = _get(panel.lista, Anchor.class);
        assertThat(lank.getHref()).isEqualTo("organisationer/" + organisation);
        assertThat(lank.getText()).isEqualTo("Samordningsförbundet Norra Stockholm");
        assertThat(_find(panel.lista, ListItem.class))
                .filteredOn(li -> li.hasClassName("slutar-snart"))
                .singleElement()
                .satisfies(li -> assertThat(li.getElement().getTextRecursively())
                        .contains("Samordningsförbundet Norra Stockholm", "slutar snart"));
        assertThat(panel.getElement().getTextRecursively())
                .contains("Stockholms län")
                .doesNotContain("Riket");
    }
}
