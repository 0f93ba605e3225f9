package se.finsam.sus.deltagare;

/** The national council's prioriterade behovsgrupper; a participant belongs to at most one, or none. */
public enum Behovsgrupp {
    LANGTIDSSJUKSKRIVNA,
    UNGA_FUNKTIONSNEDSATTNING,
    UNGA_AKTIVITETSERSATTNING
}
