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
