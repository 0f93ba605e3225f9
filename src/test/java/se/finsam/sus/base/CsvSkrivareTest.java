package se.finsam.sus.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class CsvSkrivareTest {

    @Test
    void formulasInTextCellsAreNeutralised() {
        StringBuilder ut = new StringBuilder();
        new CsvSkrivare(ut, CsvSkrivare.LF, CsvSkrivare.Lasare.PROGRAM)
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
        CsvSkrivare.kalkylblad(ut)
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
        new CsvSkrivare(ut, CsvSkrivare.CRLF, CsvSkrivare.Lasare.PROGRAM)
                .bom()
                .rad("rubrik")
                .rad("semikolon; och \"citat\"", "rad\nbrytning", "Värmdö")
                .radslut()
                .rad("2013K2", 91);
        assertThat(ut.toString())
                .isEqualTo(
                        "\uFEFFrubrik\r\n\"semikolon; och \"\"citat\"\"\";\"rad\nbrytning\";Värmdö\r\n\r\n2013K2;91\r\n");
    }

    @Test
    void spreadsheetsGetTheSwedishDecimalCommaProgramsThePointAndNeitherAnExponent() {
        Object[] tal = {new BigDecimal("50.10"), 0.5d, 1.0E7d, 2.5E-7d, 7, Double.NaN, new BigDecimal("1E+3")};
        StringBuilder kalkylblad = new StringBuilder();
        CsvSkrivare.kalkylblad(kalkylblad).rad(tal);
        assertThat(kalkylblad.toString()).isEqualTo("50,10;0,5;10000000;0,00000025;7;;1000\r\n");
        StringBuilder program = new StringBuilder();
        new CsvSkrivare(program, CsvSkrivare.LF, CsvSkrivare.Lasare.PROGRAM).rad(tal);
        assertThat(program.toString()).isEqualTo("50.10;0.5;10000000;0.00000025;7;;1000\n");
    }
}
