package se.finsam.sus.forsorjning;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The three import file types, with their exact header and where their rows are stored. */
public enum Filtyp {
    UTBETALNINGAR(
            "utbetalningar",
            List.of("kvartal", "omrade", "forman", "belopp_kr"),
            "forsorjning_utbetalning",
            List.of("omrade", "ar", "kv", "forman"),
            List.of("belopp")),
    BEFOLKNING(
            "befolkning",
            List.of("ar", "omrade", "befolkning_16_64"),
            "forsorjning_befolkning",
            List.of("omrade", "ar"),
            List.of("befolkning_16_64")),
    HELARSEKVIVALENTER(
            "helarsekvivalenter",
            List.of("ar", "omrade", "forman", "helarsekvivalenter", "befolkning_20_64"),
            "forsorjning_helarsekvivalent",
            List.of("omrade", "ar", "forman"),
            List.of("helarsekvivalenter", "befolkning_20_64"));

    private final String kommando;
    private final List<String> rubriker;
    final String tabell;
    final List<String> nycklar;
    final List<String> varden;

    Filtyp(String kommando, List<String> rubriker, String tabell, List<String> nycklar, List<String> varden) {
        this.kommando = kommando;
        this.rubriker = rubriker;
        this.tabell = tabell;
        this.nycklar = nycklar;
        this.varden = varden;
    }

    /** The name used on the command line, e.g. {@code utbetalningar}. */
    public String kommando() {
        return kommando;
    }

    /** The header's column names, in order. */
    public List<String> rubriker() {
        return rubriker;
    }

    String stageTabell() {
        return tabell.replace("forsorjning_", "forsorjning_stage_");
    }

    public static Optional<Filtyp> medKommando(String namn) {
        return Arrays.stream(values()).filter(t -> t.kommando.equals(namn)).findFirst();
    }
}
