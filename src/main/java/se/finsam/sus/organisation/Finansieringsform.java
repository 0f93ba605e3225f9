package se.finsam.sus.organisation;

/** How a samverkansorganisation is financed. */
public enum Finansieringsform {
    /** Samordningsförbund: FK, AF, kommun(er) and region(er). */
    FINSAM,
    /** FK and a region. */
    TVAPARTSFINSAM,
    /** FK and AF samverkansområde. */
    HANDLINGSPLAN
}
