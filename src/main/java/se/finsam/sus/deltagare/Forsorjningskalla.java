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
    INGEN
}
