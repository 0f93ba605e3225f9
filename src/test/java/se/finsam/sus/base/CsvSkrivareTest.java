package se.finsam.sus.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class CsvSkrivareTest {

    @Test
    void formulasInTextCellsAreNeutralised() {
        StringBuilder ut = new StringBuilder();
        new CsvSkrivare(ut, CsvSkrivare.LF)
                .rad(
                        "=hyperlink(\"http://x\";\"klicka\")",
                        "@sum(A1:A2)",
                        "+1",
                        "-1",
                        "\tflik",
                        "\rvagn",
                        "vanlig",
                        "a=b");
        assertThat(ut.toString())
                .isEqualTo("\"'=hyperlink(\"\"http://x\"\";\"\"klicka\"\")\";'@sum(A1:A2);'+1;'-1;'\tflik;\"'\rvagn\";"
                        + "vanlig;a=b\n");
        assertThat(CsvSkrivare.neutralisera("=hyperlink(\"x\")")).isEqualTo("'=hyperlink(\"x\")");
        assertThat(CsvSkrivare.neutralisera("@sum(1)")).isEqualTo("'@sum(1)");
        assertThat(CsvSkrivare.neutralisera("")).isEmpty();
    }

    @Test
    void numbersStayNumbersEvenWhenNegative() {
        StringBuilder ut = new StringBuilder();
        new CsvSkrivare(ut, CsvSkrivare.CRLF, ',')
                .tal(new BigDecimal("-1.50"))
                .tal(-3L)
                .cell(new BigDecimal("1E+3"))
                .tal(null)
                .cell(null)
                .cell(true)
                .radslut();
        assertThat(ut.toString()).isEqualTo("-1,50;-3;1000;;;true\r\n");
    }

    @Test
    void quotesOnlyWhereNeededWithBomAndEmptyLines() {
        StringBuilder ut = new StringBuilder();
        new CsvSkrivare(ut, CsvSkrivare.CRLF)
                .bom()
                .rad("rubrik")
                .rad("semikolon; och \"citat\"", "rad\nbrytning", "Värmdö")
                .radslut()
                .rad("2013K2", 91);
        assertThat(ut.toString())
                .isEqualTo(
                        "\uFEFFrubrik\r\n\"semikolon; och \"\"citat\"\"\";\"rad\nbrytning\";Värmdö\r\n\r\n2013K2;91\r\n");
    }
}
