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
     * lokal + övrigt) less the parts other financiers pay, which are not paid from the organisation's means.
     */
    @Query("""
            select coalesce(sum(b.personalBudget + b.lokalBudget + b.ovrigtBudget
                - coalesce(b.ovrigaFinansiarer, 0)), 0) from Insatsbudget b
            where b.ar = :ar and b.insatsId in (select i.id from Insats i where i.organisationId = :organisationId)
            """)
    BigDecimal insatsernasBudget(long organisationId, int ar);
}
