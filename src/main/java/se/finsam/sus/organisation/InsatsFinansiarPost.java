package se.finsam.sus.organisation;

import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

/** One row of {@code insats_finansiar}. */
@Embeddable
class InsatsFinansiarPost {

    private String namn;
    private BigDecimal belopp;

    protected InsatsFinansiarPost() {}

    InsatsFinansiarPost(AnnanFinansiar f) {
        this.namn = f.namn();
        this.belopp = f.belopp();
    }

    AnnanFinansiar finansiar() {
        return new AnnanFinansiar(namn, belopp);
    }
}
