package se.finsam.sus.behorighet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import se.finsam.sus.base.Identitetsnummer;
import se.finsam.sus.base.ValideringsException;

/** The e-legitimation link's check: {@link Identitetsnummer}'s parsing, with its own two differences. */
class PersonnummerkontrollTest {

    @Test
    void theTwelveDigitFormWithOrWithoutSeparatorIsNormalised() {
        assertThat(Personnummerkontroll.normalisera("191212121212")).isEqualTo("191212121212");
        assertThat(Personnummerkontroll.normalisera(" 19121212-1212 ")).isEqualTo("191212121212");
        assertThat(Personnummerkontroll.normalisera("19121212+1212")).isEqualTo("191212121212");
        assertThat(Personnummerkontroll.normalisera("191212721219")).isEqualTo("191212721219"); // samordningsnummer
    }

    @Test
    void onlyTheTwelveDigitFormIsAccepted() {
        Identitetsnummer.tolka("121212-1212", java.time.LocalDate.of(2026, 1, 1)); // fine for deltagare
        assertRefused("121212-1212");
        assertRefused("1212121212");
    }

    @Test
    void aFutureBirthDateIsNotRefused() {
        assertThat(Personnummerkontroll.normalisera("21010101-1237")).isEqualTo("210101011237");
    }

    @Test
    void aWrongCheckDigitOrDateIsRefusedWithoutRepeatingTheInput() {
        assertRefused("191212121213");
        assertRefused("19121312-1212");
        assertRefused(null);
    }

    private static void assertRefused(String indata) {
        assertThatThrownBy(() -> Personnummerkontroll.normalisera(indata))
                .isInstanceOfSatisfying(
                        ValideringsException.class, e -> assertThat(e.nyckel()).isEqualTo("anvandare.fel.personnummer"))
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("1212"));
    }
}
