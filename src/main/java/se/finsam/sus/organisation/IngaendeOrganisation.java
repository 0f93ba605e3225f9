package se.finsam.sus.organisation;

/**
 * A member (party) of a samverkansorganisation: Försäkringskassan, Arbetsförmedlingen, a kommun (by its SCB code;
 * the name is filled in from the kommun list) or a region (by name), with its role.
 */
public record IngaendeOrganisation(IngaendeTyp typ, String kommunKod, String namn, IngaendeRoll roll) {

    public static IngaendeOrganisation forsakringskassan(IngaendeRoll roll) {
        return new IngaendeOrganisation(IngaendeTyp.FORSAKRINGSKASSAN, null, null, roll);
    }

    public static IngaendeOrganisation arbetsformedlingen(IngaendeRoll roll) {
        return new IngaendeOrganisation(IngaendeTyp.ARBETSFORMEDLINGEN, null, null, roll);
    }

    public static IngaendeOrganisation kommun(String kommunKod, IngaendeRoll roll) {
        return new IngaendeOrganisation(IngaendeTyp.KOMMUN, kommunKod, null, roll);
    }

    public static IngaendeOrganisation region(String namn, IngaendeRoll roll) {
        return new IngaendeOrganisation(IngaendeTyp.REGION, null, namn, roll);
    }
}
