package se.finsam.sus.organisation;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import se.finsam.sus.base.ValideringsException;
import se.finsam.sus.base.VersioneradEntitet;

/** A samverkansorganisation's budget for one calendar year: medel per finansiär, eget kapital, förvaltning. */
@Entity
@Table(name = "samverkansbudget")
class Samverkansbudget extends VersioneradEntitet {

    private long organisationId;
    private int ar;
    private BigDecimal egetKapital;
    private BigDecimal forvaltningPersonalBudget;
    private BigDecimal forvaltningPersonalUtfall;
    private BigDecimal forvaltningLokalBudget;
    private BigDecimal forvaltningLokalUtfall;
    private BigDecimal forvaltningOvrigtBudget;
    private BigDecimal forvaltningOvrigtUtfall;

    @ElementCollection
    @CollectionTable(name = "samverkansbudget_finansiar", joinColumns = @JoinColumn(name = "samverkansbudget_id"))
    @OrderColumn(name = "rad")
    private List<FinansiarPost> finansiarer = new ArrayList<>();

    protected Samverkansbudget() {}

    Samverkansbudget(long organisationId, int ar) {
        this.organisationId = organisationId;
        this.ar = ar;
    }

    void andra(SamverkansbudgetUppgifter u) {
        List<FinansiarMedel> medel = u.finansiarer() == null ? List.of() : u.finansiarer();
        if (medel.stream().anyMatch(m -> m.finansiar() == null || m.finansiar().isBlank() || m.typ() == null)) {
            throw new ValideringsException("budget.fel.finansiar");
        }
        egetKapital = Belopp.kontrollera(u.egetKapital());
        forvaltningPersonalBudget = Belopp.kontrollera(u.forvaltningPersonalBudget());
        forvaltningPersonalUtfall = Belopp.kontrollera(u.forvaltningPersonalUtfall());
        forvaltningLokalBudget = Belopp.kontrollera(u.forvaltningLokalBudget());
        forvaltningLokalUtfall = Belopp.kontrollera(u.forvaltningLokalUtfall());
        forvaltningOvrigtBudget = Belopp.kontrollera(u.forvaltningOvrigtBudget());
        forvaltningOvrigtUtfall = Belopp.kontrollera(u.forvaltningOvrigtUtfall());
        finansiarer.clear();
        medel.forEach(m -> finansiarer.add(new FinansiarPost(m)));
    }

    /** With totals; {@code insatsernasBudget} is the sum of the year's insatsbudgetar of the organisation. */
    SamverkansbudgetRad rad(BigDecimal insatsernasBudget) {
        BigDecimal medel =
                Belopp.summa(finansiarer.stream().map(FinansiarPost::belopp).toArray(BigDecimal[]::new));
        BigDecimal tillgangligt = medel.add(egetKapital);
        BigDecimal forvaltningBudget =
                Belopp.summa(forvaltningPersonalBudget, forvaltningLokalBudget, forvaltningOvrigtBudget);
        BigDecimal forvaltningUtfall =
                Belopp.summa(forvaltningPersonalUtfall, forvaltningLokalUtfall, forvaltningOvrigtUtfall);
        BigDecimal insatser = Belopp.summa(insatsernasBudget);
        return new SamverkansbudgetRad(
                getId(),
                getVersion(),
                organisationId,
                ar,
                finansiarer.stream().map(FinansiarPost::medel).toList(),
                egetKapital,
                forvaltningPersonalBudget,
                forvaltningPersonalUtfall,
                forvaltningLokalBudget,
                forvaltningLokalUtfall,
                forvaltningOvrigtBudget,
                forvaltningOvrigtUtfall,
                medel,
                tillgangligt,
                forvaltningBudget,
                forvaltningUtfall,
                insatser,
                tillgangligt.subtract(forvaltningBudget).subtract(insatser));
    }

    int getAr() {
        return ar;
    }
}
