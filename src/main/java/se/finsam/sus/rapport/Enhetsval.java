package se.finsam.sus.rapport;

/** A unit the reader may choose, with its name and, for an insats, its förbund's name (for grouping in a list). */
public record Enhetsval(Enhet enhet, String namn, String forbund) {}
