package se.finsam.sus.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class KronorTest {

    @Test
    void twoDecimalsRoundedHalfUpInTheLocalesFormat() {
        assertThat(Kronor.formatera(new BigDecimal("1234.5"), Sprak.SVENSKA)).isEqualTo("1\u00a0234,50");
        assertThat(Kronor.formatera(new BigDecimal("1234.5"), Locale.ENGLISH)).isEqualTo("1,234.50");
        assertThat(Kronor.formatera(new BigDecimal("1.005"), Sprak.SVENSKA)).isEqualTo("1,01");
        assertThat(Kronor.formatera(new BigDecimal("0.125"), Sprak.SVENSKA)).isEqualTo("0,13");
        assertThat(Kronor.formatera(new BigDecimal("-2.5"), Sprak.SVENSKA)).isEqualTo("−2,50");
        assertThat(Kronor.formatera(null, Sprak.SVENSKA)).isEmpty();
        assertThat(Kronor.avrunda(new BigDecimal("1.665"))).isEqualByComparingTo("1.67");
        assertThat(Kronor.avrunda(null)).isNull();
    }
}
