package se.finsam.sus.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The identity-number rules, read on a fixed day (2026-11-23). All numbers are test numbers (Skatteverket's
 * published examples 811228-9874, 701063-2391, 121212-1212, and the 98x/99x test series) with their real check
 * digits unless a case says otherwise.
 */
class IdentitetsnummerTest {

    private static final LocalDate IDAG = LocalDate.of(2026, 11, 23);

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', ignoreLeadingAndTrailingWhitespace = false, textBlock = """
            811228-9874|198112289874|1981-12-28|MAN|false
            8112289874|198112289874|1981-12-28|MAN|false
            198112289874|198112289874|1981-12-28|MAN|false
            19811228-9874|198112289874|1981-12-28|MAN|false
              811228-9874  |198112289874|1981-12-28|MAN|false
            701063-2391|197010632391|1970-10-03|MAN|true
            197010632391|197010632391|1970-10-03|MAN|true
            060161-9828|200601619828|2006-01-01|KVINNA|true
            121212-1212|201212121212|2012-12-12|MAN|false
            121212+1212|191212121212|1912-12-12|MAN|false
            20000229-9824|200002299824|2000-02-29|KVINNA|false
            000229-9824|200002299824|2000-02-29|KVINNA|false
            880229-9811|198802299811|1988-02-29|MAN|false
            301010-9829|193010109829|1930-10-10|KVINNA|false
            261123-9829|202611239829|2026-11-23|KVINNA|false
            261124-9828|192611249828|1926-11-24|KVINNA|false
            850101-9841|198501019841|1985-01-01|KVINNA|false
            851231-9925|198512319925|1985-12-31|KVINNA|false
            990101-9803|199901019803|1999-01-01|KVINNA|false
            """)
    void validNumbersInEveryFormAreNormalised(
            String text, String siffror, LocalDate fodd, Kon kon, boolean samordning) {
        Identitetsnummer id = Identitetsnummer.tolka(text, IDAG);
        assertThat(id.siffror()).isEqualTo(siffror);
        assertThat(id.fodelsedatum()).isEqualTo(fodd);
        assertThat(id.kon()).isEqualTo(kon);
        assertThat(id.samordningsnummer()).isEqualTo(samordning);
        assertThat(id.formaterad()).isEqualTo(siffror.substring(0, 8) + "-" + siffror.substring(8));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            811228-9875|kontrollsiffra
            8112289873|kontrollsiffra
            198112289870|kontrollsiffra
            19000229-9824|datum
            000229+9824|datum
            870229-9812|datum
            811328-9824|datum
            811232-9829|datum
            811200-9827|datum
            810230-9823|datum
            810431-9820|datum
            810192-9829|datum
            20301010-9829|framtid
            20261124-9828|framtid
            19811228+9874|plus
            81122-89874|format
            811228--9874|format
            811228 9874|format
            1981122898745|format
            abcdef-ghij|format
            811228/9874|format
            8112289874x|format
            811228-0006|nummer000
            19811228-0006|nummer000
            701063-0007|nummer000
            """)
    void invalidNumbersGetASpecificMessage(String text, String fel) {
        assertThatThrownBy(() -> Identitetsnummer.tolka(text, IDAG))
                .isInstanceOfSatisfying(
                        ValideringsException.class,
                        e -> assertThat(e.nyckel()).isEqualTo("deltagare.fel.identitet-" + fel));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\t"})
    void aMissingNumberIsAskedFor(String text) {
        assertThatThrownBy(() -> Identitetsnummer.tolka(text, IDAG))
                .isInstanceOfSatisfying(
                        ValideringsException.class,
                        e -> assertThat(e.nyckel()).isEqualTo("deltagare.fel.identitet-saknas"));
    }

    @Test
    void everyFormOfTheSameNumberIsTheSameAndNeverPrinted() {
        Identitetsnummer kort = Identitetsnummer.tolka("811228-9874", IDAG);
        Identitetsnummer lang = Identitetsnummer.tolka("198112289874", IDAG);
        assertThat(kort).isEqualTo(lang).hasSameHashCodeAs(lang);
        assertThat(kort.toString()).doesNotContain("811228").doesNotContain("9874");
    }
}
