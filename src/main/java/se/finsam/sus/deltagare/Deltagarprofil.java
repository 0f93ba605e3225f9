package se.finsam.sus.deltagare;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import se.finsam.sus.base.Kon;

/**
 * The participant at entry, as recorded: kön, åldersgrupp (from the birth date and the start date), hemkommun (SCB
 * code), utbildningsnivå (null: not recorded), remitterande myndighet, tid i utanförskap and whether the participant
 * was aktivt arbetssökande. Shared by the checked entry, the participation shown and the generated demo
 * participations, and embedded as it is in {@link Deltagande} (its columns of table {@code deltagande}). The
 * prioriterade behovsgrupper are a set beside it ({@code Deltagande.behovsgrupper}).
 */
@Embeddable
public record Deltagarprofil(
        @Enumerated(EnumType.STRING) Kon kon,
        @Enumerated(EnumType.STRING) Aldersgrupp aldersgrupp,
        String hemkommun,
        @Enumerated(EnumType.STRING) Utbildningsniva utbildningsniva,
        @Enumerated(EnumType.STRING) Myndighet remitterande,

        @Enumerated(EnumType.STRING) @Column(name = "tid_i_utanforskap")
        TidIUtanforskap tidIUtanforskap,

        @Column(name = "arbetssokande_start") boolean arbetssokande) {}
