package se.finsam.sus.deltagare;

/** Why a participation ended. {@link #FELREGISTRERING} removes the participation from every report. */
public enum Avslutsanledning {
    ARBETE,
    STUDIER,
    ARBETSSOKANDE,
    ANNAN_INSATS,
    SJUKDOM,
    FLYTTAT,
    AVBRUTIT,
    ANNAT,
    FELREGISTRERING
}
