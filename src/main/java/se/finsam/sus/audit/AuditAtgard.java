package se.finsam.sus.audit;

/** What happened. Features add their own actions here, so that the log can be searched by action. */
public enum AuditAtgard {
    INLOGGNING_LYCKADES,
    INLOGGNING_MISSLYCKADES,
    INLOGGNING_SPARRAD,
    KONTO_LAST,
    ANVANDARE_SKAPAD,
    ATKOMST_NEKAD,
    FORSORJNING_IMPORT,
    FORSORJNING_IMPORT_AVVISAD
}
