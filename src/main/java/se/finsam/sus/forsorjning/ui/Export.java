package se.finsam.sus.forsorjning.ui;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import se.finsam.sus.base.CsvSkrivare;

/**
 * The dashboard's tables as files: CSV (UTF-8 with BOM, {@code ;}, the locale's decimal mark; one block per table)
 * and XLSX (one sheet per table, numbers as numbers with two decimals). Cells are what the page shows: text,
 * whole numbers, or amounts already rounded to two decimals; a missing value is the word shown on the page.
 */
final class Export {

    /** One table of the page: its title, column headers and rows. */
    record Tabell(String rubrik, List<String> kolumner, List<List<Object>> rader) {}

    private Export() {}

    static byte[] csv(List<Tabell> tabeller, Locale locale) {
        StringBuilder ut = new StringBuilder();
        CsvSkrivare csv = new CsvSkrivare(
                        ut,
                        CsvSkrivare.CRLF,
                        DecimalFormatSymbols.getInstance(locale).getDecimalSeparator())
                .bom();
        for (Tabell t : tabeller) {
            csv.rad(t.rubrik()).rad(t.kolumner());
            t.rader().forEach(csv::rad);
            csv.radslut();
        }
        return ut.toString().getBytes(StandardCharsets.UTF_8);
    }

    static byte[] xlsx(List<Tabell> tabeller) {
        try (XSSFWorkbook bok = new XSSFWorkbook();
                ByteArrayOutputStream ut = new ByteArrayOutputStream()) {
            CellStyle kr = bok.createCellStyle();
            kr.setDataFormat(bok.createDataFormat().getFormat("0.00"));
            CellStyle fet = bok.createCellStyle();
            Font font = bok.createFont();
            font.setBold(true);
            fet.setFont(font);
            for (Tabell t : tabeller) {
                String namn = WorkbookUtil.createSafeSheetName(t.rubrik());
                for (int n = 2; bok.getSheet(namn) != null; n++) {
                    namn = WorkbookUtil.createSafeSheetName(n + " " + t.rubrik());
                }
                Sheet blad = bok.createSheet(namn);
                blad.createRow(0).createCell(0).setCellValue(t.rubrik());
                blad.getRow(0).getCell(0).setCellStyle(fet);
                Row rubriker = blad.createRow(1);
                for (int k = 0; k < t.kolumner().size(); k++) {
                    rubriker.createCell(k).setCellValue(t.kolumner().get(k));
                    rubriker.getCell(k).setCellStyle(fet);
                }
                for (int r = 0; r < t.rader().size(); r++) {
                    Row rad = blad.createRow(r + 2);
                    List<Object> varden = t.rader().get(r);
                    for (int k = 0; k < varden.size(); k++) {
                        Object v = varden.get(k);
                        if (v instanceof BigDecimal b) {
                            rad.createCell(k).setCellValue(b.doubleValue());
                            rad.getCell(k).setCellStyle(kr);
                        } else if (v instanceof Number n) {
                            rad.createCell(k).setCellValue(n.doubleValue());
                        } else if (v != null) {
                            rad.createCell(k).setCellValue(v.toString());
                        }
                    }
                }
                for (int k = 0; k < t.kolumner().size(); k++) {
                    blad.setColumnWidth(k, Math.max(12, t.kolumner().get(k).length() + 2) * 256);
                }
            }
            bok.write(ut);
            return ut.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
