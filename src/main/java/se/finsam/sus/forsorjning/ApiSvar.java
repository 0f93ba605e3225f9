package se.finsam.sus.forsorjning;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The JSON contract of the open data API ({@link ForsorjningApi}) in one place: field names and order as in
 * docs/forsorjningsmatt.md, values at full precision, null written as null.
 */
final class ApiSvar {

    private ApiSvar() {}

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
                    v.krPerInvanareOchDag());
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
                    v.andelProcent(),
                    v.komplett(),
                    v.saknas(),
                    v.perForman());
        }
    }

    /** A question the API cannot answer (HTTP 400). */
    record Fel(String fel) {}
}
