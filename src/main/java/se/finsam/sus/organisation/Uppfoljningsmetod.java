package se.finsam.sus.organisation;

/** Whether participants are followed individually (with consent) or only counted. */
public enum Uppfoljningsmetod {
    INDIVID,
    ENDAST_ANTAL
}
