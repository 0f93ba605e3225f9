package se.finsam.sus.deltagare;

/** The authorities behind Finsam: who remitted a participant, and between whom consent allows information exchange. */
public enum Myndighet {
    FORSAKRINGSKASSAN,
    ARBETSFORMEDLINGEN,
    KOMMUN,
    REGION,
    /** Remitted by someone else (e.g. on the person's own initiative); not used for consent. */
    ANNAN
}
