package se.finsam.sus.deltagare;

import java.time.LocalDate;

/** Exit: date (not before entry), reason, and försörjning at exit with the same fields as at entry. */
public record Utskrivning(LocalDate slutdatum, Avslutsanledning anledning, Forsorjning forsorjningVidSlut) {}
