package se.finsam.sus.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PrioriteradeBehovsgrupperTest {

    @Test
    void nagonWhenAtLeastOneGroupIsChosen() {
        assertThat(new PrioriteradeBehovsgrupper(false, false, false).nagon()).isFalse();
        assertThat(new PrioriteradeBehovsgrupper(true, false, false).nagon()).isTrue();
        assertThat(new PrioriteradeBehovsgrupper(false, true, false).nagon()).isTrue();
        assertThat(new PrioriteradeBehovsgrupper(false, false, true).nagon()).isTrue();
    }
}
