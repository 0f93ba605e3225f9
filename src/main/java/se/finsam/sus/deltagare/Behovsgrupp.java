package se.finsam.sus.deltagare;

/**
 * The national council's prioriterade behovsgrupper; a participant may belong to several of them, or none (a set,
 * rows of {@code deltagande_behovsgrupp}).
 */
public enum Behovsgrupp {
    LANGTIDSSJUKSKRIVNA,
    UNGA_FUNKTIONSNEDSATTNING,
    UNGA_AKTIVITETSERSATTNING
}
