package se.finsam.sus.deltagare;

import java.time.Instant;

/** One corrected field of a participation: who, when, old and new value (identity numbers masked). */
public record Andring(Instant tidpunkt, String anvandare, String falt, String gammaltVarde, String nyttVarde) {}
