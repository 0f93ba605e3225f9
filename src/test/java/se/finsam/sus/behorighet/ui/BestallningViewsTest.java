package se.finsam.sus.behorighet.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import se.finsam.sus.KaribuTest;
import se.finsam.sus.base.Roll;
import se.finsam.sus.behorighet.AnvandarAdministration;
import se.finsam.sus.behorighet.AnvandarRad;
import se.finsam.sus.behorighet.AnvandarVal;
import se.finsam.sus.behorighet.Arbetsgivare;
import se.finsam.sus.behorighet.BestallningRad;
import se.finsam.sus.behorighet.BestallningStatus;
import se.finsam.sus.behorighet.NyAnvandare;

/**
 * Issue 12 #18 in the views, browserless: the förbund's insatsansvarig asks from the insats page's uppdrag panel,
 * Arbetsförmedlingen's behörighetsadministratör (demo user {@code behorighet}) approves or rejects in the queue
 * ({@code admin/bestallningar}) and creates staff under Personal ({@code admin/personal}).
 */
class BestallningViewsTest extends KaribuTest {

    @Autowired
    AnvandarAdministration anvandarAdministration;

    @Autowired
    JdbcTemplate jdbc;

    long insatsId;
    /** A fresh deltagaransvarig at Arbetsförmedlingen. */
    String formedlare;

    @BeforeEach
    void insatsOchAnvandare() throws Exception {
        insatsId = jdbc.queryForObject(
                "select min(i.id) from insats i join samverkansorganisation s "
                        + "on s.id = i.organisation_id where s.namn = 'Samordningsförbundet Norra Stockholm'",
                Long.class);
        login("admin", DEMO_LOSENORD);
        formedlare = "ui-af-" + UUID.randomUUID().toString().substring(0, 8);
        anvandarAdministration.skapa(new NyAnvandare(
                formedlare,
                "Frida Förmedlare",
                Arbetsgivare.ARBETSFORMEDLINGEN,
                null,
                Set.of(Roll.DELTAGARANSVARIG),
                "gröna äpplen på taket"));
        SecurityContextHolder.clearContext();
    }

    @Test
    void theInsatsansvarigAsksAndTheBehorighetsadministratorApproves() throws Exception {
        assertThat(bestall())
                .filteredOn(r -> r.anvandarnamn().equals(formedlare))
                .extracting(BestallningRad::status)
                .containsExactly(BestallningStatus.VANTAR);

        login("behorighet", DEMO_LOSENORD);
        UI.getCurrent().navigate(BestallningarView.class);
        BestallningarView ko = _get(BestallningarView.class);
        klicka(ko.grid, "godkann-");
        assertThat(ko.fel.getText()).isEmpty();
        assertThat(GridKt._findAll(ko.grid))
                .extracting(BestallningRad::anvandarnamn)
                .doesNotContain(formedlare);
        assertThat(jdbc.queryForObject(
                        "select count(*) from uppdrag u join anvandare a on a.id = u.anvandare_id "
                                + "where a.anvandarnamn = ? and u.insats_id = ? and u.roll = 'DELTAGARANSVARIG'",
                        Integer.class,
                        formedlare,
                        insatsId))
                .isEqualTo(1);
    }

