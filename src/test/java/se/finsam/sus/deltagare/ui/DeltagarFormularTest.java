package se.finsam.sus.deltagare.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.finsam.sus.KaribuTest;

/**
 * What the entry and exit forms say (issue 13): an exit date before the start date has its message, and an age at
 * start outside the ages the insats serves is warned about and must be confirmed.
 */
class DeltagarFormularTest extends KaribuTest {

    static final LocalDate IDAG = LocalDate.of(2026, 6, 15);

    @Test
    void anExitDateBeforeTheStartDateSaysWhy() {
        LocalDate start = LocalDate.of(2026, 3, 1);
        UtskrivningForm form = new UtskrivningForm(start, IDAG);
        form.slutdatum.setValue(start.minusDays(1));
        assertThat(form.las()).isEmpty();
        assertThat(form.slutdatum.isInvalid()).isTrue();
        assertThat(form.slutdatum.getErrorMessage()).isEqualTo("Slutdatum kan inte ligga före startdatum.");
    }

    @Test
    void aConsentDateInTheFutureSaysWhy() {
        InskrivningForm form = new InskrivningForm(List.of(), IDAG);
        form.samtyckesdatum.setValue(IDAG.plusDays(1));
        assertThat(form.las()).isEmpty();
        assertThat(form.samtyckesdatum.isInvalid()).isTrue();
        assertThat(form.samtyckesdatum.getErrorMessage()).isNotBlank();
    }

    @Test
    void anAgeOutsideTheInsatsRangeIsWarnedAndMustBeConfirmed() {
        InskrivningForm form = new InskrivningForm(List.of(), IDAG);
        form.startdatum.setValue(IDAG);

        form.identitetsnummer.setValue(DeltagarTestdata.personnummer(LocalDate.of(1980, 5, 5), 1));
        assertThat(form.alderBekraftad.isVisible()).as("46 years: inside 16–64").isFalse();

        form.identitetsnummer.setValue(DeltagarTestdata.personnummer(LocalDate.of(1912, 1, 2), 2));
        assertThat(form.alderBekraftad.isVisible()).isTrue();
        assertThat(form.alderBekraftad.getLabel())
                .startsWith("Personen är 114 år vid start")
                .contains("16–64 år");
        form.las();
        assertThat(form.alderBekraftad.isInvalid()).isTrue();
        assertThat(form.alderBekraftad.getErrorMessage()).startsWith("Bekräfta åldern");
        form.alderBekraftad.setValue(true);
        form.las();
        assertThat(form.alderBekraftad.isInvalid()).isFalse();

        form.identitetsnummer.setValue(DeltagarTestdata.personnummer(LocalDate.of(2011, 1, 2), 3));
        assertThat(form.alderBekraftad.isVisible()).as("15 years").isTrue();
        assertThat(form.alderBekraftad.getValue()).as("a new person asks again").isFalse();
    }
}
