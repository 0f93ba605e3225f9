package se.finsam.sus.organisation;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;

/** One row of {@code samverkansbudget_finansiar}. */
@Embeddable
class FinansiarPost {

    private String finansiar;

    @Enumerated(EnumType.STRING)
    private FinansiarTyp typ;

    private BigDecimal belopp;

    protected FinansiarPost() {}

    FinansiarPost(FinansiarMedel m) {
        this.finansiar = m.finansiar().strip();
        this.typ = m.typ();
        this.belopp = Belopp.kontrollera(m.belopp());
    }

    FinansiarMedel medel() {
        return new FinansiarMedel(finansiar, typ, belopp);
    }
}
