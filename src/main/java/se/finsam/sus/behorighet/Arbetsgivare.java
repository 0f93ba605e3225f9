package se.finsam.sus.behorighet;

/**
 * The kind of organisation a user works for. Only staff of an authority (the first four) may be
 * deltagaransvarig or behörighetsadministratör; förbund staff administer but never see personal data.
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

    /** Kommuner and regioner are many: which one is named by the employer's name, FK and AF are one each. */
    public boolean namngesAvNamn() {
        return this == KOMMUN || this == REGION;
    }
}
