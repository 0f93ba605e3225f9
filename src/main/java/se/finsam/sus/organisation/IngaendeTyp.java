package se.finsam.sus.organisation;

/** The kind of an ingående organisation; a kommun or a region also has a name. */
public enum IngaendeTyp {
    FORSAKRINGSKASSAN,
    ARBETSFORMEDLINGEN,
    KOMMUN,
    REGION;

    /** Does this kind need a name (a kommun or a region)? */
    public boolean harNamn() {
        return this == KOMMUN || this == REGION;
    }
}
