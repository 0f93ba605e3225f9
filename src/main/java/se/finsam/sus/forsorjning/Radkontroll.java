package se.finsam.sus.forsorjning;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Validates and converts the fields of one data row of an import file. Returns the stage row (keys then values,
 * as in {@link Filtyp}) or null after reporting every error of the row.
 */
final class Radkontroll {

    static final Set<String> HELARSEKVIVALENT_FORMANER =
            Set.of("SJP", "SA_AE", "ARBETSLOSHET", "ATGARDER", "EKB", "ETAB");
    static final String RIKET = "00";
    private static final List<String> HELARS_ORDNING = List.copyOf(new java.util.TreeSet<>(HELARSEKVIVALENT_FORMANER));

    private static final Pattern AR = Pattern.compile("\\d{4}");
    private static final Pattern KOMMUNKOD = Pattern.compile("\\d{4}");
    private static final Pattern STADSDELSKOD = Pattern.compile("\\d{4}-[0-9A-Za-z]{2,11}");
    private static final Pattern LANSKOD = Pattern.compile("\\d{2}");
    private static final Pattern HELTAL = Pattern.compile("\\d+");
    private static final int MAX_HELTALSSIFFROR = 13;

    private final Filtyp typ;
    private final char separator;
    private final Set<String> kommuner;
    private final Set<String> stadsdelar;
    private final Set<String> lan;
    /** A number for every valid area code, for {@link #nyckel}. */
    private final Map<String, Integer> omradesnummer = new HashMap<>();

    Radkontroll(Filtyp typ, char separator, Set<String> kommuner, Set<String> stadsdelar, Set<String> lan) {
        this.typ = typ;
        this.separator = separator;
        this.kommuner = kommuner;
        this.stadsdelar = stadsdelar;
        this.lan = lan;
        for (Set<String> koder : List.of(kommuner, stadsdelar, lan, Set.of(RIKET))) {
            koder.forEach(k -> omradesnummer.putIfAbsent(k, omradesnummer.size()));
        }
    }

    /** The row's key (area, year, quarter, benefit) as one number, from a row {@link #kontrollera} returned. */
    long nyckel(Object[] rad) {
        long omrade = omradesnummer.get((String) rad[0]);
        long ar = (Integer) rad[1];
        return switch (typ) {
            case UTBETALNINGAR ->
                ((omrade * 10_000 + ar) * 8 + (Integer) rad[2]) * 16
                        + Forman.avKod((String) rad[3]).ordinal();
            case BEFOLKNING -> omrade * 10_000 + ar;
            case HELARSEKVIVALENTER -> (omrade * 10_000 + ar) * 16 + HELARS_ORDNING.indexOf((String) rad[2]);
        };
    }

    Radkontroll medSeparator(char annan) {
        return new Radkontroll(typ, annan, kommuner, stadsdelar, lan);
    }

    Object[] kontrollera(long rad, String[] f, List<ImportFel> fel) {
        int innan = fel.size();
        Object[] ut = switch (typ) {
            case UTBETALNINGAR -> {
                Kvartal kvartal = kvartal(rad, f[0], fel);
                String omrade = omrade(rad, f[1], false, fel);
                String forman = forman(rad, "forman", f[2], fel);
                BigDecimal belopp = decimal(rad, "belopp_kr", f[3], fel);
                yield kvartal == null ? null : new Object[] {omrade, kvartal.ar(), kvartal.nr(), forman, belopp};
            }
            case BEFOLKNING -> {
                Integer ar = ar(rad, f[0], fel);
                String omrade = omrade(rad, f[1], false, fel);
                Integer befolkning = heltal(rad, "befolkning_16_64", f[2], fel);
                yield new Object[] {omrade, ar, befolkning};
            }
            case HELARSEKVIVALENTER -> {
                Integer ar = ar(rad, f[0], fel);
                String omrade = omrade(rad, f[1], true, fel);
                String forman = helarsforman(rad, f[2], fel);
                BigDecimal he = decimal(rad, "helarsekvivalenter", f[3], fel);
                Integer befolkning = heltal(rad, "befolkning_20_64", f[4], fel);
                yield new Object[] {omrade, ar, forman, he, befolkning};
            }
        };
        return fel.size() > innan ? null : ut;
    }

    private static Kvartal kvartal(long rad, String v, List<ImportFel> fel) {
        Kvartal q = Kvartal.tolka(v);
        if (q == null) {
            fel.add(new ImportFel(rad, "kvartal", v, "import.kontroll.kvartal"));
        }
        return q;
    }

    private static Integer ar(long rad, String v, List<ImportFel> fel) {
        if (!AR.matcher(v).matches()) {
            fel.add(new ImportFel(rad, "ar", v, "import.kontroll.ar"));
            return null;
        }
        return Integer.valueOf(v);
    }

