package se.finsam.sus.behorighet.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import se.finsam.sus.KaribuTest;
import se.finsam.sus.base.Roll;
import se.finsam.sus.behorighet.AnvandarAdministration;
import se.finsam.sus.behorighet.AnvandarVal;
import se.finsam.sus.behorighet.Arbetsgivare;
import se.finsam.sus.behorighet.MittKonto;
import se.finsam.sus.behorighet.NyAnvandare;
import se.finsam.sus.behorighet.UppdragAdministration;
import se.finsam.sus.behorighet.UppdragRad;
import se.finsam.sus.organisation.ui.OrganisationView;

/** Connecting a deltagaransvarig to an insats from the insats page, as its insatsansvarig. */
class UppdragPanelTest extends KaribuTest {

    @Autowired
    MittKonto mittKonto;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AnvandarAdministration anvandarAdministration;

    @Autowired
    UppdragAdministration uppdragAdministration;

    long insatsId;

    @BeforeEach
    void demoInsats() {
        insatsId = jdbc.queryForObject(
                "select min(i.id) from insats i join samverkansorganisation s "
                        + "on s.id = i.organisation_id where s.namn = 'Samordningsförbundet Norra Stockholm'",
                Long.class);
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
        assertThat(GridKt._findAll(panel.grid))
                .extracting(UppdragRad::anvandarnamn)
                .contains("handlaggare");
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
    void openingAnOrganisationPageWithoutRightsToItsUppdragWritesNoRefusal() throws Exception {
        long organisationId =
                jdbc.queryForObject("select organisation_id from insats where id = ?", Long.class, insatsId);
        login("admin", DEMO_LOSENORD);
        String namn = "up-ui-" + UUID.randomUUID().toString().substring(0, 8);
        anvandarAdministration.skapa(new NyAnvandare(
                namn,
                "Ines Insats",
                Arbetsgivare.SAMORDNINGSFORBUND,
                null,
                Set.of(Roll.INSATSANSVARIG),
                "gröna äpplen på taket"));
        uppdragAdministration.geInsatsuppdrag(
                namn,
                Roll.INSATSANSVARIG,
                insatsId,
                LocalDate.now(),
                LocalDate.now().plusMonths(3),
                null);

        login(namn, "gröna äpplen på taket");
        // An administrator set the password: it must be changed first (issue 12 #16).
        mittKonto.bytLosenord("gröna äpplen på taket", "ett eget lösenord för testet");
        UI.getCurrent().navigate("organisationer/" + organisationId);
        assertThat(_find(OrganisationView.class)).hasSize(1);
        assertThat(_find(UppdragPanel.class)).isEmpty();
        UI.getCurrent().navigate("insatser/" + insatsId);
        assertThat(_find(UppdragPanel.class)).hasSize(1);
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_post where atgard = 'ATKOMST_NEKAD' " + "and anvandare = ?",
                        Integer.class,
                        namn))
                .isZero();
    }

    @Test
    void aDeputyIsAppointedForARunningUppdragFromItsRow() throws Exception {
        login("admin", DEMO_LOSENORD);
        String namn = "dep-" + UUID.randomUUID().toString().substring(0, 8);
        anvandarAdministration.skapa(new NyAnvandare(
                namn,
                "Dora Deltagaransvarig",
                Arbetsgivare.KOMMUN,
                "Solna",
                Set.of(Roll.DELTAGARANSVARIG),
                "gröna äpplen på taket"));
        login("insats", DEMO_LOSENORD);
        long id = uppdragAdministration.geInsatsuppdrag(
                namn,
                Roll.DELTAGARANSVARIG,
                insatsId,
                LocalDate.now(),
                LocalDate.now().plusMonths(3),
                null);
        UI.getCurrent().navigate("insatser/" + insatsId);
        UppdragPanel lista = _get(UppdragPanel.class);
        java.util.List<UppdragRad> rader = GridKt._findAll(lista.grid);
        int index = java.util.stream.IntStream.range(0, rader.size())
                .filter(i -> rader.get(i).id() == id)
                .findFirst()
                .orElseThrow();
        _click(GridKt._getCellComponent(lista.grid, index, "atgarder")
                .getChildren()
                .filter(c -> c.getId().orElse("").equals("byt-ersattare-" + id))
                .map(com.vaadin.flow.component.button.Button.class::cast)
                .findFirst()
                .orElseThrow());
        _get(com.vaadin.flow.component.combobox.ComboBox.class, s -> s.withId("ny-ersattare"))
                .setValue(new AnvandarVal("handlaggare", "Hanna Handläggare"));
        _click(_get(com.vaadin.flow.component.button.Button.class, s -> s.withId("spara-ersattare")));
        UppdragPanel panel = _get(UppdragPanel.class);
        assertThat(GridKt._findAll(panel.grid))
                .filteredOn(r -> r.id() == id)
                .extracting(UppdragRad::ersattare)
                .containsExactly("Hanna Handläggare");
    }

    @Test
    void samverkansadministratorSeesTheInsatsUppdragButInsatsansvarigElsewhereDoesNot() throws Exception {
        login("samverkan", DEMO_LOSENORD);
        UI.getCurrent().navigate("insatser/" + insatsId);
        assertThat(_find(UppdragPanel.class)).hasSize(1);
        long annan = jdbc.queryForObject(
                "select min(i.id) from insats i join samverkansorganisation s "
                        + "on s.id = i.organisation_id where s.namn <> 'Samordningsförbundet Norra Stockholm'",
                Long.class);
        UI.getCurrent().navigate("insatser/" + annan);
        assertThat(_find(UppdragPanel.class)).isEmpty();
    }

    /** Issue 13: Förläng/Avsluta/Byt ersättare were offered on uppdrag the service then refused to change. */
    @Test
    void anInsatsansvarigIsOfferedOnlyTheChangesTheServiceAllows() throws Exception {
        long organisationId =
                jdbc.queryForObject("select organisation_id from insats where id = ?", Long.class, insatsId);
        login("insats", DEMO_LOSENORD);
        int utanKnappar = 0;
        for (String adress : new String[] {"insatser/" + insatsId, "organisationer/" + organisationId}) {
            UI.getCurrent().navigate(adress);
            for (UppdragPanel panel : _find(UppdragPanel.class)) {
                java.util.List<UppdragRad> rader = GridKt._findAll(panel.grid);
                for (int i = 0; i < rader.size(); i++) {
                    UppdragRad r = rader.get(i);
                    if (r.uppdrag().status(LocalDate.now()) == se.finsam.sus.behorighet.UppdragStatus.AVSLUTAT) {
                        continue;
                    }
                    long knappar = GridKt._getCellComponent(panel.grid, i, "atgarder")
                            .getChildren()
                            .count();
                    // An insatsansvarig gives and changes only deltagaransvarigas uppdrag on their insatser.
                    if (r.uppdrag().roll() == Roll.DELTAGARANSVARIG) {
                        assertThat(knappar).as(adress + " " + r).isPositive();
                    } else {
                        assertThat(knappar).as(adress + " " + r).isZero();
                        utanKnappar++;
                    }
                }
            }
        }
        assertThat(utanKnappar).as("uppdrag the insatsansvarig may not change").isPositive();
    }
}
