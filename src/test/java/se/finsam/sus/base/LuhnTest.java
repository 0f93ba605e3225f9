package se.finsam.sus.base;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LuhnTest {

    @Test
    void acceptsOnlyTheRightCheckDigit() {
        // Skatteverket's example 811228-9874, and a samordningsnummer (day + 60) of the same series.
        assertThat(Luhn.giltig("8112289874")).isTrue();
        assertThat(Luhn.giltig("8112889871")).isTrue();
        for (char fel = '0'; fel <= '9'; fel++) {
            if (fel != '4') {
                assertThat(Luhn.giltig("811228987" + fel))
                        .as("check digit %s", fel)
                        .isFalse();
            }
        }
        assertThat(Luhn.giltig("8112289847")).as("two digits swapped").isFalse();
    }
}
