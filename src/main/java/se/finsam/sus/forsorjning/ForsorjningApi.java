package se.finsam.sus.forsorjning;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import se.finsam.sus.base.CsvSkrivare;

/**
 * The open data API (read only, no login): {@code /api/v1/forsorjningsmatt} and {@code /api/v1/helarsekvivalenter}.
 * Field names as in docs/forsorjningsmatt.md; values rounded as {@link ApiSvar} says, the same in JSON and CSV;
 * errors are HTTP 400 with {@code {"fel": ...}}.
 */
@RestController
@RequestMapping("/api/v1")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ForsorjningApi {

    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final ForsorjningsmattService matt;

    @GetMapping("/forsorjningsmatt")
    ResponseEntity<?> forsorjningsmatt(
            @RequestParam(required = false) String niva,
            @RequestParam(required = false) String kod,
            @RequestParam(required = false) String fran,
            @RequestParam(required = false) String till,
            @RequestParam(required = false) String format) {
        boolean csv = format(format);
        Omrade omrade = matt.omrade(niva, kod);
        Matt resultat = matt.berakna(omrade, kvartal("fran", fran), kvartal("till", till));
        if (csv) {
            return ResponseEntity.ok().contentType(CSV).body(csv(resultat));
        }
        return json(ApiSvar.Omradessvar.av(
                omrade, resultat.varden().stream().map(ApiSvar.Kvartalsrad::av).toList()));
    }

    @GetMapping("/helarsekvivalenter")
    ResponseEntity<?> helarsekvivalenter(
            @RequestParam(required = false) String niva,
            @RequestParam(required = false) String kod,
            @RequestParam(required = false) String ar) {
        Integer aret = null;
        if (ar != null && !ar.isBlank()) {
            if (!ar.strip().matches("\\d{4}")) {
                throw new OgiltigFragaException("ogiltigt år '" + ar + "' (väntade ÅÅÅÅ)");
            }
            aret = Integer.valueOf(ar.strip());
        }
        Omrade omrade = matt.omrade(niva, kod);
        return json(ApiSvar.Omradessvar.av(
                omrade,
                matt.helarsekvivalenter(omrade, aret).stream()
                        .map(ApiSvar.Helarsrad::av)
                        .toList()));
    }

    @ExceptionHandler(OgiltigFragaException.class)
    ResponseEntity<ApiSvar.Fel> fel(OgiltigFragaException e) {
        return ResponseEntity.badRequest()
                .contentType(MediaType.APPLICATION_JSON)
                .body(new ApiSvar.Fel(e.getMessage()));
    }

    private static ResponseEntity<?> json(Object svar) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(svar);
    }

    private static boolean format(String format) {
        if (format == null || format.isBlank() || format.equals("json")) {
            return false;
        }
        if (format.equals("csv")) {
            return true;
        }
        throw new OgiltigFragaException("okänt format '" + format + "' (giltiga: json, csv)");
    }

    private static Kvartal kvartal(String parameter, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Kvartal.parse(text.strip());
        } catch (IllegalArgumentException e) {
            throw new OgiltigFragaException(
                    "ogiltigt kvartal i " + parameter + ": '" + text + "' (väntade ÅÅÅÅKn, n = 1–4)");
        }
    }

    /**
     * The API's CSV, for programs: one line per quarter, {@code ;}-separated, {@code .} as decimal mark, no BOM, the
     * values of the JSON answer ({@link ApiSvar.Kvartalsrad}, so rounded alike).
     */
    private static String csv(Matt resultat) {
        List<String> serier = Forman.serienamn();
        StringBuilder ut = new StringBuilder();
        CsvSkrivare csv = new CsvSkrivare(ut, CsvSkrivare.CRLF, CsvSkrivare.Lasare.PROGRAM);
        List<String> rubriker = new ArrayList<>(List.of("kvartal", "dagar", "befolkning_16_64", "komplett", "saknas"));
        rubriker.addAll(serier);
        csv.rad(rubriker);
        for (ApiSvar.Kvartalsrad v :
                resultat.varden().stream().map(ApiSvar.Kvartalsrad::av).toList()) {
            csv.text(v.kvartal())
                    .tal(v.dagar())
                    .tal(v.befolkning())
                    .text(v.komplett())
                    .text(String.join(",", v.saknas()));
            for (String serie : serier) {
                csv.tal(
                        v.krPerInvanareOchDag() == null
                                ? null
                                : v.krPerInvanareOchDag().get(serie));
            }
            csv.radslut();
        }
        return ut.toString();
    }
}
