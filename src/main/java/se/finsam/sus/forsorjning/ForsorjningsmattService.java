package se.finsam.sus.forsorjning;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Arrays;
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
 * Computes the försörjningsmått (docs/forsorjningsmatt.md): kr per inhabitant 16–64 and day, from summed amounts and
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
    private static final Forman[] FORMANER = Forman.values();
    private static final Map<String, Set<Forman>> SERIER = Forman.serier();

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
        Niva n = Niva.franApi(niva == null ? "" : niva.strip())
                .orElseThrow(() -> new OgiltigFragaException("okänd nivå '" + (niva == null ? "" : niva)
                        + "' (giltiga: kommun, stadsdel, forbund, lan, riket)"));
        if (n == Niva.RIKET) {
            return new Omrade(
                    Niva.RIKET,
                    null,
                    "Riket",
                    geografi.allaKommuner().stream().map(KommunInfo::kod).toList());
        }
        if (kod == null || kod.isBlank()) {
            throw new OgiltigFragaException("kod saknas för nivå " + n.api());
        }
        String k = kod.strip();
        Optional<Omrade> omrade = switch (n) {
            case KOMMUN -> geografi.kommun(k).map(i -> new Omrade(n, i.kod(), i.namn(), List.of(i.kod())));
            case STADSDEL -> geografi.stadsdel(k).map(i -> new Omrade(n, i.kod(), i.namn(), List.of(i.kod())));
            case LAN ->
                geografi.lan(k)
                        .map(i -> new Omrade(
                                n,
                                i.kod(),
                                i.namn(),
                                geografi.kommunerI(i.kod()).stream()
                                        .map(KommunInfo::kod)
                                        .toList()));
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
            return new Matt(
                    omrade,
                    kvartalen(fran, till).stream()
                            .map(q -> saknas(q, List.of()))
                            .toList());
        }
        Urval urval = urval(omrade, "omrade");
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
        Set<String> medlem = Set.copyOf(medlemmar);
        Map<String, TreeMap<Integer, Long>> befolkning = befolkning(omrade, medlem, fran.ar(), till.ar());
        Map<Integer, Summa> perKvartal = new HashMap<>();
        if (!perForman(omrade, medlem, befolkning, fran, till, perKvartal)) {
            medlemsrader(
                    omrade,
                    medlem,
                    befolkning,
                    fran,
                    till,
                    (q, m, bef, belopp) -> perKvartal
                            .computeIfAbsent(q.lopnummer(), n -> new Summa())
                            .lagg(m, bef, belopp));
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
        Set<String> medlem = Set.copyOf(omrade.medlemmar());
        medlemsrader(
                omrade,
                medlem,
                befolkning(omrade, medlem, kvartal.ar(), kvartal.ar()),
                kvartal,
                kvartal,
                (q, m, befolkning, belopp) -> {
                    Map<String, BigDecimal> kr = kr(belopp, befolkning, q);
                    per.put(m, new KvartalsVarde(q, q.dagar(), befolkning, kr != null, List.of(), kr));
                });
        Map<String, KvartalsVarde> ut = new LinkedHashMap<>();
        for (String m : omrade.medlemmar()) {
            ut.put(m, per.getOrDefault(m, saknas(kvartal, List.of(m))));
        }
        return ut;
    }

    /** Receives one member's sums for one quarter: its population and its amount per benefit (by ordinal). */
    @FunctionalInterface
    private interface Mottagare {
        void rad(Kvartal q, String medlem, long befolkning, BigDecimal[] belopp);
    }

    /** What an aggregate sums for a quarter: the members included, their population and amounts. */
    private static final class Summa {
        final Set<String> medlemmar = new HashSet<>();
        final BigDecimal[] belopp = new BigDecimal[FORMANER.length];
        long befolkning;

        Summa() {
            Arrays.fill(belopp, BigDecimal.ZERO);
        }

        /** Adds a member; {@code b} null when the amounts are summed per benefit separately. */
        void lagg(String medlem, long bef, BigDecimal[] b) {
            medlemmar.add(medlem);
            befolkning += bef;
            for (int i = 0; b != null && i < b.length; i++) {
                belopp[i] = belopp[i].add(b[i]);
            }
        }
    }

    /** A condition on an area's members in SQL: a pattern for län and riket (no long IN list), else the codes. */
    private record Urval(String villkor, List<Object> param) {}

    private static Urval urval(Omrade omrade, String kolumn) {
        return switch (omrade.niva()) {
            // Kommun codes are four digits, the first two the län; stadsdel codes are longer.
            case RIKET -> new Urval(kolumn + " like '____'", List.of());
            case LAN -> new Urval(kolumn + " like ?", List.of(omrade.kod() + "__"));
            default ->
                new Urval(
                        kolumn + " in (" + platshallare(omrade.medlemmar().size()) + ")",
                        List.copyOf(omrade.medlemmar()));
        };
    }

    /**
     * The sums of a län or riket in two index-only queries, without a list of all their kommuner: the amounts per
     * quarter and benefit (leaving out members in the years before they have a population figure), and which members
     * have payments in each quarter (whose population is then added). Returns false for other areas, whose few
     * members are summed per member instead.
     */
    private boolean perForman(
            Omrade omrade,
            Set<String> medlem,
            Map<String, TreeMap<Integer, Long>> befolkning,
            Kvartal fran,
            Kvartal till,
            Map<Integer, Summa> perKvartal) {
        if (omrade.niva() != Niva.LAN && omrade.niva() != Niva.RIKET) {
            return false;
        }
        // Members that never count in the range, and members that count only after their first population year.
        List<String> utan = new ArrayList<>();
        Map<Integer, List<String>> franOchMed = new TreeMap<>();
        for (String m : medlem) {
            TreeMap<Integer, Long> perAr = befolkning.get(m);
            if (perAr == null) {
                utan.add(m);
            } else if (perAr.firstKey() >= fran.ar()) {
                franOchMed
                        .computeIfAbsent(perAr.firstKey(), a -> new ArrayList<>())
                        .add(m);
            }
        }
        Urval urval = urval(omrade, "u.omrade");
        String intervall = " and u.ar between ? and ? and u.ar * 10 + u.kv between ? and ?";
        List<Object> param = new ArrayList<>(urval.param());
        param.addAll(List.of(fran.ar(), till.ar(), fran.lopnummer(), till.lopnummer()));
        List<String> utanfor = new ArrayList<>();
        List<Object> utanforParam = new ArrayList<>();
        if (!utan.isEmpty()) {
            utanfor.add("u.omrade in (" + platshallare(utan.size()) + ")");
            utanforParam.addAll(utan);
        }
        if (franOchMed.size() == 1
                && utan.size() + franOchMed.values().iterator().next().size() == medlem.size()) {
            // Everyone with population has it from the same year (e.g. one population file): no list needed.
            utanfor.add("u.ar <= ?");
            utanforParam.add(franOchMed.keySet().iterator().next());
        } else {
            franOchMed.forEach((forstaAr, medlemmar) -> {
                utanfor.add("(u.ar <= ? and u.omrade in (" + platshallare(medlemmar.size()) + "))");
                utanforParam.add(forstaAr);
                utanforParam.addAll(medlemmar);
            });
        }
        jdbc.query(
                "select u.ar, u.kv, u.omrade from forsorjning_utbetalning u where " + urval.villkor() + intervall
                        + " group by u.ar, u.kv, u.omrade",
                rs -> {
                    String m = rs.getString(3);
                    TreeMap<Integer, Long> perAr = befolkning.get(m);
                    int ar = rs.getInt(1);
                    Map.Entry<Integer, Long> bef = perAr == null ? null : perAr.floorEntry(ar - 1);
                    if (bef != null && medlem.contains(m)) {
                        perKvartal
                                .computeIfAbsent(ar * 10 + rs.getInt(2), n -> new Summa())
                                .lagg(m, bef.getValue(), null);
                    }
                },
                param.toArray());
        param.addAll(utanforParam);
        jdbc.query(
                "select u.ar * 10 + u.kv, u.forman, sum(u.belopp) from forsorjning_utbetalning u where "
                        + urval.villkor() + intervall
                        + (utanfor.isEmpty() ? "" : " and not (" + String.join(" or ", utanfor) + ")")
                        + " group by u.ar, u.kv, u.forman",
                rs -> {
                    Summa summa = perKvartal.get(rs.getInt(1));
                    if (summa != null) {
                        summa.belopp[Forman.valueOf(rs.getString(2)).ordinal()] = rs.getBigDecimal(3);
                    }
                },
                param.toArray());
        return true;
    }

    /**
     * Every member with payments and a population figure in a quarter of the range, with its population (at 31 Dec
     * of the nearest year before the quarter's year) and its summed amount per benefit (0 for a benefit without
     * rows), from one query grouped per quarter and member.
     */
    private void medlemsrader(
            Omrade omrade,
            Set<String> medlem,
            Map<String, TreeMap<Integer, Long>> befolkning,
            Kvartal fran,
            Kvartal till,
            Mottagare mottagare) {
        Urval urval = urval(omrade, "u.omrade");
        List<Object> param = new ArrayList<>(urval.param());
        param.add(fran.ar());
        param.add(till.ar());
        param.add(fran.lopnummer());
        param.add(till.lopnummer());
        StringBuilder sql = new StringBuilder("select u.ar, u.kv, u.omrade");
        for (Forman f : FORMANER) {
            sql.append(", sum(case when u.forman = '").append(f.name()).append("' then u.belopp end)");
        }
        sql.append(" from forsorjning_utbetalning u where ")
                .append(urval.villkor())
                .append(" and u.ar between ? and ? and u.ar * 10 + u.kv between ? and ? group by u.ar, u.kv, u.omrade");
        jdbc.query(
                sql.toString(),
                rs -> {
                    String m = rs.getString(3);
                    TreeMap<Integer, Long> perAr = befolkning.get(m);
                    Map.Entry<Integer, Long> bef = perAr == null ? null : perAr.floorEntry(rs.getInt(1) - 1);
                    if (bef == null || !medlem.contains(m)) {
                        return;
                    }
                    BigDecimal[] belopp = new BigDecimal[FORMANER.length];
                    for (int i = 0; i < belopp.length; i++) {
                        BigDecimal b = rs.getBigDecimal(4 + i);
                        belopp[i] = b == null ? BigDecimal.ZERO : b;
                    }
                    mottagare.rad(new Kvartal(rs.getInt(1), rs.getInt(2)), m, bef.getValue(), belopp);
                },
                param.toArray());
    }

    /**
     * The members' population figures that quarters of the years {@code franAr}–{@code tillAr} can use: the latest
     * before {@code franAr} and every one from {@code franAr} to the year before {@code tillAr}.
     */
    private Map<String, TreeMap<Integer, Long>> befolkning(Omrade omrade, Set<String> medlem, int franAr, int tillAr) {
        Urval urval = urval(omrade, "omrade");
        Map<String, TreeMap<Integer, Long>> befolkning = new HashMap<>();
        org.springframework.jdbc.core.RowCallbackHandler lagg = rs -> {
            if (medlem.contains(rs.getString(1))) {
                befolkning
                        .computeIfAbsent(rs.getString(1), m -> new TreeMap<>())
                        .put(rs.getInt(2), rs.getLong(3));
            }
        };
        List<Object> param = new ArrayList<>(List.of(franAr));
        param.addAll(urval.param());
        jdbc.query(
                "select b.omrade, b.ar, b.befolkning_16_64 from forsorjning_befolkning b join (select omrade,"
                        + " max(ar) ar from forsorjning_befolkning where ar < ? and " + urval.villkor()
                        + " group by omrade)"
                        + " m on m.omrade = b.omrade and m.ar = b.ar",
                lagg,
                param.toArray());
        if (tillAr > franAr) {
            param = new ArrayList<>(List.of(franAr, tillAr));
            param.addAll(urval.param());
            jdbc.query(
                    "select omrade, ar, befolkning_16_64 from forsorjning_befolkning where ar >= ? and ar < ? and "
                            + urval.villkor(),
                    lagg,
                    param.toArray());
        }
        return befolkning;
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
        String egenKod = omrade.niva() == Niva.RIKET ? Radkontroll.RIKET : omrade.kod();
        List<HelarsVarde> egna =
                omrade.niva() == Niva.FORBUND ? List.of() : helarsekvivalenter(List.of(egenKod), ar, false);
        List<HelarsVarde> medlemmar =
                omrade.medlemmar().isEmpty() || omrade.medlemmar().equals(List.of(egenKod))
                        ? List.of()
                        : helarsekvivalenter(omrade.medlemmar(), ar, true);
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
        jdbc.query(
                "select ar, forman, sum(helarsekvivalenter) from forsorjning_helarsekvivalent where " + villkor
                        + " group by ar, forman order by ar, forman",
                rs -> {
                    perForman
                            .computeIfAbsent(rs.getInt(1), a -> new LinkedHashMap<>())
                            .put(rs.getString(2), rs.getBigDecimal(3));
                },
                param.toArray());
        Map<Integer, long[]> befolkning = new HashMap<>();
        jdbc.query(
                "select ar, count(*), sum(bef) from (select omrade, ar, max(befolkning_20_64) bef from"
                        + " forsorjning_helarsekvivalent where " + villkor + " group by omrade, ar) x group by ar",
                rs -> {
                    befolkning.put(rs.getInt(1), new long[] {rs.getLong(2), rs.getLong(3)});
                },
                param.toArray());
        Map<Integer, Set<String>> medData = new HashMap<>();
        if (medSaknade && befolkning.values().stream().anyMatch(b -> b[0] < koder.size())) {
            jdbc.query(
                    "select distinct ar, omrade from forsorjning_helarsekvivalent where " + villkor,
                    rs -> {
                        medData.computeIfAbsent(rs.getInt(1), a -> new HashSet<>())
                                .add(rs.getString(2));
                    },
                    param.toArray());
        }
        List<HelarsVarde> varden = new ArrayList<>();
        perForman.forEach((a, summor) -> {
            long[] b = befolkning.get(a);
            BigDecimal summa = summor.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
            List<String> saknas = b[0] >= koder.size()
                    ? List.of()
                    : koder.stream()
                            .filter(k -> !medData.getOrDefault(a, Set.of()).contains(k))
                            .toList();
            BigDecimal andel = b[1] == 0 ? null : summa.multiply(HUNDRA).divide(BigDecimal.valueOf(b[1]), PRECISION);
            varden.add(new HelarsVarde(
                    a, summa, b[1], andel, Collections.unmodifiableMap(summor), saknas.isEmpty(), saknas));
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
