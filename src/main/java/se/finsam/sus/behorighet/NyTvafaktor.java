package se.finsam.sus.behorighet;

/** A freshly generated second-factor secret, shown once as a QR code (the URI) and as text. */
public record NyTvafaktor(String hemlighet, String otpauthUri) {}
