package se.finsam.sus.organisation;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import se.finsam.sus.base.ValideringsException;
import se.finsam.sus.base.VersioneradEntitet;

/**
 * An insats's budget and utfall for one calendar year, with the other financiers of that year
 * ({@code insats_medfinansiering}, saved and versioned with the year).
 */
@Entity
@Table(name = "insatsbudget")
class Insatsbudget extends VersioneradEntitet {

    /** The longest name of a financier ({@code insats_medfinansiering.finansiar varchar(200)}). */
    static final int FINANSIAR_MAX = 200;

    private long insatsId;
    private int ar;
    private int planeradeDeltagare;

    @Embedded
    private KostnadsBelopp kostnader = new KostnadsBelopp();

    @ElementCollection
    @CollectionTable(name = "insats_medfinansiering", joinColumns = @JoinColumn(name = "insatsbudget_id"))
    @OrderColumn(name = "rad")
    private List<MedfinansieringPost> medfinansiering = new ArrayList<>();

    protected Insatsbudget() {}

    Insatsbudget(long insatsId, int ar) {
        this.insatsId = insatsId;
        this.ar = ar;
    }

    /** Checks everything first, so that a refusal leaves the year as it was. */
    void andra(InsatsbudgetUppgifter u) {
        if (u.planeradeDeltagare() < 0) {
            throw new ValideringsException("budget.fel.deltagare");
        }
        KostnadsBelopp nya = new KostnadsBelopp();
        nya.andra(u.kostnader());
        List<Medfinansiering> rader = kontrollera(u.medfinansiering());
        BigDecimal medfinansierat =
                Belopp.summa(rader.stream().map(Medfinansiering::budget).toArray(BigDecimal[]::new));
        // The part financed by others is part of the budget; more than the whole would make the förbund's
        // share negative and its cost per participant meaningless.
        if (medfinansierat.compareTo(nya.kostnader().summaBudget()) > 0) {
            throw new ValideringsException("budget.fel.ovriga-finansiarer");
        }
        planeradeDeltagare = u.planeradeDeltagare();
        kostnader = nya;
        medfinansiering.clear();
        rader.forEach(m -> medfinansiering.add(new MedfinansieringPost(m)));
    }

    /** Names given, at most 200 characters and unique (ignoring case); amounts as {@link Belopp}. */
    private static List<Medfinansiering> kontrollera(List<Medfinansiering> lista) {
        List<Medfinansiering> rader = new ArrayList<>();
        Set<String> namn = new HashSet<>();
        for (Medfinansiering m : lista == null ? List.<Medfinansiering>of() : lista) {
            if (m == null || m.finansiar() == null || m.finansiar().isBlank()) {
                throw new ValideringsException("insats.fel.finansiar-namn");
            }
            String finansiar = m.finansiar().strip();
            if (finansiar.length() > FINANSIAR_MAX) {
                throw new ValideringsException("budget.fel.medfinansiar-langd", FINANSIAR_MAX);
            }
            if (!namn.add(finansiar.toLowerCase(Locale.ROOT))) {
                throw new ValideringsException("insats.fel.finansiar-dubblett", finansiar);
            }
            rader.add(new Medfinansiering(finansiar, Belopp.kontrollera(m.budget()), Belopp.kontrollera(m.utfall())));
        }
        return rader;
    }

    InsatsbudgetRad rad() {
        return new InsatsbudgetRad(
                getId(),
                getVersion(),
                insatsId,
                new InsatsbudgetUppgifter(
                        ar,
                        planeradeDeltagare,
                        kostnader.kostnader(),
                        medfinansiering.stream()
                                .map(MedfinansieringPost::medfinansiering)
                                .toList()));
    }

    long getInsatsId() {
        return insatsId;
    }
}
