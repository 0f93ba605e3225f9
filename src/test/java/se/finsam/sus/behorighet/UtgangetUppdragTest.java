package se.finsam.sus.behorighet;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import se.finsam.sus.KaribuTest;
import se.finsam.sus.base.Roll;
import se.finsam.sus.base.ui.NotFoundView;

/**
 * An uppdrag stops giving access the day after it ends, with nobody doing anything, and at once when its holder
 * is deactivated.
 */
class UtgangetUppdragTest extends KaribuTest {

    static final String LOSENORD = "gröna äpplen på taket";

    @Autowired
    Kontoskapare konton;

    @Autowired
    UppdragRepository uppdrag;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    BehorighetService behorighet;

    @Test
    void organisationPageOpensWhileTheUppdragRunsAndNotAfter() throws Exception {
        long organisation = jdbc.queryForObject(
                "select id from samverkansorganisation where namn = 'Samordningsförbundet Norra Stockholm'",
                Long.class);
        LocalDate idag = LocalDate.now();
        String aktiv = anvandare(Roll.INSATSANSVARIG);
        String utgangen = anvandare(Roll.INSATSANSVARIG);
        uppdrag.save(Uppdrag.forOrganisation(id(aktiv), Roll.INSATSANSVARIG, organisation, idag.minusYears(1), idag));
        uppdrag.save(Uppdrag.forOrganisation(
                id(utgangen), Roll.INSATSANSVARIG, organisation, idag.minusYears(1), idag.minusDays(1)));

        login(aktiv, LOSENORD);
        UI.getCurrent().navigate("organisationer/" + organisation);
        assertThat(aktivVy().getClass().getSimpleName()).isEqualTo("OrganisationView");

        login(utgangen, LOSENORD);
        UI.getCurrent().navigate("organisationer/" + organisation);
        assertThat(aktivVy()).isInstanceOf(NotFoundView.class);
    }

    @Test
    void aDeactivatedUserLosesUppdragAccessAtOnceEvenInAnOpenSession() throws Exception {
        long organisation = jdbc.queryForObject(
                "select id from samverkansorganisation where namn = 'Samordningsförbundet Norra Stockholm'",
                Long.class);
        LocalDate idag = LocalDate.now();
        String namn = anvandare(Roll.INSATSANSVARIG);
        uppdrag.save(Uppdrag.forOrganisation(
                id(namn), Roll.INSATSANSVARIG, organisation, idag.minusDays(1), idag.plusDays(10)));
        login(namn, LOSENORD);
        assertThat(behorighet.farIOrganisation(Roll.INSATSANSVARIG, organisation))
                .isTrue();

        // A system administrator deactivates the user while their session is still open.
        jdbc.update("update anvandare set aktiv = false where anvandarnamn = ?", namn);
        assertThat(behorighet.farIOrganisation(Roll.INSATSANSVARIG, organisation))
                .isFalse();
        UI.getCurrent().navigate("organisationer/" + organisation);
        assertThat(aktivVy()).isInstanceOf(NotFoundView.class);
    }

    private String anvandare(Roll roll) {
        String namn = "utg-" + UUID.randomUUID().toString().substring(0, 8);
        konton.skapaVidStart(namn, "Test", LOSENORD, Set.of(roll), Arbetsgivare.SAMORDNINGSFORBUND, null);
        return namn;
    }

    private long id(String namn) {
        return jdbc.queryForObject("select id from anvandare where anvandarnamn = ?", Long.class, namn);
    }

    private static Object aktivVy() {
        return UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst();
    }
}
