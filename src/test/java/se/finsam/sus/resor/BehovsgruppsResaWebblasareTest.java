package se.finsam.sus.resor;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import se.finsam.sus.base.Roll;
import se.finsam.sus.behorighet.Arbetsgivare;
import se.finsam.sus.behorighet.Omfattning;
import se.finsam.sus.behorighet.UppdragAdministration;
import se.finsam.sus.webb.RapportSida;
import se.finsam.sus.webb.WebbAnvandare;
import se.finsam.sus.webb.Webbsession;

/**
 * Journey 3: a national council's reader (rapportläsare with an uppdrag on riket, given by the system
 * administrator) opens the prioriterade-behovsgrupper report for last year, narrows it to Stockholms län, and
 * downloads it as XLSX and PDF with clicks on the links; the saved files are opened and hold the figures and the
 * unit the page shows. The journey's own insats (aimed at långtidssjukskrivna, active last year in Norra
 * Stockholm, Stockholms län) makes sure the län has at least one insats that year.
 */
class BehovsgruppsResaWebblasareTest extends Resa {

    private static final String STOCKHOLMS_LAN = "Stockholms län";

    @Autowired
    UppdragAdministration uppdrag;

    @Test
    void nationalReaderNarrowsTheBehovsgruppReportToALanAndDownloadsXlsxAndPdf() throws Exception {
        LocalDate idag = LocalDate.now();
        int ar = idag.getYear() - 1;
        WebbAnvandare lasare = WebbAnvandare.skapa(
                spring, Arbetsgivare.FORSAKRINGSKASSAN, Set.of(Roll.RAPPORTLASARE), "Rut Rapportläsare");
        loggaSomDemo("admin");
        uppdrag.geRapportuppdrag(
                lasare.anvandarnamn(), Omfattning.RIKET, null, null, idag.minusDays(1), idag.plusMonths(6));
        loggaSomDemo("insats");
        nyInsats("Resa 3 Friskvägen", LocalDate.of(ar, 1, 1), true);
        SecurityContextHolder.clearContext();

        Webbsession webb = webblasare();
        startaResan();
        webb.oppna("/rapporter/behovsgrupper");
        webb.loggaIn(lasare);
        RapportSida rapport = webb.rapport().vantaPaTabeller();
        steg("logged in, default report shown");
        webb.falt().valjISelect("rapport-periodtyp", sv("rapport.periodtyp.AR"));
        rapport.valjAr(ar)
                .valjEnhet(sv("rapport.niva.LAN") + ": " + STOCKHOLMS_LAN)
                .visa();
        assertThat(webb.adress()).contains("period=" + ar).contains("enhet=lan-01");
        assertThat(rapport.urvalstext()).startsWith(STOCKHOLMS_LAN);
        webb.skarmbild("resa3-behovsgrupper-lan.png");
        steg("narrowed to the län");

        String rubrik = sv("rapport.behovsgrupper.insatser", String.valueOf(ar));
        String alla = sv("rapport.behovsgrupper.alla-insatser");
        String antal = sv("rapport.behovsgrupper.antal", String.valueOf(ar));
        WebElement insatser = rapport.tabell(rubrik);
        long antalPaSidan = heltal(rapport.cell(insatser, alla, antal));
        assertThat(antalPaSidan).isPositive();

        Path xlsx = rapport.laddaNed("xlsx");
        try (XSSFWorkbook bok = new XSSFWorkbook(Files.newInputStream(xlsx))) {
            Sheet blad = bok.getSheetAt(0);
            assertThat(blad.getRow(0).getCell(0).getStringCellValue()).isEqualTo(rubrik);
            int kolumn = -1;
            for (Cell c : blad.getRow(1)) {
                if (c.getCellType() == CellType.STRING && c.getStringCellValue().equals(antal)) {
                    kolumn = c.getColumnIndex();
                }
            }
            assertThat(kolumn).as("column %s in the XLSX", antal).isPositive();
            Row rad = null;
            for (Row r : blad) {
                if (r.getRowNum() > 1 && r.getCell(0).getStringCellValue().equals(alla)) {
                    rad = r;
                }
            }
            assertThat(rad).as("row %s in the XLSX", alla).isNotNull();
            assertThat(heltal(new DataFormatter().formatCellValue(rad.getCell(kolumn))))
                    .isEqualTo(antalPaSidan);
        }

        steg("XLSX checked");
        Path pdf = rapport.laddaNed("pdf");
        PdfReader lasarePdf = new PdfReader(Files.readAllBytes(pdf));
        StringBuilder text = new StringBuilder();
        for (int sida = 1; sida <= lasarePdf.getNumberOfPages(); sida++) {
            text.append(new PdfTextExtractor(lasarePdf).getTextFromPage(sida)).append('\n');
        }
        lasarePdf.close();
        assertThat(text.toString()).contains(STOCKHOLMS_LAN).contains(rubrik).contains(alla);
        webb.skarmbild("resa3-nedladdat.png");
        assertThat(resanTog("3 (rapportläsare riket: behovsgrupper, one län, XLSX and PDF)"))
                .isLessThan(60_000);
    }

    /** A whole number as the page writes it (with a thin or no-break space between thousands). */
    private static long heltal(String text) {
        return Long.parseLong(text.replaceAll("[^0-9-]", ""));
    }
}
