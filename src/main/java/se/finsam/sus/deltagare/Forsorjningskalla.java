package se.finsam.sus.deltagare;

/** A source of support, ticked at entry and at exit (no percentages). */
public enum Forsorjningskalla {
    AKASSA,
    AKTIVITETSERSATTNING,
    AKTIVITETSSTOD,
    ETABLERINGSERSATTNING,
    EKONOMISKT_BISTAND,
    SJUKPENNING,
    SJUKERSATTNING,
    STUDIEMEDEL,
    LON,
    ANNAN,
    /** No support at all; never ticked together with another source. */
    INGEN;

    /*
     * The bit of each source in deltagande.forsorjning_start_bitar / _slut_bitar is 1 << its position here: a new
     * source goes at the END and its bit into the bit columns' recomputation (ForsorjningsbitarTest pins them).
     */

    /** This source's bit in a stored bit set. */
    public int bit() {
        return 1 << ordinal();
    }

    /** The bit set of some sources, as stored on the participation. */
    public static int bitar(java.util.Collection<Forsorjningskalla> kallor) {
        int bitar = 0;
        for (Forsorjningskalla k : kallor) {
            bitar |= k.bit();
        }
        return bitar;
    }

    /** The sources of a stored bit set, in this enum's order. */
    public static java.util.List<Forsorjningskalla> ur(int bitar) {
        return java.util.Arrays.stream(values())
                .filter(k -> (bitar & k.bit()) != 0)
                .toList();
    }
}
