package se.finsam.sus.deltagare;

/** How long the person has lacked own support through work, at entry. */
public enum TidIUtanforskap {
    UNDER_1_AR,
    AR_1_2,
    AR_2_5,
    AR_5_10,
    OVER_10_AR,
    OKANT
}
