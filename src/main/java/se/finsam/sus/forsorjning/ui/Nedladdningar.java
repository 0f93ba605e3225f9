package se.finsam.sus.forsorjning.ui;

import static se.finsam.sus.base.ui.Meddelanden.t;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.function.SerializableSupplier;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import se.finsam.sus.base.export.Tabellexport;
import se.finsam.sus.forsorjning.Kvartal;
import se.finsam.sus.forsorjning.Omrade;

/** The dashboard's download links: the tables shown as CSV and XLSX, and the open API's CSV for the same choice. */
final class Nedladdningar {

    private Nedladdningar() {}

    /**
     * The three links, left out of the printout. {@code filnamn}: the files' name without extension; {@code visat}:
     * the tables shown when the link is followed.
     */
    static HorizontalLayout lankar(
            String filnamn,
            SerializableSupplier<List<Tabellexport.Tabell>> visat,
            Omrade valt,
            Kvartal fran,
            Kvartal till) {
        HorizontalLayout lankar =
                new HorizontalLayout(fil(filnamn, "csv", visat), fil(filnamn, "xlsx", visat), api(valt, fran, till));
        lankar.setWrap(true);
        lankar.addClassName(ForsorjningsmattView.EJ_UTSKRIFT);
        return lankar;
    }

    private static Anchor fil(String filnamn, String format, SerializableSupplier<List<Tabellexport.Tabell>> visat) {
        Anchor a = new Anchor(
                DownloadHandler.fromInputStream(e -> {
                    byte[] data = format.equals("csv") ? Tabellexport.csv(visat.get()) : Tabellexport.xlsx(visat.get());
                    return new DownloadResponse(
                            new ByteArrayInputStream(data),
                            filnamn + "." + format,
                            format.equals("csv")
                                    ? "text/csv;charset=UTF-8"
                                    : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                            data.length);
                }),
                t("fm.exportera-" + format));
        a.setId("fm-export-" + format);
        return a;
    }

    private static Anchor api(Omrade valt, Kvartal fran, Kvartal till) {
        String url = "api/v1/forsorjningsmatt?niva=" + valt.niva().api()
                + (valt.kod() == null ? "" : "&kod=" + URLEncoder.encode(valt.kod(), StandardCharsets.UTF_8))
                + "&fran=" + fran + "&till=" + till + "&format=csv";
        Anchor a = new Anchor(url, t("fm.api-csv"));
        a.setId("fm-csv");
        a.getElement().setAttribute("download", true);
        a.setRouterIgnore(true);
        return a;
    }
}
