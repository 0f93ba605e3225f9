package se.finsam.sus.deltagare;

import se.finsam.sus.base.Kon;

/**
 * The participant at entry, as recorded: kön, åldersgrupp (from the birth date and the start date), hemkommun (SCB
 * code), prioriterad behovsgrupp (null: none), remitterande myndighet and tid i utanförskap. Shared by the checked
 * entry, the participation shown and the generated demo participations.
 */
public record Deltagarprofil(
        Kon kon,
        Aldersgrupp aldersgrupp,
        String hemkommun,
        Behovsgrupp behovsgrupp,
        Myndighet remitterande,
        TidIUtanforskap tidIUtanforskap) {}
