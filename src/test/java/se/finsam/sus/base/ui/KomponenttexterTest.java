package se.finsam.sus.base.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.upload.Upload;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import se.finsam.sus.KaribuTest;

/** Vaadin's own components speak the page's language, from the bundles, in every view that uses them. */
class KomponenttexterTest extends KaribuTest {

    @Test
    void datePickersInASwedishViewStartTheWeekOnMondayAndNameMonthsInSwedish() throws Exception {
        login("admin", DEMO_LOSENORD);
        UI.getCurrent().navigate("admin/logg");
        assertThat(_find(DatePicker.class)).isNotEmpty().allSatisfy(d -> {
            DatePicker.DatePickerI18n i18n = d.getI18n();
            assertThat(i18n).isNotNull();
            assertThat(i18n.getFirstDayOfWeek()).as("Monday").isEqualTo(1);
            assertThat(i18n.getMonthNames()).startsWith("januari", "februari").endsWith("december");
            assertThat(i18n.getWeekdaysShort()).startsWith("sön", "mån");
            assertThat(i18n.getDateFormats()).first().isEqualTo("yyyy-MM-dd");
            assertThat(i18n.getToday()).isEqualTo("Idag");
            assertThat(i18n.getCancel()).isEqualTo("Avbryt");
        });
    }

    @Test
    void uploadsSpeakSwedishAndEnglish() throws Exception {
        login("admin", DEMO_LOSENORD);
        UI.getCurrent().navigate("admin/import");
        Upload upload = _get(Upload.class);
        assertThat(upload.getI18n().getAddFiles().getOne()).isEqualTo("Välj fil…");
        assertThat(upload.getI18n().getDropFiles().getOne()).isEqualTo("Släpp filen här");
        assertThat(upload.getI18n().getError().getFileIsTooBig()).isEqualTo("Filen är för stor.");

        UI.getCurrent().setLocale(Locale.ENGLISH);
        // A new view (the language switch reloads the page, which builds every view anew).
        UI.getCurrent().navigate("admin/logg");
        assertThat(_find(DatePicker.class).getFirst().getI18n().getMonthNames()).startsWith("January");
        assertThat(_find(DatePicker.class).getFirst().getI18n().getFirstDayOfWeek())
                .isEqualTo(1);
        UI.getCurrent().navigate("admin/import");
        assertThat(_get(Upload.class).getI18n().getAddFiles().getOne()).isEqualTo("Choose file…");
    }

    @Test
    void passwordFieldsSayShowPasswordInSwedish() throws Exception {
        login("admin", DEMO_LOSENORD);
        UI.getCurrent().navigate("profil");
        assertThat(_find(PasswordField.class))
                .isNotEmpty()
                .allSatisfy(p -> assertThat(String.valueOf(p.getElement().getPropertyRaw("i18n")))
                        .contains("Visa lösenord"));
    }

    @Test
    void aComponentAddedLaterInADialogGetsItsTextsToo() {
        UI.getCurrent().navigate("forsorjningsmatt");
        DatePicker senare = new DatePicker();
        Upload egna = new Upload();
        egna.setI18n(new com.vaadin.flow.component.upload.UploadI18N()
                .setError(new com.vaadin.flow.component.upload.UploadI18N.Error().setFileIsTooBig("Max 1 kB.")));
        Dialog dialog = new Dialog(senare, egna);
        dialog.open();
        com.github.mvysny.kaributesting.v10.MockVaadin.clientRoundtrip(false);
        Komponenttexter.oversatt(UI.getCurrent());
        assertThat(senare.getI18n().getFirstDayOfWeek()).isEqualTo(1);
        assertThat(egna.getI18n().getError().getFileIsTooBig())
                .as("the view's own text kept")
                .isEqualTo("Max 1 kB.");
        assertThat(egna.getI18n().getAddFiles().getOne())
                .as("the rest from the bundle")
                .isEqualTo("Välj fil…");
    }

    @Test
    void aDialogOpenedByAClickGetsItsTextsBeforeTheResponse() {
        UI ui = UI.getCurrent();
        ui.navigate("forsorjningsmatt");
        // The click's round trip: a UIDL request of this UI, during which the view opens a dialog.
        com.vaadin.flow.server.VaadinRequest klick =
                org.mockito.Mockito.mock(com.vaadin.flow.server.VaadinRequest.class);
        org.mockito.Mockito.when(klick.getParameter(com.vaadin.flow.shared.ApplicationConstants.REQUEST_TYPE_PARAMETER))
                .thenReturn(com.vaadin.flow.shared.ApplicationConstants.REQUEST_TYPE_UIDL);
        org.mockito.Mockito.when(klick.getParameter(com.vaadin.flow.shared.ApplicationConstants.UI_ID_PARAMETER))
                .thenReturn(String.valueOf(ui.getUIId()));
        Komponenttexter.efterRundtur(ui.getSession(), klick);
        DatePicker iDialog = new DatePicker();
        new Dialog(iDialog).open();
        assertThat(iDialog.getI18n()).isNull();
        com.github.mvysny.kaributesting.v10.MockVaadin.clientRoundtrip(false);
        assertThat(iDialog.getI18n().getMonthNames()).startsWith("januari");
        assertThat(iDialog.getI18n().getFirstDayOfWeek()).isEqualTo(1);
    }
}
