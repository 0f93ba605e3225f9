package se.finsam.sus.forsorjning;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.finsam.sus.base.databas.LasesFranReplika;

/**
 * Computes the försörjningsmått (docs/forsorjningsmatt.md): kr per inhabitant 16–64 and day, from summed amounts and
 * summed population of the members that have both for the quarter. Sums are taken in SQL; Java only divides.
 * Public statistics: open to everyone.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("permitAll()")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
@LasesFranReplika
public class ForsorjningsmattService {

    /** Full precision for the API: 34 significant digits. */
    static final MathContext PRECISION = MathContext.DECIMAL128;
    /** The longest range answered in one question (100 years). */
    static final int MAX_KVARTAL = 400;

    private static final Map<String, Set<Forman>> SERIER = Forman.serier();

    private final JdbcTemplate jdbc;
    private final Omradesuppslag omraden;
    private final LagradeSummor lagradeSummor;

    /**
     * Whether a län or riket is answered from the stored sums ({@link LagradeSummor}) instead of grouping the
     * payments ({@code sus.forsorjning.lagrade-summor}). Off by default until every writer of the payment and
     * population tables (demo data, tests) keeps the sums, as the import does.
     */
    @Value("${sus.forsorjning.lagrade-summor:false}")
    boolean lagrade;

    /** Every förbund that has an area, for the dashboard's picker. */
    public List<Omrade> allaForbund() {
        return omraden.allaForbund();
    }

    /**
     * Every quarter from the first to the last with payments anywhere, for the dashboard's range pickers. Two
     * index look-ups on (ar, kv) instead of computing the whole country's measure.
     */
    public List<Kvartal> kvartalMedData() {
        List<Kvartal> granser = new ArrayList<>();
        for (String riktning : List.of("asc", "desc")) {
            jdbc.query(
                    "select ar, kv from forsorjning_utbetalning order by ar " + riktning + ", kv " + riktning
                            + " limit 1",
                    rs -> {
                        granser.add(new Kvartal(rs.getInt(1), rs.getInt(2)));
                    });
        }
        return granser.isEmpty() ? List.of() : kvartalen(granser.get(0), granser.get(1));
    }

    /** The area for an API level and code; throws {@link OgiltigFragaException} when either is unknown. */
    public Omrade omrade(String niva, String kod) {
        return omraden.omrade(niva, kod);
    }

    /**
     * The measure for every quarter from {@code fran} to {@code till}. A missing bound defaults to the first or last
     * quarter with payments for the area's members; without any data and bounds the list is empty.
     */
    public Matt berakna(Omrade omrade, Kvartal fran, Kvartal till) {
        if (fran != null && till != null && fran.compareTo(till) > 0) {
            throw new OgiltigFragaException("fran (" + fran + ") är senare än till (" + till + ")");
        }
        List<String> medlemmar = omrade.medlemmar();
        if (medlemmar.isEmpty()) {
            return new Matt(
                    omrade,
                    kvartalen(fran, till).stream()
                            .map(q -> saknas(q, List.of()))
                            .toList());
        }
        Urval urval = Urval.av(omrade, "omrade");
        if (fran == null || till == null) {
            // Index order (ar, kv) finds the first and last quarter without reading every row of a large table.
            List<Kvartal> forstaOchSista = new ArrayList<>();
            for (String riktning : List.of("asc", "desc")) {
                jdbc.query(
                        "select ar, kv from forsorjning_utbetalning where " + urval.villkor() + " order by ar "
                                + riktning + ", kv " + riktning + " limit 1",
                        rs -> {
                            forstaOchSista.add(new Kvartal(rs.getInt(1), rs.getInt(2)));
                        },
                        urval.param().toArray());
            }
            if (forstaOchSista.isEmpty()) {
                return new Matt(
                        omrade,
                        kvartalen(fran == null ? till : fran, till == null ? fran : till).stream()
                                .map(q -> saknas(q, medlemmar))
                                .toList());
            }
            Kvartal forsta = forstaOchSista.get(0);
            Kvartal sista = forstaOchSista.get(1);
            if (fran == null) {
                fran = till != null && till.compareTo(forsta) < 0 ? till : forsta;
            }
            if (till == null) {
                till = sista.compareTo(fran) < 0 ? fran : sista;
            }
        }
        List<Kvartal> kvartal = kvartalen(fran, till);
        Map<Integer, Summa> perKvartal = new HashMap<>();
        if (lagrade && (omrade.niva() == Niva.LAN || omrade.niva() == Niva.RIKET)) {
            lagradeSummor.las(omrade, fran, till, perKvartal);
        } else {
            summera(omrade, fran, till, perKvartal);
        }
        List<KvartalsVarde> varden = new ArrayList<>(kvartal.size());
        for (Kvartal q : kvartal) {
            Summa summa = perKvartal.get(q.lopnummer());
            if (summa == null) {
                varden.add(saknas(q, medlemmar));
                continue;
            }
            List<String> saknas = summa.medlemmar.size() == medlemmar.size()
                    ? List.of()
                    : medlemmar.stream()
                            .filter(m -> !summa.medlemmar.contains(m))
                            .toList();
            Map<String, BigDecimal> kr = kr(summa.belopp, summa.befolkning, q);
            varden.add(new KvartalsVarde(q, q.dagar(), summa.befolkning, saknas.isEmpty() && kr != null, saknas, kr));
        }
        return new Matt(omrade, varden);
    }

    /**
     * The measure of each member of the area (each kommun of a län or riket, each kommun or stadsdel of a förbund)
     * for one quarter, in member order; a member without payments or population for it is missing.
     */
    public Map<String, KvartalsVarde> perMedlem(Omrade omrade, Kvartal kvartal) {
        Map<String, KvartalsVarde> per = new HashMap<>();
        SummorPerMedlem.summera(jdbc, Underlag.hamta(jdbc, omrade, kvartal, kvartal), (q, m, befolkning, belopp) -> {
            Map<String, BigDecimal> kr = kr(belopp, befolkning, q);
            per.put(m, new KvartalsVarde(q, q.dagar(), befolkning, kr != null, List.of(), kr));
        });
        Map<String, KvartalsVarde> ut = new LinkedHashMap<>();
        for (String m : omrade.medlemmar()) {
            ut.put(m, per.getOrDefault(m, saknas(kvartal, List.of(m))));
        }
        return ut;
    }

    /** kr per inhabitant and day for every series, or null when the population is 0. */
    private static Map<String, BigDecimal> kr(BigDecimal[] belopp, long befolkning, Kvartal q) {
        if (befolkning <= 0) {
            return null;
        }
        BigDecimal namnare = BigDecimal.valueOf(befolkning).multiply(BigDecimal.valueOf(q.dagar()));
        Map<String, BigDecimal> kr = new LinkedHashMap<>();
        for (Map.Entry<String, Set<Forman>> serie : SERIER.entrySet()) {
            BigDecimal summa = BigDecimal.ZERO;
            for (Forman f : serie.getValue()) {
                summa = summa.add(belopp[f.ordinal()]);
            }
            kr.put(serie.getKey(), summa.divide(namnare, PRECISION));
        }
        return Collections.unmodifiableMap(kr);
    }

    /**
     * SCB helårsekvivalenter per year (all years when {@code ar} is null). Rows stored for the area's own code (a
     * kommun, stadsdel, län or 00 for riket) are used when present; otherwise the members' rows are summed, and the
     * members without rows for the year are listed as missing.
     */
    public List<HelarsVarde> helarsekvivalenter(Omrade omrade, Integer ar) {
        return Helarsekvivalenter.hamta(jdbc, omrade, ar);
    }

    private static KvartalsVarde saknas(Kvartal q, List<String> medlemmar) {
        return new KvartalsVarde(q, q.dagar(), null, false, medlemmar, null);
    }

    private static List<Kvartal> kvartalen(Kvartal fran, Kvartal till) {
        if (fran == null || till == null) {
            return List.of();
        }
        List<Kvartal> lista = new ArrayList<>();
        for (Kvartal q = fran; q.compareTo(till) <= 0; q = q.nasta()) {
            if (lista.size() == MAX_KVARTAL) {
                throw new OgiltigFragaException("för långt intervall (högst " + MAX_KVARTAL + " kvartal)");
            }
            lista.add(q);
            if (q.equals(till)) {
                break; // not past it: the quarter after 9999K4 does not exist
            }
        }
        return lista;
    }

    /** Groups the payments of the area's members per quarter (the way without stored sums). */
    private void summera(Omrade omrade, Kvartal fran, Kvartal till, Map<Integer, Summa> perKvartal) {
        Underlag underlag = Underlag.hamta(jdbc, omrade, fran, till);
        if (!SummorPerForman.summera(jdbc, underlag, perKvartal)) {
            SummorPerMedlem.summera(
                    jdbc,
                    underlag,
                    (q, m, bef, belopp) -> perKvartal
                            .computeIfAbsent(q.lopnummer(), n -> new Summa())
                            .lagg(m, bef, belopp));
        }
    }
}
