package se.finsam.sus.audit;

/** What happened. Features add their own actions here, so that the log can be searched by action. */
public enum AuditAtgard {
    INLOGGNING_LYCKADES,
    INLOGGNING_MISSLYCKADES,
    INLOGGNING_SPARRAD,
    KONTO_LAST,
    ANVANDARE_SKAPAD,
    ATKOMST_NEKAD,
    ANVANDARE_ANDRAD,
    ANVANDARE_AKTIVERAD,
    ANVANDARE_INAKTIVERAD,
    KONTO_UPPLAST,
    LOSENORD_BYTT,
    LOGG_EXPORTERAD,
    LOSENORD_GODKANT,
    TVAFAKTOR_FEL,
    TVAFAKTOR_REGISTRERAD
}
