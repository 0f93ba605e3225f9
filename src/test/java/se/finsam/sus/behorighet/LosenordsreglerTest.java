package se.finsam.sus.behorighet;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import se.finsam.sus.base.ValideringsException;

class LosenordsreglerTest {

    @Test
    void tooShortIsRefusedWithTheMinimum() {
        assertThatThrownBy(() -> Losenordsregler.kontrollera("kort-11-tkn", "anna"))
                .isInstanceOfSatisfying(ValideringsException.class, e -> {
                    org.assertj.core.api.Assertions.assertThat(e.nyckel()).isEqualTo("losenord.fel.for-kort");
                    org.assertj.core.api.Assertions.assertThat(e.argument()).containsExactly(12);
                });
    }

    @Test
    void commonPasswordsAreRefusedWhateverTheCase() {
        assertThatThrownBy(() -> Losenordsregler.kontrollera("Password1234", "anna"))
                .hasMessage("losenord.fel.vanligt");
        assertThatThrownBy(() -> Losenordsregler.kontrollera("123456789012", "anna"))
                .hasMessage("losenord.fel.vanligt");
        assertThatThrownBy(() -> Losenordsregler.kontrollera("qwertyuiop123", "anna"))
                .hasMessage("losenord.fel.vanligt");
    }

    /**
     * Entries from deep in the list of the most common passwords (zxcvbn's list, see vanliga-losenord.txt): number
     * 6,440, 8,333, 9,615 and 49,229. Shorter entries are refused by the length rule before the list is asked.
     */
    @Test
    void passwordsFromDeepInTheListOfTheMostCommonAreRefused() {
        for (String vanligt : new String[] {"sonyericsson", "123456789qwe", "QwerAsdfZxcv", "193570356033"}) {
            assertThatThrownBy(() -> Losenordsregler.kontrollera(vanligt, "anna"))
                    .as(vanligt)
                    .hasMessage("losenord.fel.vanligt");
        }
    }

    @Test
    void theShippedListHoldsAtLeastTheTenThousandMostCommonPasswords() throws Exception {
        try (var in = Losenordsregler.class.getResourceAsStream("vanliga-losenord.txt")) {
            long poster = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
                    .lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#"))
                    .count();
            org.assertj.core.api.Assertions.assertThat(poster).isGreaterThanOrEqualTo(10_000);
        }
    }

    @Test
    void passwordContainingTheUserNameIsRefused() {
        assertThatThrownBy(() -> Losenordsregler.kontrollera("hej-annasson-hej", "annasson"))
                .hasMessage("losenord.fel.anvandarnamn");
    }

    @Test
    void aLongUncommonPassphraseIsAccepted() {
        assertThatCode(() -> Losenordsregler.kontrollera("gröna äpplen på taket", "anna"))
                .doesNotThrowAnyException();
    }
}
