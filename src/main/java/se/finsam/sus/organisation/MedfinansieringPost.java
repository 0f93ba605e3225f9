package se.finsam.sus.organisation;

import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

/** One row of {@code insats_medfinansiering}: a financier of one insatsbudget year. */
@Embeddable
class MedfinansieringPost {

    private String finansiar;
    private BigDecimal budget;
    private BigDecimal utfall;

    protected MedfinansieringPost() {}

    /** {@code m} must already be checked ({@link Insatsbudget#andra}). */
    MedfinansieringPost(Medfinansiering m) {
        this.finansiar = m.finansiar();
        this.budget = m.budget();
        this.utfall = m.utfall();
    }

    Medfinansiering medfinansiering() {
        return new Medfinansiering(finansiar, budget, utfall);
    }
}
