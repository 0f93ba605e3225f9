package se.finsam.sus.forsorjning;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.finsam.sus.geografi.GeografiService;
import se.finsam.sus.geografi.KommunInfo;

/**
 * Computes the försörjningsmått (FORSORJNINGSMATT.md): kr per inhabitant 16–64 and day, from summed amounts and
 * summed population of the members that have both for the quarter. Sums are taken in SQL; Java only divides.
 * Public statistics: open to everyone.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("permitAll()")
public class ForsorjningsmattService {

    /** Full precision for the API: 34 significant digits. */
    static final MathContext PRECISION = MathContext.DECIMAL128;
    /** The longest range answered in one question (100 years). */
    static final int MAX_KVARTAL = 400;
    private static final BigDecimal HUNDRA = BigDecimal.valueOf(100);

    private final JdbcTemplate jdbc;
    private final GeografiService geografi;
    private final ObjectProvider<ForbundKatalog> forbund;

    ForsorjningsmattService(JdbcTemplate jdbc, GeografiService geografi, ObjectProvider<ForbundKatalog> forbund) {
        this.jdbc = jdbc;
        this.geografi = geografi;
        this.forbund = forbund;
    }

    /** Every förbund that has an area, for the dashboard's picker (empty without the organisation feature). */
    public List<Omrade> allaForbund() {
        ForbundKatalog katalog = forbund.getIfAvailable();
        return katalog == null ? List.of() : katalog.allaForbund();
    }

    /**
     * Every quarter from the first to the last with payments anywhere, for the dashboard's range pickers. Two
     * index look-ups on (ar, kv) instead of computing the whole country's measure.
     */
    public List<Kvartal> kvartalMedData() {
        List<Kvartal> granser = new ArrayList<>();
        for (String riktning : List.of("asc", "desc")) {
            jdbc.query("select ar, kv from forsorjning_utbetalning order by ar " + riktning + ", kv " + riktning
                    + " limit 1", rs -> {
                        granser.add(new Kvartal(rs.getInt(1), rs.getInt(2)));
                    });
        }
        return granser.isEmpty() ? List.of() : kvartalen(granser.get(0), granser.get(1));
    }

    /** The area for an API level and code; throws {@link OgiltigFragaException} when either is unknown. */
    public Omrade omrade(String niva, String kod) {
        Niva n = Niva.franApi(niva == null ? "" : niva.strip()).orElseThrow(() -> new OgiltigFragaException(
                "okänd nivå '" + (niva == null ? "" : niva) + "' (giltiga: kommun, stadsdel, forbund, lan, riket)"));
        if (n == Niva.RIKET) {
            return new Omrade(Niva.RIKET, null, "Riket", geografi.allaKommuner().stream().map(KommunInfo::kod).toList());
        }
        if (kod == null || kod.isBlank()) {
            throw new OgiltigFragaException("kod saknas för nivå " + n.api());
        }
        String k = kod.strip();
        Optional<Omrade> omrade = switch (n) {
            case KOMMUN -> geografi.kommun(k).map(i -> new Omrade(n, i.kod(), i.namn(), List.of(i.kod())));
            case STADSDEL -> geografi.stadsdel(k).map(i -> new Omrade(n, i.kod(), i.namn(), List.of(i.kod())));
            case LAN -> geografi.lan(k).map(i -> new Omrade(n, i.kod(), i.namn(),
                    geografi.kommunerI(i.kod()).stream().map(KommunInfo::kod).toList()));
            case FORBUND -> Optional.ofNullable(forbund.getIfAvailable()).flatMap(f -> f.forbund(k));
            case RIKET -> throw new IllegalStateException();
        };
        return omrade.orElseThrow(() -> new OgiltigFragaException("okänd kod '" + k + "' för nivå " + n.api()));
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
            return new Matt(omrade, kvartalen(fran, till).stream().map(q -> saknas(q, List.of())).toList());
        }
        String in = platshallare(medlemmar.size());
        if (fran == null || till == null) {
            // Index order (ar, kv) finds the first and last quarter without reading every row of a large table.
            List<Kvartal> forstaOchSista = new ArrayList<>();
            for (String riktning : List.of("asc", "desc")) {
                jdbc.query("select ar, kv from forsorjning_utbetalning where omrade in (" + in + ") order by ar "
                        + riktning + ", kv " + riktning + " limit 1",
                        rs -> {
                            forstaOchSista.add(new Kvartal(rs.getInt(1), rs.getInt(2)));
                        }, medlemmar.toArray());
            }
            if (forstaOchSista.isEmpty()) {
                return new Matt(omrade, kvartalen(fran == null ? till : fran, till == null ? fran : till).stream()
                        .map(q -> saknas(q, medlemmar)).toList());
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
        List<Object> param = new ArrayList<>(medlemmar);
        param.add(fran.ar());
        param.add(till.ar());
        param.add(fran.lopnummer());
        param.add(till.lopnummer());
        String urval = "u.omrade in (" + in + ") and u.ar between ? and ? and u.ar * 10 + u.kv between ? and ?";
        // "Has a population figure from an earlier year". Written as a scalar sub-query on purpose: as EXISTS, MariaDB
        // turns it into a semi-join that reads every year of every member (3.4 s instead of 0.1 s for riket on
        // 5 million rows, see docs/performance.md).
        String harBefolkning = "(select min(b.ar) from forsorjning_befolkning b where b.omrade = u.omrade) < u.ar";

        // Members included per quarter (payments and population) and their population, at 31 Dec of the nearest
        // year before the quarter's year.
        Map<Integer, long[]> befolkning = new HashMap<>();
        jdbc.query("select m.ar * 10 + m.kv, count(*), sum(b.befolkning_16_64) from (select distinct u.omrade, u.ar,"
                + " u.kv from forsorjning_utbetalning u where " + urval + ") m join forsorjning_befolkning b on"
                + " b.omrade = m.omrade and b.ar = (select max(b2.ar) from forsorjning_befolkning b2 where"
                + " b2.omrade = m.omrade and b2.ar < m.ar) group by m.ar, m.kv",
                rs -> {
                    befolkning.put(rs.getInt(1), new long[] {rs.getLong(2), rs.getLong(3)});
                }, param.toArray());
        Map<Integer, Map<String, BigDecimal>> belopp = new HashMap<>();
        jdbc.query("select u.ar * 10 + u.kv, u.forman, sum(u.belopp) from forsorjning_utbetalning u where " + urval
                + " and " + harBefolkning + " group by u.ar, u.kv, u.forman",
                rs -> {
                    belopp.computeIfAbsent(rs.getInt(1), q -> new HashMap<>()).put(rs.getString(2), rs.getBigDecimal(3));
                }, param.toArray());
        Map<Integer, Set<String>> inkluderade = new HashMap<>();
        boolean ofullstandig = kvartal.stream().anyMatch(q -> {
            long[] b = befolkning.get(q.lopnummer());
            return b == null || b[0] < medlemmar.size();
        });
        if (ofullstandig && medlemmar.size() > 1) {
            jdbc.query("select distinct u.ar * 10 + u.kv, u.omrade from forsorjning_utbetalning u where " + urval
                    + " and " + harBefolkning, rs -> {
                        inkluderade.computeIfAbsent(rs.getInt(1), q -> new HashSet<>()).add(rs.getString(2));
                    }, param.toArray());
        }

        List<KvartalsVarde> varden = new ArrayList<>(kvartal.size());
        for (Kvartal q : kvartal) {
            long[] b = befolkning.get(q.lopnummer());
            if (b == null) {
                varden.add(saknas(q, medlemmar));
                continue;
            }
            List<String> saknas = b[0] == medlemmar.size() ? List.of()
                    : medlemmar.stream().filter(m -> !inkluderade.getOrDefault(q.lopnummer(), Set.of()).contains(m))
                            .toList();
            Map<String, BigDecimal> summor = belopp.getOrDefault(q.lopnummer(), Map.of());
            Map<String, BigDecimal> kr = null;
            if (b[1] > 0) {
                BigDecimal namnare = BigDecimal.valueOf(b[1]).multiply(BigDecimal.valueOf(q.dagar()));
                kr = new LinkedHashMap<>();
                for (Map.Entry<String, Set<Forman>> serie : Forman.serier().entrySet()) {
                    BigDecimal summa = serie.getValue().stream()
                            .map(f -> summor.getOrDefault(f.name(), BigDecimal.ZERO))
                            .reduce(BigDecimal.ZERO, BigDecimal::add);
                    kr.put(serie.getKey(), summa.divide(namnare, PRECISION));
                }
                kr = Collections.unmodifiableMap(kr);
            }
            varden.add(new KvartalsVarde(q, q.dagar(), b[1], saknas.isEmpty() && kr != null, saknas, kr));
        }
        return new Matt(omrade, varden);
    }

    /**
     * SCB helårsekvivalenter per year (all years when {@code ar} is null). Rows stored for the area's own code (a
     * kommun, stadsdel, län or 00 for riket) are used when present; otherwise the members' rows are summed, and the
     * members without rows for the year are listed as missing.
     */
    public List<HelarsVarde> helarsekvivalenter(Omrade omrade, Integer ar) {
        String egenKod = omrade.niva() == Niva.RIKET ? Radkontroll.RIKET : omrade.kod();
        List<HelarsVarde> egna = omrade.niva() == Niva.FORBUND ? List.of()
                : helarsekvivalenter(List.of(egenKod), ar, false);
        List<HelarsVarde> medlemmar = omrade.medlemmar().isEmpty() || omrade.medlemmar().equals(List.of(egenKod))
                ? List.of() : helarsekvivalenter(omrade.medlemmar(), ar, true);
        Map<Integer, HelarsVarde> perAr = new TreeMap<>();
        medlemmar.forEach(v -> perAr.put(v.ar(), v));
        egna.forEach(v -> perAr.put(v.ar(), v));
        return List.copyOf(perAr.values());
    }

    private List<HelarsVarde> helarsekvivalenter(List<String> koder, Integer ar, boolean medSaknade) {
        String villkor = "omrade in (" + platshallare(koder.size()) + ")" + (ar == null ? "" : " and ar = ?");
        List<Object> param = new ArrayList<>(koder);
        if (ar != null) {
            param.add(ar);
        }
        Map<Integer, Map<String, BigDecimal>> perForman = new TreeMap<>();
        jdbc.query("select ar, forman, sum(helarsekvivalenter) from forsorjning_helarsekvivalent where " + villkor
                + " group by ar, forman order by ar, forman", rs -> {
                    perForman.computeIfAbsent(rs.getInt(1), a -> new LinkedHashMap<>())
                            .put(rs.getString(2), rs.getBigDecimal(3));
                }, param.toArray());
        Map<Integer, long[]> befolkning = new HashMap<>();
        jdbc.query("select ar, count(*), sum(bef) from (select omrade, ar, max(befolkning_20_64) bef from"
                + " forsorjning_helarsekvivalent where " + villkor + " group by omrade, ar) x group by ar", rs -> {
                    befolkning.put(rs.getInt(1), new long[] {rs.getLong(2), rs.getLong(3)});
                }, param.toArray());
        Map<Integer, Set<String>> medData = new HashMap<>();
        if (medSaknade && befolkning.values().stream().anyMatch(b -> b[0] < koder.size())) {
            jdbc.query("select distinct ar, omrade from forsorjning_helarsekvivalent where " + villkor, rs -> {
                medData.computeIfAbsent(rs.getInt(1), a -> new HashSet<>()).add(rs.getString(2));
            }, param.toArray());
        }
        List<HelarsVarde> varden = new ArrayList<>();
        perForman.forEach((a, summor) -> {
            long[] b = befolkning.get(a);
            BigDecimal summa = summor.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
            List<String> saknas = b[0] >= koder.size() ? List.of()
                    : koder.stream().filter(k -> !medData.getOrDefault(a, Set.of()).contains(k)).toList();
            BigDecimal andel = b[1] == 0 ? null : summa.multiply(HUNDRA).divide(BigDecimal.valueOf(b[1]), PRECISION);
            varden.add(new HelarsVarde(a, summa, b[1], andel, Collections.unmodifiableMap(summor), saknas.isEmpty(),
                    saknas));
        });
        return varden;
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
        }
        return lista;
    }

    private static String platshallare(int antal) {
        return Collections.nCopies(antal, "?").stream().collect(Collectors.joining(", "));
    }
}
