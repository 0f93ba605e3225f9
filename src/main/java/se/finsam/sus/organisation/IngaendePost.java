package se.finsam.sus.organisation;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** One row of {@code organisation_ingaende}. */
@Embeddable
class IngaendePost {

    @Enumerated(EnumType.STRING)
    private IngaendeTyp typ;

    private String kommunKod;
    private String namn;

    @Enumerated(EnumType.STRING)
    private IngaendeRoll roll;

    protected IngaendePost() {}

    /** {@code o} must already be validated and, for a kommun, carry the kommun's name. */
    IngaendePost(IngaendeOrganisation o) {
        this.typ = o.typ();
        this.kommunKod = o.kommunKod();
        this.namn = o.namn();
        this.roll = o.roll();
    }

    IngaendeOrganisation organisation() {
        return new IngaendeOrganisation(typ, kommunKod, namn, roll);
    }
}
