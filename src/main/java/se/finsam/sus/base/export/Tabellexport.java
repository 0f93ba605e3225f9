package se.finsam.sus.base.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import se.finsam.sus.base.CsvSkrivare;

/**
 * Tables as files, the one export component of the dashboard and the reports: CSV for a Swedish spreadsheet
 * ({@link CsvSkrivare#kalkylblad}: UTF-8 with BOM, {@code ;}, decimal comma whatever the page's language; one block
 * per table), XLSX (one sheet per table, numbers as numbers: whole numbers without
 * decimals, amounts and shares with their own number of decimals) and PDF ({@link PdfRapport}). Cells are what the
 * page shows: text, whole numbers, or decimals already rounded; a hidden or missing value is the text shown on the
 * page (e.g. {@code ..} or {@code –}). Files are written to a stream as they are built (XLSX through POI's
 * streaming workbook), so a large export is not held twice in memory.
 */
public final class Tabellexport {

    /** One table: its title, column headers and rows. */
    public record Tabell(String rubrik, List<String> kolumner, List<List<Object>> rader) {}

    private Tabellexport() {}

    public static byte[] csv(List<Tabell> tabeller) {
        ByteArrayOutputStream ut = new ByteArrayOutputStream();
        csv(tabeller, ut);
        return ut.toByteArray();
    }

    public static void csv(List<Tabell> tabeller, OutputStream ut) {
        try {
            Writer skrivare = new OutputStreamWriter(ut, StandardCharsets.UTF_8);
            CsvSkrivare csv = CsvSkrivare.kalkylblad(skrivare).bom();
            for (Tabell t : tabeller) {
                csv.rad(t.rubrik()).rad(t.kolumner());
                t.rader().forEach(csv::rad);
                csv.radslut();
            }
            skrivare.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] xlsx(List<Tabell> tabeller) {
        ByteArrayOutputStream ut = new ByteArrayOutputStream();
        xlsx(tabeller, ut);
        return ut.toByteArray();
    }

    public static void xlsx(List<Tabell> tabeller, OutputStream ut) {
        try (SXSSFWorkbook bok = new SXSSFWorkbook(200)) {
            Map<Integer, CellStyle> decimaler = new HashMap<>();
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
                            int skala = Math.max(0, Math.min(b.scale(), 6));
                            rad.getCell(k).setCellStyle(decimaler.computeIfAbsent(skala, s -> {
                                CellStyle stil = bok.createCellStyle();
                                stil.setDataFormat(
                                        bok.createDataFormat().getFormat(s == 0 ? "0" : "0." + "0".repeat(s)));
                                return stil;
                            }));
                        } else if (v instanceof Number n) {
                            rad.createCell(k).setCellValue(n.doubleValue());
                        } else if (v != null) {
                            rad.createCell(k).setCellValue(v.toString());
                        }
                    }
                }
                for (int k = 0; k < t.kolumner().size(); k++) {
                    blad.setColumnWidth(
                            k, Math.min(60, Math.max(12, t.kolumner().get(k).length() + 2)) * 256);
                }
            }
            bok.write(ut);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
