package se.finsam.sus.deltagare;

/**
 * The participant's highest completed education at entry, a short list based on SUN 2020 (Svensk
 * utbildningsnomenklatur): förgymnasial, gymnasial, eftergymnasial shorter than 3 years, eftergymnasial 3 years or
 * longer, or unknown. Optional at entry (null: not recorded).
 */
public enum Utbildningsniva {
    FORGYMNASIAL,
    GYMNASIAL,
    /** Eftergymnasial utbildning shorter than 3 years. */
    EFTERGYMNASIAL_KORT,
    /** Eftergymnasial utbildning of 3 years or more. */
    EFTERGYMNASIAL_LANG,
    OKAND
}
