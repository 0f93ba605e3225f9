package se.finsam.sus.forsorjning;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The nine benefits of the försörjningsmått, with the codes used in files, API and code. */
public enum Forman {
    SJP(Grupp.OHALSA),
    SA(Grupp.OHALSA),
    AE(Grupp.OHALSA),
    AKASSA(Grupp.ARBETSMARKNAD),
    AKST(Grupp.ARBETSMARKNAD),
    ETAB(Grupp.ARBETSMARKNAD),
    EKB(Grupp.EKONOMISKT_BISTAND),
    EKB_FLYKT(Grupp.EKONOMISKT_BISTAND),
    INTRO(Grupp.EKONOMISKT_BISTAND);

    /** The benefit groups. */
    public enum Grupp {
        OHALSA,
        ARBETSMARKNAD,
        EKONOMISKT_BISTAND
    }

    private final Grupp grupp;

    Forman(Grupp grupp) {
        this.grupp = grupp;
    }

    public Grupp grupp() {
        return grupp;
    }

    /**
     * Every series the measure is shown for, in the API's order: TOTALT, the nine benefits, the three groups and
     * the ekonomiskt-bistånd views EKB_EXKL (= EKB) and EKB_INKL (= EKB + EKB_FLYKT + INTRO).
     */
    public static Map<String, Set<Forman>> serier() {
        Map<String, Set<Forman>> serier = new LinkedHashMap<>();
        serier.put("TOTALT", EnumSet.allOf(Forman.class));
        for (Forman f : values()) {
            serier.put(f.name(), EnumSet.of(f));
        }
        for (Grupp g : Grupp.values()) {
            EnumSet<Forman> i = EnumSet.noneOf(Forman.class);
            Arrays.stream(values()).filter(f -> f.grupp == g).forEach(i::add);
            serier.put(g.name(), i);
        }
        serier.put("EKB_EXKL", EnumSet.of(EKB));
        serier.put("EKB_INKL", EnumSet.of(EKB, EKB_FLYKT, INTRO));
        return serier;
    }

    /** The series names in order (the API's keys and the CSV export's columns). */
    public static List<String> serienamn() {
        return List.copyOf(serier().keySet());
    }

    static boolean arKod(String kod) {
        return KODER.containsKey(kod);
    }

    /** The benefit with the code; faster than {@link #valueOf} for codes known to be valid (one per import row). */
    static Forman avKod(String kod) {
        return KODER.get(kod);
    }

    private static final Map<String, Forman> KODER =
            Arrays.stream(values()).collect(java.util.stream.Collectors.toUnmodifiableMap(Forman::name, f -> f));
}
