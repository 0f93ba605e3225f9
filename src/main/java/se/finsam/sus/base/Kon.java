package se.finsam.sus.base;

/** Kön as reported; derived from the identity number at entry and overridable by the handläggare. */
public enum Kon {
    KVINNA,
    MAN,
    /** Other or unknown. */
    ANNAT
}
