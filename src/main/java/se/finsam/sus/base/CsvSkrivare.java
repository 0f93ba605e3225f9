package se.finsam.sus.base;

import java.io.Flushable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;

/**
 * The one CSV writer of every export (Apache Commons CSV underneath): {@code ;} between cells, double quotes only
 * where a cell needs them, and the line end the caller chooses. Text cells that a spreadsheet would evaluate as a
 * formula (starting with {@code = + - @}, tab or CR) get a leading single quote, so that an exported value can
 * never run as a formula ("CSV injection"); numbers are written as numbers, so a negative amount stays a number.
 *
 * <p>Who reads the file decides how its numbers are written ({@link Lasare}): a file for a spreadsheet has the
 * Swedish decimal comma, as the pages show numbers and as a spreadsheet with Swedish settings reads a
 * {@code ;}-separated file; a file for programs (the open API) has a decimal point. This is the only place where a
 * number becomes CSV text.
 *
 * <p>Write a record cell by cell ({@link #text}, {@link #tal}, {@link #cell}) and end it with {@link #radslut}, or
 * all at once with {@link #rad}. I/O errors surface as {@link UncheckedIOException}.
 */
public final class CsvSkrivare implements Flushable {

    /** Byte order mark: written first so that spreadsheet programs read the file as UTF-8. */
    public static final char BOM = '\uFEFF';
    /** Line end of files meant for spreadsheets. */
    public static final String CRLF = "\r\n";
    /** Line end of files meant for tools (the audit log). */
    public static final String LF = "\n";

    /** Who reads the file, and so how numbers are written in it. */
    public enum Lasare {
        /** A spreadsheet with Swedish settings, and the person reading it: decimal comma ({@code 50,10}). */
        KALKYLBLAD(','),
        /** A program (the open API): decimal point ({@code 50.10}). */
        PROGRAM('.');

        private final char decimaltecken;

        Lasare(char decimaltecken) {
            this.decimaltecken = decimaltecken;
        }

        /** The number as this reader expects it: plain notation (never an exponent), this reader's decimal mark. */
        public String tal(Number varde) {
            String text = switch (varde) {
                case BigDecimal b -> b.toPlainString();
                case Double d when d.isNaN() || d.isInfinite() -> "";
                case Float f when f.isNaN() || f.isInfinite() -> "";
                case Double d -> BigDecimal.valueOf(d).toPlainString();
                case Float f -> new BigDecimal(f.toString()).toPlainString();
                default -> varde.toString();
            };
            return decimaltecken == '.' ? text : text.replace('.', decimaltecken);
        }
    }

    private final Appendable ut;
    private final CSVPrinter csv;
    private final Lasare lasare;

    /** A file for spreadsheets: CRLF line ends, decimal comma; call {@link #bom()} to start it. */
    public static CsvSkrivare kalkylblad(Appendable ut) {
        return new CsvSkrivare(ut, CRLF, Lasare.KALKYLBLAD);
    }

    /** A writer with the given line end, writing numbers for the given reader. */
    public CsvSkrivare(Appendable ut, String radslut, Lasare lasare) {
        this.ut = ut;
        this.lasare = lasare;
        CSVFormat format = CSVFormat.Builder.create()
                .setDelimiter(';')
                .setQuote('"')
                .setQuoteMode(QuoteMode.MINIMAL)
                .setRecordSeparator(radslut)
                .get();
        try {
            this.csv = new CSVPrinter(ut, format);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the byte order mark; call before the first record. */
    public CsvSkrivare bom() {
        try {
            ut.append(BOM);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** A text cell, neutralised against formulas; null is an empty cell. */
    public CsvSkrivare text(Object varde) {
        return skriv(varde == null ? "" : neutralisera(varde.toString()));
    }

    /**
     * A number cell, written as the {@link Lasare reader} expects (plain notation, its decimal mark); null is an
     * empty cell. Never neutralised, so {@code -1.5} stays a number. Round before: the writer writes what it gets.
     */
    public CsvSkrivare tal(Number varde) {
        return skriv(varde == null ? "" : lasare.tal(varde));
    }

    /** A number as a {@link #tal number cell}, anything else as a {@link #text text cell}. */
    public CsvSkrivare cell(Object varde) {
        return varde instanceof Number n ? tal(n) : text(varde);
    }

    /** Ends the current record (alone: an empty line). */
    public CsvSkrivare radslut() {
        try {
            csv.println();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** One whole record of {@link #cell cells}. */
    public CsvSkrivare rad(Iterable<?> celler) {
        celler.forEach(this::cell);
        return radslut();
    }

    /** One whole record of {@link #cell cells}. */
    public CsvSkrivare rad(Object... celler) {
        return rad(java.util.Arrays.asList(celler));
    }

    @Override
    public void flush() {
        try {
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The text with a leading {@code '} when it starts with a character that makes a spreadsheet evaluate it
     * ({@code = + - @}, tab, CR), else unchanged.
     */
    public static String neutralisera(String text) {
        if (text.isEmpty()) {
            return text;
        }
        return switch (text.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r' -> "'" + text;
            default -> text;
        };
    }

    private CsvSkrivare skriv(String cell) {
        try {
            csv.print(cell);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }
}
