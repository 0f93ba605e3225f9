package se.finsam.sus.behorighet.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import se.finsam.sus.KaribuTest;
import se.finsam.sus.behorighet.Omfattning;
import se.finsam.sus.behorighet.UppdragRad;
import se.finsam.sus.behorighet.UppdragStatus;

/** The system administrator's overview of every uppdrag, and giving a rapportläsare a län through its dialog. */
class UppdragOversiktViewTest extends KaribuTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void systemadministratorSeesEveryUppdragAndGivesALanUppdrag() throws Exception {
        login("admin", DEMO_LOSENORD);
        UI.getCurrent().navigate("admin/uppdrag");
        UppdragOversiktView vy = _get(UppdragOversiktView.class);
        int totalt = jdbc.queryForObject("select count(*) from uppdrag", Integer.class);
        assertThat(GridKt._size(vy.grid)).isEqualTo(totalt).isPositive();

        _click(vy.geRapportuppdrag);
        GeRapportuppdragDialog dialog = _get(GeRapportuppdragDialog.class);
        valj(dialog.anvandare, a -> a.anvandarnamn().equals("rapport"));
        dialog.omfattning.setValue(Omfattning.LAN);
        _click(dialog.ge);
        assertThat(dialog.lan.isInvalid()).isTrue();
        assertThat(dialog.lan.getErrorMessage()).isEqualTo("Välj ett län.");
        assertThat(dialog.isOpened()).isTrue();

        valj(dialog.lan, l -> l.kod().equals("25"));
        _click(dialog.ge);
        assertThat(dialog.isOpened()).isFalse();

        vy.namn.setValue("rapport");
        vy.status.setValue(UppdragStatus.AKTIVT);
        assertThat(GridKt._findAll(vy.grid))
                .filteredOn(r -> r.uppdrag().omfattning() == Omfattning.LAN)
                .extracting(UppdragRad::omfattningsnamn)
                .contains("Norrbottens län");
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_post where atgard = 'UPPDRAG_GIVET' "
                                + "and anvandare = 'admin' and detaljer like '%lan=25%'",
                        Integer.class))
                .isPositive();
    }

    /** Issue 13: two insatser called "Unga in" could not be told apart; each is named with its förbund. */
    @Test
    void anInsatsIsNamedWithItsForbund() throws Exception {
        login("admin", DEMO_LOSENORD);
        UI.getCurrent().navigate("admin/uppdrag");
        UppdragOversiktView vy = _get(UppdragOversiktView.class);
        java.util.List<UppdragRad> insatsuppdrag = GridKt._findAll(vy.grid).stream()
                .filter(r -> r.uppdrag().omfattning() == Omfattning.INSATS)
                .toList();
        assertThat(insatsuppdrag).isNotEmpty().allSatisfy(r -> {
            String forbund = jdbc.queryForObject(
                    "select s.namn from insats i join samverkansorganisation s on s.id = i.organisation_id"
                            + " where i.id = ?",
                    String.class,
                    r.uppdrag().insatsId());
            assertThat(r.omfattningsnamn()).endsWith(" (" + forbund + ")");
            assertThat(BehorighetUi.omfattning(vy, r)).startsWith("Insats: ").endsWith(" (" + forbund + ")");
        });
    }

    @Test
    void otherRolesCannotOpenTheOverview() throws Exception {
        login("samverkan", DEMO_LOSENORD);
        assertThatThrownBy(() -> UI.getCurrent().navigate("admin/uppdrag"))
                .satisfies(e -> assertThat(e.getClass().getSimpleName()).contains("AccessDenied"));
    }

    private static <T> void valj(ComboBox<T> falt, Predicate<T> vilken) {
        falt.setValue(
                falt.getListDataView().getItems().filter(vilken).findFirst().orElseThrow());
    }
}
