package se.finsam.sus.forsorjning;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NyckelminneTest {

    @Test
    void remembersTheFirstLineOfEveryKeyAlsoAfterGrowing() {
        Nyckelminne minne = new Nyckelminne();
        for (long k = 0; k < 100_000; k++) {
            assertThat(minne.forstaRad(k * 7919, k + 2)).isZero();
        }
        assertThat(minne.forstaRad(0, 500_000)).isEqualTo(2);
        assertThat(minne.forstaRad(99_999L * 7919, 500_001)).isEqualTo(100_001);
        assertThat(minne.forstaRad(-1, 500_002)).isZero();
        assertThat(minne.forstaRad(-1, 500_003)).isEqualTo(500_002);
    }
}
