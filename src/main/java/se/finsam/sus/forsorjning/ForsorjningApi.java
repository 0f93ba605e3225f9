package se.finsam.sus.forsorjning;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The open data API (read only, no login): {@code /api/v1/forsorjningsmatt} and {@code /api/v1/helarsekvivalenter}.
 * Field names as in docs/forsorjningsmatt.md; values at full precision; errors are HTTP 400 with {@code {"fel": ...}}.
 */
@RestController
@RequestMapping("/api/v1")
class ForsorjningApi {

    private static final MediaType CSV = new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8);

    private final ForsorjningsmattService matt;

    ForsorjningApi(ForsorjningsmattService matt) {
        this.matt = matt;
    }

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
        Map<String, Object> svar = new LinkedHashMap<>();
        svar.put("niva", omrade.niva().api());
        svar.put("kod", omrade.kod());
        svar.put("namn", omrade.namn());
        svar.put("varden", resultat.varden().stream().map(ForsorjningApi::json).toList());
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(svar);
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
        Map<String, Object> svar = new LinkedHashMap<>();
        svar.put("niva", omrade.niva().api());
        svar.put("kod", omrade.kod());
        svar.put("namn", omrade.namn());
        svar.put(
                "varden",
                matt.helarsekvivalenter(omrade, aret).stream()
                        .map(v -> {
                            Map<String, Object> m = new LinkedHashMap<>();
                            m.put("ar", v.ar());
                            m.put("helarsekvivalenter", v.helarsekvivalenter());
                            m.put("befolkning_20_64", v.befolkning());
                            m.put("andel_procent", v.andelProcent());
                            m.put("komplett", v.komplett());
                            m.put("saknas", v.saknas());
                            m.put("per_forman", v.perForman());
                            return m;
                        })
                        .toList());
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(svar);
    }

    @ExceptionHandler(OgiltigFragaException.class)
    ResponseEntity<Map<String, String>> fel(OgiltigFragaException e) {
        return ResponseEntity.badRequest()
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("fel", e.getMessage()));
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

    private static Map<String, Object> json(KvartalsVarde v) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kvartal", v.kvartal().toString());
        m.put("dagar", v.dagar());
        m.put("befolkning_16_64", v.befolkning());
        m.put("komplett", v.komplett());
        m.put("saknas", v.saknas());
        m.put("kr_per_invanare_och_dag", v.krPerInvanareOchDag());
        return m;
    }

    private static String csv(Matt resultat) {
        List<String> serier = Forman.serienamn();
        StringBuilder ut = new StringBuilder("kvartal;dagar;befolkning_16_64;komplett;saknas;")
                .append(String.join(";", serier))
                .append("\r\n");
        for (KvartalsVarde v : resultat.varden()) {
            ut.append(v.kvartal())
                    .append(';')
                    .append(v.dagar())
                    .append(';')
                    .append(v.befolkning() == null ? "" : v.befolkning())
                    .append(';')
                    .append(v.komplett())
                    .append(';')
                    .append(String.join(",", v.saknas()));
            for (String serie : serier) {
                BigDecimal kr = v.krPerInvanareOchDag() == null
                        ? null
                        : v.krPerInvanareOchDag().get(serie);
                ut.append(';').append(kr == null ? "" : kr.toPlainString());
            }
            ut.append("\r\n");
        }
        return ut.toString();
    }
}
