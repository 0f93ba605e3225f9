package se.finsam.sus.deltagare;

import java.time.LocalDate;

/**
 * Exit: date (not before entry), reason, försörjning at exit with the same fields as at entry, and whether the
 * participant was aktivt arbetssökande at exit (not kept when nothing is recorded at exit, a felregistrering
 * without försörjning).
 */
public record Utskrivning(
        LocalDate slutdatum, Avslutsanledning anledning, Forsorjning forsorjningVidSlut, boolean arbetssokande) {}
