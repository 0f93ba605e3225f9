package se.finsam.sus.organisation;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface InsatsbudgetRepository extends JpaRepository<Insatsbudget, Long> {

    List<Insatsbudget> findByInsatsIdOrderByAr(long insatsId);

    Optional<Insatsbudget> findByInsatsIdAndAr(long insatsId, int ar);

    List<Insatsbudget> findByInsatsIdInAndArIn(Collection<Long> insatsIds, Collection<Integer> ar);

    boolean existsByInsatsId(long insatsId);

    /**
     * What the organisation's insatser cost the organisation itself in a year: their budgeted totals (personal +
     * lokal + övrigt) less the parts other financiers pay ({@code insats_medfinansiering}), which are not paid from
     * the organisation's means.
     */
    default BigDecimal insatsernasBudget(long organisationId, int ar) {
        return summaBudget(organisationId, ar).subtract(summaMedfinansiering(organisationId, ar));
    }

    @Query("""
            select coalesce(sum(b.kostnader.personalBudget + b.kostnader.lokalBudget + b.kostnader.ovrigtBudget), 0)
            from Insatsbudget b
            where b.ar = :ar and b.insatsId in (select i.id from Insats i where i.organisationId = :organisationId)
            """)
    BigDecimal summaBudget(long organisationId, int ar);

    @Query("""
            select coalesce(sum(m.budget), 0) from Insatsbudget b join b.medfinansiering m
            where b.ar = :ar and b.insatsId in (select i.id from Insats i where i.organisationId = :organisationId)
            """)
    BigDecimal summaMedfinansiering(long organisationId, int ar);
}
