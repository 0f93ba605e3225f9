package se.finsam.sus.rapport;

import java.time.Instant;
import java.util.List;

/**
 * A finished report, its tables already protected against small counts: what the view shows and every export
 * writes. {@code enhetsnamn} names the unit (e.g. "Riket", a län, a förbund); {@code logoForbund} is the förbund
 * whose logo the PDF carries when the report shows one förbund or one of its insatser.
 */
public record Rapport(
        Rapportfamilj familj,
        String titel,
        String enhetsnamn,
        Rapporturval urval,
        String urvalstext,
        Instant skapad,
        List<Rapporttabell> tabeller,
        Long logoForbund) {

    public Rapport {
        tabeller = List.copyOf(tabeller);
    }
}
