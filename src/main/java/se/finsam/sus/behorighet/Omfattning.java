package se.finsam.sus.behorighet;

/**
 * What an uppdrag covers: one samverkansorganisation, one insats, or (for rapportläsare) one län or the whole
 * country. A rapportläsare with {@code ORGANISATION} reads the reports of that förbund.
 */
public enum Omfattning {
    ORGANISATION,
    INSATS,
    LAN,
    RIKET
}
