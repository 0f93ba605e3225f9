package se.finsam.sus.forsorjning;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The contract of the open data API ({@link ForsorjningApi}) in one place, for JSON and CSV alike: field names and
 * order as in docs/forsorjningsmatt.md, computed values rounded to {@link #DECIMALER} decimals, null written as null.
 */
final class ApiSvar {

    /**
     * Decimals of the computed values the API answers (kr per inhabitant and day, the share in percent): far below
     * what the figures can mean (an öre is 0.01), and the same in JSON and CSV, so that the two formats agree.
     */
    static final int DECIMALER = 6;

    private ApiSvar() {}

    /** A computed value as the API answers it: exactly {@link #DECIMALER} decimals, half up. */
    static BigDecimal avrunda(BigDecimal varde) {
        return varde == null ? null : varde.setScale(DECIMALER, RoundingMode.HALF_UP);
    }

    private static Map<String, BigDecimal> avrunda(Map<String, BigDecimal> varden) {
        if (varden == null) {
            return null;
        }
        Map<String, BigDecimal> avrundade = new LinkedHashMap<>();
        varden.forEach((k, v) -> avrundade.put(k, avrunda(v)));
        return avrundade;
    }

    /** One area and its values, for either endpoint. */
    @JsonPropertyOrder({"niva", "kod", "namn", "varden"})
    record Omradessvar<T>(String niva, String kod, String namn, List<T> varden) {

        static <T> Omradessvar<T> av(Omrade omrade, List<T> varden) {
            return new Omradessvar<>(omrade.niva().api(), omrade.kod(), omrade.namn(), varden);
        }
    }

    /** One quarter of {@code /api/v1/forsorjningsmatt}. */
    @JsonPropertyOrder({"kvartal", "dagar", "befolkning_16_64", "komplett", "saknas", "kr_per_invanare_och_dag"})
    record Kvartalsrad(
            String kvartal,
            int dagar,
            @JsonProperty("befolkning_16_64") Long befolkning,
            boolean komplett,
            List<String> saknas,
            @JsonProperty("kr_per_invanare_och_dag") Map<String, BigDecimal> krPerInvanareOchDag) {

        static Kvartalsrad av(KvartalsVarde v) {
            return new Kvartalsrad(
                    v.kvartal().toString(),
                    v.dagar(),
                    v.befolkning(),
                    v.komplett(),
                    v.saknas(),
                    avrunda(v.krPerInvanareOchDag()));
        }
    }

    /** One year of {@code /api/v1/helarsekvivalenter}. */
    @JsonPropertyOrder({
        "ar",
        "helarsekvivalenter",
        "befolkning_20_64",
        "andel_procent",
        "komplett",
        "saknas",
        "per_forman"
    })
    record Helarsrad(
            int ar,
            BigDecimal helarsekvivalenter,
            @JsonProperty("befolkning_20_64") long befolkning,
            @JsonProperty("andel_procent") BigDecimal andelProcent,
            boolean komplett,
            List<String> saknas,
            @JsonProperty("per_forman") Map<String, BigDecimal> perForman) {

        static Helarsrad av(HelarsVarde v) {
            return new Helarsrad(
                    v.ar(),
                    v.helarsekvivalenter(),
                    v.befolkning(),
                    avrunda(v.andelProcent()),
                    v.komplett(),
                    v.saknas(),
                    v.perForman());
        }
    }

    /** A question the API cannot answer (HTTP 400). */
    record Fel(String fel) {}
}
