package se.finsam.sus.behorighet;

/** Where a beställning stands: waiting for the authority's behörighetsadministratör, or decided. */
public enum BestallningStatus {
    VANTAR,
    GODKAND,
    AVVISAD
}
