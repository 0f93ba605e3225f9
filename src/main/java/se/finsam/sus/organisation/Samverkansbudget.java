package se.finsam.sus.organisation;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
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

    @Embedded
    @AttributeOverride(name = "personalBudget", column = @Column(name = "forvaltning_personal_budget"))
    @AttributeOverride(name = "personalUtfall", column = @Column(name = "forvaltning_personal_utfall"))
    @AttributeOverride(name = "lokalBudget", column = @Column(name = "forvaltning_lokal_budget"))
    @AttributeOverride(name = "lokalUtfall", column = @Column(name = "forvaltning_lokal_utfall"))
    @AttributeOverride(name = "ovrigtBudget", column = @Column(name = "forvaltning_ovrigt_budget"))
    @AttributeOverride(name = "ovrigtUtfall", column = @Column(name = "forvaltning_ovrigt_utfall"))
    private KostnadsBelopp forvaltning = new KostnadsBelopp();

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
        forvaltning.andra(u.forvaltning());
        finansiarer.clear();
        medel.forEach(m -> finansiarer.add(new FinansiarPost(m)));
    }

    /** With totals; {@code insatsernasBudget} is the sum of the year's insatsbudgetar of the organisation. */
    SamverkansbudgetRad rad(BigDecimal insatsernasBudget) {
        return new SamverkansbudgetRad(
                getId(),
                getVersion(),
                organisationId,
                new SamverkansbudgetUppgifter(
                        ar,
                        finansiarer.stream().map(FinansiarPost::medel).toList(),
                        egetKapital,
                        forvaltning.kostnader()),
                Belopp.summa(insatsernasBudget));
    }

    int getAr() {
        return ar;
    }
}
