package se.finsam.sus.base.export;

import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.Image;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;

/**
 * A report as PDF: title, header lines (scope, selection, creation time), an optional logo, then per section a table,
 * a bar chart of it (drawn as table cells, so it needs no graphics library and prints sharply) and its footnotes.
 * Written straight to the stream.
 */
public final class PdfRapport {

    /** One bar of a chart: a value, or none with the text to show instead (e.g. {@code ..}). */
    public record Stapel(String etikett, Double varde, String text) {}

    /** One table with its chart (may be empty) and footnotes. */
    public record Avsnitt(
            Tabellexport.Tabell tabell, String diagramrubrik, List<Stapel> diagram, List<String> fotnoter) {}

    private static final Font TITEL = new Font(Font.HELVETICA, 16, Font.BOLD);
    private static final Font RUBRIK = new Font(Font.HELVETICA, 12, Font.BOLD);
    private static final Font BRODTEXT = new Font(Font.HELVETICA, 9);
    private static final Font FET = new Font(Font.HELVETICA, 8, Font.BOLD);
    private static final Font CELL = new Font(Font.HELVETICA, 8);
    private static final Font LITEN = new Font(Font.HELVETICA, 7, Font.ITALIC);
    private static final Color STAPEL = new Color(0x1f, 0x5f, 0xad);

    private PdfRapport() {}

    /** {@code logo}: PNG or JPEG bytes, or null. Cells are formatted by {@code format} as on the page. */
    public static void skriv(
            String titel,
            List<String> huvud,
            byte[] logo,
            List<Avsnitt> avsnitt,
            java.util.function.Function<Object, String> format,
            OutputStream ut) {
        Document dokument = new Document(PageSize.A4.rotate(), 36, 36, 36, 36);
        try {
            PdfWriter.getInstance(dokument, ut);
            dokument.addTitle(titel);
            dokument.open();
            if (logo != null) {
                Image bild = Image.getInstance(logo);
                bild.scaleToFit(120, 50);
                bild.setAlignment(Element.ALIGN_RIGHT);
                dokument.add(bild);
            }
            dokument.add(new Paragraph(titel, TITEL));
            for (String rad : huvud) {
                dokument.add(new Paragraph(rad, BRODTEXT));
            }
            for (Avsnitt a : avsnitt) {
                Paragraph rubrik = new Paragraph(a.tabell().rubrik(), RUBRIK);
                rubrik.setSpacingBefore(14);
                rubrik.setSpacingAfter(4);
                dokument.add(rubrik);
                dokument.add(tabell(a.tabell(), format));
                if (!a.diagram().isEmpty()) {
                    Paragraph d = new Paragraph(a.diagramrubrik(), FET);
                    d.setSpacingBefore(6);
                    dokument.add(d);
                    dokument.add(diagram(a.diagram()));
                }
                for (String fotnot : a.fotnoter()) {
                    dokument.add(new Paragraph(fotnot, LITEN));
                }
            }
            dokument.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("PDF could not be written", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static PdfPTable tabell(Tabellexport.Tabell t, java.util.function.Function<Object, String> format) {
        PdfPTable tabell = new PdfPTable(t.kolumner().size());
        tabell.setWidthPercentage(100);
        tabell.setHeaderRows(1);
        for (String kolumn : t.kolumner()) {
            PdfPCell c = new PdfPCell(new Phrase(kolumn, FET));
            c.setBackgroundColor(new Color(0xee, 0xee, 0xee));
            tabell.addCell(c);
        }
        for (List<Object> rad : t.rader()) {
            for (int k = 0; k < rad.size(); k++) {
                Object v = rad.get(k);
                PdfPCell c = new PdfPCell(new Phrase(format.apply(v), CELL));
                c.setHorizontalAlignment(v instanceof Number || k > 0 ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT);
                tabell.addCell(c);
            }
        }
        return tabell;
    }

    /** A horizontal bar per row: label, a bar as wide as the value (relative to the largest), the value. */
    private static PdfPTable diagram(List<Stapel> staplar) {
        double max = staplar.stream()
                .filter(s -> s.varde() != null)
                .mapToDouble(Stapel::varde)
                .max()
                .orElse(1);
        PdfPTable diagram = new PdfPTable(new float[] {25, 65, 10});
        diagram.setWidthPercentage(80);
        diagram.setHorizontalAlignment(Element.ALIGN_LEFT);
        for (Stapel s : staplar) {
            diagram.addCell(utanRam(new PdfPCell(new Phrase(s.etikett(), CELL))));
            PdfPCell stapel;
            if (s.varde() == null || s.varde() <= 0 || max <= 0) {
                stapel = new PdfPCell(new Phrase(s.varde() == null ? s.text() : "", LITEN));
            } else {
                float andel = (float) Math.max(0.5, Math.min(100, s.varde() / max * 100));
                PdfPTable bar = new PdfPTable(andel >= 100 ? new float[] {100} : new float[] {andel, 100 - andel});
                bar.setWidthPercentage(100);
                PdfPCell fylld = utanRam(new PdfPCell(new Phrase(" ", CELL)));
                fylld.setBackgroundColor(STAPEL);
                bar.addCell(fylld);
                if (andel < 100) {
                    bar.addCell(utanRam(new PdfPCell(new Phrase(" ", CELL))));
                }
                stapel = new PdfPCell(bar);
            }
            diagram.addCell(utanRam(stapel));
            diagram.addCell(utanRam(new PdfPCell(new Phrase(s.text(), CELL))));
        }
        return diagram;
    }

    private static PdfPCell utanRam(PdfPCell c) {
        c.setBorder(Rectangle.NO_BORDER);
        c.setPadding(1.5f);
        return c;
    }
}
