package se.finsam.sus.rapport;

/** What a report cell holds; only {@link #PERSONER} cells are protected against small counts in their own right. */
public enum Celltyp {
    /** Words: a row label, a name, a date. */
    TEXT,
    /** A count of participations or persons (including anonymous counts): suppressed when 1 to threshold − 1. */
    PERSONER,
    /** A count of something else (insatser, days, planned places): never suppressed. */
    ANTAL,
    /** Money, never suppressed. */
    KRONOR,
    /** A share in per cent (one decimal), hidden when a count it is built on is hidden. */
    ANDEL,
    /** A difference of person counts, hidden when a count it is built on is hidden. */
    FORANDRING
}
