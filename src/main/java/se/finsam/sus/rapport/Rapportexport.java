package se.finsam.sus.rapport;

import java.io.OutputStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.finsam.sus.base.Oversattningar;
import se.finsam.sus.base.Roller;
import se.finsam.sus.base.databas.LasesFranReplika;
import se.finsam.sus.base.export.PdfRapport;
import se.finsam.sus.base.export.Tabellexport;

/**
 * A report that was run, as a file: XLSX (one sheet per table, numeric cells), CSV (UTF-8, {@code ;}) or PDF (title,
 * scope, selection, creation time, the förbund's logo where one förbund or insats is shown, tables, charts,
 * footnotes). Only tables that {@link RapportService} protected reach here, so a file shows what the page shows.
 * Every export is audited.
 */
@Service
@PreAuthorize(Roller.INLOGGAD_REGEL)
@LasesFranReplika
public class Rapportexport {

    public enum Format {
        XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
        CSV("text/csv;charset=UTF-8"),
        PDF("application/pdf");

        private final String mimetyp;

        Format(String mimetyp) {
            this.mimetyp = mimetyp;
        }

        public String mimetyp() {
            return mimetyp;
        }

        public String filandelse() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private static final DateTimeFormatter TID = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final RapportService rapporter;
    private final NamedParameterJdbcTemplate jdbc;

    Rapportexport(RapportService rapporter, NamedParameterJdbcTemplate jdbc) {
        this.rapporter = rapporter;
        this.jdbc = jdbc;
    }

    /** A file name for the report, e.g. {@code sus-deltagare-2025.xlsx}. */
    public static String filnamn(Rapport rapport, Format format) {
        return "sus-" + rapport.familj().route() + "-"
                + rapport.urval().period().text().replace("..", "_") + "." + format.filandelse();
    }

    @Transactional(readOnly = true)
    public void skriv(Rapport rapport, Format format, Locale locale, OutputStream ut) {
        rapporter.exporterad(rapport, format.filandelse());
        List<Tabellexport.Tabell> tabeller =
                rapport.tabeller().stream().map(Rapportformat::tabell).toList();
        switch (format) {
            case CSV -> Tabellexport.csv(tabeller, ut);
            case XLSX -> Tabellexport.xlsx(tabeller, ut);
            case PDF ->
                PdfRapport.skriv(
                        rapport.titel() + " – " + rapport.enhetsnamn(),
                        huvud(rapport, locale),
                        logo(rapport),
                        rapport.tabeller().stream().map(t -> avsnitt(t, locale)).toList(),
                        v -> v instanceof Number n ? formatera(n, locale) : String.valueOf(v),
                        ut);
        }
    }

    private static List<String> huvud(Rapport rapport, Locale locale) {
        return List.of(
                rapport.urvalstext(),
                Oversattningar.text(
                        locale,
                        "rapport.skapad",
                        TID.format(rapport.skapad().atZone(ZoneId.of("Europe/Stockholm"))),
                        "SUS"));
    }

    private static PdfRapport.Avsnitt avsnitt(Rapporttabell t, Locale locale) {
        List<PdfRapport.Stapel> staplar = new ArrayList<>();
        for (Rad rad : t.rader()) {
            if (rad.summa() || t.diagram().isEmpty()) {
                continue;
            }
            List<Cell> delar =
                    t.diagram().stream().map(k -> rad.celler().get(k)).toList();
            if (delar.stream().anyMatch(c -> c.dold() || c.varde() == null)) {
                String text = delar.stream().anyMatch(Cell::dold) ? Rapportformat.DOLD : Rapportformat.SAKNAS;
                staplar.add(new PdfRapport.Stapel(rad.etikett(), null, text));
            } else {
                double summa =
                        delar.stream().mapToDouble(c -> c.varde().doubleValue()).sum();
                String text = delar.size() == 1 ? Rapportformat.text(delar.get(0), locale) : formatera(summa, locale);
                staplar.add(new PdfRapport.Stapel(rad.etikett(), summa, text));
            }
        }
        String diagramrubrik = t.diagram().stream()
                .map(k -> t.kolumner().get(k).rubrik())
                .reduce((a, b) -> a + ", " + b)
                .orElse("");
        return new PdfRapport.Avsnitt(Rapportformat.tabell(t), diagramrubrik, staplar, t.fotnoter());
    }

    private static String formatera(Number n, Locale locale) {
        java.text.NumberFormat f = java.text.NumberFormat.getNumberInstance(locale);
        f.setMaximumFractionDigits(2);
        return f.format(n);
    }

    /** The förbund's logo for a report on one förbund or insats; its scope was checked when the report ran. */
    private byte[] logo(Rapport rapport) {
        if (rapport.logoForbund() == null) {
            return null;
        }
        List<byte[]> logo = jdbc.query(
                "select data from organisation_logo where organisation_id = :id",
                new MapSqlParameterSource("id", rapport.logoForbund()),
                (rs, i) -> rs.getBytes(1));
        return logo.isEmpty() || !arPngEllerJpeg(logo.get(0)) ? null : logo.get(0);
    }

    /** Logos stored before uploads were converted (old SVG files) are left out rather than break the PDF. */
    private static boolean arPngEllerJpeg(byte[] data) {
        return data.length > 4
                && ((data[0] == (byte) 0x89 && data[1] == 'P' && data[2] == 'N' && data[3] == 'G')
                        || (data[0] == (byte) 0xFF && data[1] == (byte) 0xD8));
    }
}
