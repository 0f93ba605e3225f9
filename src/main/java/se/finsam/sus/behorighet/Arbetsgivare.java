package se.finsam.sus.behorighet;

/**
 * The kind of organisation a user works for. Only staff of an authority (the first four) may be
 * deltagaransvarig; förbund staff administer but never see personal data.
 */
public enum Arbetsgivare {
    FORSAKRINGSKASSAN,
    ARBETSFORMEDLINGEN,
    KOMMUN,
    REGION,
    SAMORDNINGSFORBUND;

    public boolean arMyndighet() {
        return this != SAMORDNINGSFORBUND;
    }
}
