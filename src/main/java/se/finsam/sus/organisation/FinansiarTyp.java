package se.finsam.sus.organisation;

/** Who provides money to a samverkansorganisation. */
public enum FinansiarTyp {
    FORSAKRINGSKASSAN,
    ARBETSFORMEDLINGEN,
    KOMMUN,
    REGION,
    OVRIG
}