    private String omrade(long rad, String v, boolean lanOchRiket, List<ImportFel> fel) {
        if (kommuner.contains(v)) {
            return v;
        }
        if (KOMMUNKOD.matcher(v).matches()) {
            if (kommuner.contains(v)) {
                return v;
            }
            fel.add(new ImportFel(rad, "omrade", v, "import.kontroll.okand-kommun"));
        } else if (STADSDELSKOD.matcher(v).matches()) {
            if (stadsdelar.contains(v)) {
                return v;
            }
            fel.add(new ImportFel(rad, "omrade", v, "import.kontroll.okand-stadsdel"));
        } else if (lanOchRiket && LANSKOD.matcher(v).matches()) {
            if (RIKET.equals(v) || lan.contains(v)) {
                return v;
            }
            fel.add(new ImportFel(rad, "omrade", v, "import.kontroll.okand-lan"));
        } else {
            fel.add(new ImportFel(
                    rad, "omrade", v, lanOchRiket ? "import.kontroll.omrade-lan-riket" : "import.kontroll.omrade"));
        }
        return null;
    }

    private static String forman(long rad, String kolumn, String v, List<ImportFel> fel) {
        if (!Forman.arKod(v)) {
            fel.add(new ImportFel(
                    rad,
                    kolumn,
                    v,
                    "import.kontroll.forman",
                    "SJP, SA, AE, AKASSA, AKST, ETAB, EKB, EKB_FLYKT, INTRO"));
            return null;
        }
        return v;
    }

    private static String helarsforman(long rad, String v, List<ImportFel> fel) {
        if (!HELARSEKVIVALENT_FORMANER.contains(v)) {
            fel.add(new ImportFel(
                    rad, "forman", v, "import.kontroll.forman", "SJP, SA_AE, ARBETSLOSHET, ATGARDER, EKB, ETAB"));
            return null;
        }
        return v;
    }

    private BigDecimal decimal(long rad, String kolumn, String v, List<ImportFel> fel) {
        String felnyckel = decimalFel(v);
        if (felnyckel != null) {
            fel.add(new ImportFel(rad, kolumn, v, felnyckel, String.valueOf(MAX_HELTALSSIFFROR)));
            return null;
        }
        return new BigDecimal(v.replace(',', '.'));
    }

    /** The key of what is wrong with a decimal value (its argument: the most digits allowed), or null. */
    private String decimalFel(String v) {
        if (v.isEmpty()) {
            return "import.kontroll.saknas";
        }
        boolean negativt = v.startsWith("-");
        String t = negativt ? v.substring(1) : v;
        if (!arTal(t, separator == ';')) {
            return separator == ',' ? "import.kontroll.inte-tal-komma" : "import.kontroll.inte-tal";
        }
        if (negativt) {
            return "import.kontroll.negativt";
        }
        int punkt = Math.max(t.indexOf('.'), t.indexOf(','));
        int decimaler = punkt < 0 ? 0 : t.length() - punkt - 1;
        int heltalssiffror = (punkt < 0 ? t.length() : punkt) - ledandeNollor(t);
        if (decimaler > 2) {
            return "import.kontroll.decimaler";
        }
        if (heltalssiffror > MAX_HELTALSSIFFROR) {
            return "import.kontroll.for-manga-siffror";
        }
        return null;
    }

    /** Digits, optionally a decimal mark ({@code .}, or also {@code ,} when allowed) and more digits. */
    private static boolean arTal(String t, boolean kommaTillatet) {
        int i = 0;
        int n = t.length();
        while (i < n && Character.isDigit(t.charAt(i)) && t.charAt(i) < 128) {
            i++;
        }
        if (i == 0) {
            return false;
        }
        if (i == n) {
            return true;
        }
        char c = t.charAt(i);
        if (c != '.' && !(kommaTillatet && c == ',')) {
            return false;
        }
        int decimaler = ++i;
        while (i < n && Character.isDigit(t.charAt(i)) && t.charAt(i) < 128) {
            i++;
        }
        return i == n && i > decimaler;
    }

    private static int ledandeNollor(String t) {
        int i = 0;
        while (i < t.length() - 1 && t.charAt(i) == '0' && Character.isDigit(t.charAt(i + 1))) {
            i++;
        }
        return i;
    }

    private static Integer heltal(long rad, String kolumn, String v, List<ImportFel> fel) {
        String t = v.startsWith("-") ? v.substring(1) : v;
        if (v.isEmpty()) {
            fel.add(new ImportFel(rad, kolumn, v, "import.kontroll.saknas"));
        } else if (!HELTAL.matcher(t).matches()) {
            fel.add(new ImportFel(
                    rad,
                    kolumn,
                    v,
                    t.matches("\\d+[.,]\\d+") ? "import.kontroll.inte-heltal" : "import.kontroll.inte-tal"));
        } else if (v.startsWith("-")) {
            fel.add(new ImportFel(rad, kolumn, v, "import.kontroll.negativt"));
        } else if (t.length() > 10 || Long.parseLong(t) > Integer.MAX_VALUE) {
            fel.add(new ImportFel(rad, kolumn, v, "import.kontroll.for-stort"));
        } else {
            return Integer.valueOf(t);
        }
        return null;
    }

    /** Splits a line; a field wholly inside double quotes loses them, surrounding blanks are dropped. */
    static String[] dela(String rad, char separator) {
        List<String> falt = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= rad.length(); i++) {
            if (i == rad.length() || rad.charAt(i) == separator) {
                String v = rad.substring(start, i).strip();
                if (v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"")) {
                    v = v.substring(1, v.length() - 1).strip();
                }
                falt.add(v);
                start = i + 1;
            }
        }
        return falt.toArray(String[]::new);
    }
}
