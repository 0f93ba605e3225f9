package se.finsam.sus.forsorjning.ui;

import com.vaadin.flow.function.SerializableFunction;
import com.vaadin.flow.router.QueryParameters;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import se.finsam.sus.forsorjning.Kvartal;
import se.finsam.sus.forsorjning.Niva;

/**
 * The dashboard's choices as they stand in its address, so that a view can be bookmarked, shared and reloaded (the
 * language switch reloads the page):
 * {@code forsorjningsmatt?niva=forbund&kod=12&fran=2013K1&till=2024K4&serie=TOTALT&rankning=OHALSA}. The names are
 * the open API's ({@code niva}, {@code kod}, {@code fran}, {@code till}). Read strictly: a parameter that is
 * missing, repeated or not one of the choices the page offers falls back to its default, and never fails the page.
 *
 * @param kod the area's code among the choices of {@code niva}; null for riket
 * @param serie the series of the line chart
 * @param rankning the series the län's kommuner are ranked by
 */
record Panelval(Niva niva, String kod, Kvartal fran, Kvartal till, String serie, String rankning)
        implements Serializable {

    static final String NIVA = "niva";
    static final String KOD = "kod";
    static final String FRAN = "fran";
    static final String TILL = "till";
    static final String SERIE = "serie";
    static final String RANKNING = "rankning";

    /** What the page offers, to read an address against. */
    record Mojligt(
            List<Niva> nivaer,
            SerializableFunction<Niva, Set<String>> koder,
            List<Kvartal> kvartal,
            List<String> serier,
            Panelval standard)
            implements Serializable {}

    /** The choices in an address; each one not offered is its default (the area as a whole: level and code). */
    static Panelval tolka(QueryParameters adress, Mojligt mojligt) {
        Map<String, List<String>> p = adress.getParameters();
        Panelval s = mojligt.standard();
        Niva niva = en(p, NIVA)
                .flatMap(n ->
                        mojligt.nivaer().stream().filter(x -> x.api().equals(n)).findFirst())
                .orElse(null);
        String kod = en(p, KOD).orElse(null);
        boolean omradeGiltigt = niva != null
                && (niva == Niva.RIKET
                        ? kod == null
                        : kod != null && mojligt.koder().apply(niva).contains(kod));
        Kvartal fran = kvartal(p, FRAN, mojligt.kvartal()).orElse(s.fran());
        Kvartal till = kvartal(p, TILL, mojligt.kvartal()).orElse(s.till());
        String serie = en(p, SERIE).filter(mojligt.serier()::contains).orElse(s.serie());
        String rankning = en(p, RANKNING).filter(mojligt.serier()::contains).orElse(s.rankning());
        return omradeGiltigt
                ? new Panelval(niva, niva == Niva.RIKET ? null : kod, fran, till, serie, rankning)
                : new Panelval(s.niva(), s.kod(), fran, till, serie, rankning);
    }

    /** The address's query for these choices, always in the same order; what is not chosen is left out. */
    String fraga() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put(NIVA, niva == null ? null : niva.api());
        p.put(KOD, kod);
        p.put(FRAN, fran == null ? null : fran.toString());
        p.put(TILL, till == null ? null : till.toString());
        p.put(SERIE, serie);
        p.put(RANKNING, rankning);
        return p.entrySet().stream()
                .filter(e -> e.getValue() != null)
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    /** The parameter when it is there exactly once and not blank. */
    private static Optional<String> en(Map<String, List<String>> p, String namn) {
        List<String> v = p.get(namn);
        return v == null
                        || v.size() != 1
                        || v.getFirst() == null
                        || v.getFirst().isBlank()
                ? Optional.empty()
                : Optional.of(v.getFirst().strip());
    }

    private static Optional<Kvartal> kvartal(Map<String, List<String>> p, String namn, List<Kvartal> mojliga) {
        return en(p, namn).flatMap(text -> {
            try {
                Kvartal k = Kvartal.parse(text);
                return mojliga.contains(k) ? Optional.of(k) : Optional.empty();
            } catch (RuntimeException e) {
                return Optional.empty();
            }
        });
    }
}