    @Test
    void aRejectionNeedsAReasonWhichTheForbundThenSees() throws Exception {
        bestall();
        login("behorighet", DEMO_LOSENORD);
        UI.getCurrent().navigate(BestallningarView.class);
        BestallningarView ko = _get(BestallningarView.class);
        klicka(ko.grid, "avvisa-");
        _click(_get(Button.class, spec -> spec.withId("spara-avvisning")));
        TextArea motivering = _get(TextArea.class, spec -> spec.withId("motivering"));
        assertThat(motivering.isInvalid()).isTrue();
        assertThat(motivering.getErrorMessage()).isEqualTo("Skriv varför beställningen avvisas.");
        motivering.setValue("Har slutat hos oss");
        _click(_get(Button.class, spec -> spec.withId("spara-avvisning")));
        assertThat(GridKt._findAll(ko.grid))
                .extracting(BestallningRad::anvandarnamn)
                .doesNotContain(formedlare);

        login("insats", DEMO_LOSENORD);
        UI.getCurrent().navigate("insatser/" + insatsId);
        _click(_get(UppdragPanel.class).bestall);
        assertThat(GridKt._findAll(_get(BestallningDialog.class).grid))
                .filteredOn(r -> r.anvandarnamn().equals(formedlare))
                .extracting(BestallningRad::status, BestallningRad::motivering)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(BestallningStatus.AVVISAD, "Har slutat hos oss"));
    }

    @Test
    void aBrokenRuleIsShownInTheRequestForm() throws Exception {
        login("insats", DEMO_LOSENORD);
        UI.getCurrent().navigate("insatser/" + insatsId);
        _click(_get(UppdragPanel.class).bestall);
        BestallningDialog dialog = _get(BestallningDialog.class);
        dialog.anvandare.setValue(new AnvandarVal(formedlare, "Frida Förmedlare"));
        dialog.slut.setValue(LocalDate.now().plusYears(3));
        _click(dialog.bestall);
        assertThat(dialog.fel.getText()).startsWith("Ett uppdrag kan gälla högst 2 år framåt");
        assertThat(GridKt._findAll(dialog.grid))
                .extracting(BestallningRad::anvandarnamn)
                .doesNotContain(formedlare);
    }

    @Test
    void theRequestButtonIsOnlyForTheForbundsRoles() throws Exception {
        login("admin", DEMO_LOSENORD);
        UI.getCurrent().navigate("insatser/" + insatsId);
        assertThat(_get(UppdragPanel.class).bestall.isVisible()).isFalse();
    }

    @Test
    void theBehorighetsadministratorCreatesStaffOfTheirOwnEmployerOnly() throws Exception {
        login("behorighet", DEMO_LOSENORD);
        UI.getCurrent().navigate(PersonalView.class);
        PersonalView vy = _get(PersonalView.class);
        List<AnvandarRad> fore = GridKt._fetch(vy.grid, 0, GridKt._size(vy.grid));
        assertThat(fore).extracting(AnvandarRad::anvandarnamn).contains("formedlare", formedlare);
        assertThat(fore).extracting(AnvandarRad::arbetsgivare).containsOnly(Arbetsgivare.ARBETSFORMEDLINGEN);

        _click(vy.ny);
        NyAnvandareDialog dialog = _get(NyAnvandareDialog.class);
        assertThat(dialog.roller.getListDataView().getItems())
                .containsExactly(Roll.INSATSANSVARIG, Roll.DELTAGARANSVARIG, Roll.RAPPORTLASARE);
        String namn = "ui-ny-" + UUID.randomUUID().toString().substring(0, 8);
        dialog.anvandarnamn.setValue(namn);
        dialog.namn.setValue("Nils Ny");
        dialog.roller.setValue(Set.of(Roll.DELTAGARANSVARIG));
        dialog.losenord.setValue("gröna äpplen på taket");
        _click(dialog.spara);
        assertThat(dialog.fel.getText()).isEmpty();
        assertThat(jdbc.queryForObject("select arbetsgivare from anvandare where anvandarnamn = ?", String.class, namn))
                .isEqualTo("ARBETSFORMEDLINGEN");
        assertThat(GridKt._fetch(vy.grid, 0, GridKt._size(vy.grid)))
                .extracting(AnvandarRad::anvandarnamn)
                .contains(namn)
                .doesNotContain("handlaggare", "admin");
    }

    /**
     * As the demo insatsansvarig: opens the request form on the insats page, asks for the fresh user, and closes the
     * form; returns the beställningar it then listed.
     */
    private List<BestallningRad> bestall() throws Exception {
        login("insats", DEMO_LOSENORD);
        UI.getCurrent().navigate("insatser/" + insatsId);
        UppdragPanel panel = _get(UppdragPanel.class);
        assertThat(panel.bestall.isVisible()).isTrue();
        _click(panel.bestall);
        BestallningDialog dialog = _get(BestallningDialog.class);
        dialog.anvandare.setValue(new AnvandarVal(formedlare, "Frida Förmedlare"));
        dialog.roll.setValue(Roll.DELTAGARANSVARIG);
        dialog.slut.setValue(LocalDate.now().plusMonths(6));
        _click(dialog.bestall);
        assertThat(dialog.fel.getText()).isEmpty();
        List<BestallningRad> rader = GridKt._findAll(dialog.grid);
        dialog.close();
        return rader;
    }

    /** Clicks the button whose id starts with {@code prefix} in the fresh user's row of the queue. */
    private void klicka(Grid<BestallningRad> grid, String prefix) {
        List<BestallningRad> rader = GridKt._findAll(grid);
        int index = IntStream.range(0, rader.size())
                .filter(i -> rader.get(i).anvandarnamn().equals(formedlare))
                .findFirst()
                .orElseThrow();
        Component celler = GridKt._getCellComponent(grid, index, "atgarder");
        _click(celler.getChildren()
                .filter(c -> c.getId().orElse("").startsWith(prefix))
                .map(Button.class::cast)
                .findFirst()
                .orElseThrow());
    }
}
