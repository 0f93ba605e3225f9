package se.finsam.sus.rapport;

/** The level of a report's unit, from the whole country down to one insats. */
public enum Niva {
    RIKET,
    LAN,
    FORBUND,
    INSATS;

    /** The level the "compare" option splits into; none below an insats. */
    public Niva under() {
        return switch (this) {
            case RIKET -> LAN;
            case LAN -> FORBUND;
            case FORBUND, INSATS -> INSATS;
        };
    }
}
