package se.finsam.sus.organisation;

/** What an ingående organisation does in the samverkansorganisation. */
public enum IngaendeRoll {
    FINANSIAR,
    DELTAGANDE
}
