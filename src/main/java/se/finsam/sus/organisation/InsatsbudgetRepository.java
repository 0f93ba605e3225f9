package se.finsam.sus.organisation;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface InsatsbudgetRepository extends JpaRepository<Insatsbudget, Long> {

    List<Insatsbudget> findByInsatsIdOrderByAr(long insatsId);

    Optional<Insatsbudget> findByInsatsIdAndAr(long insatsId, int ar);

    boolean existsByInsatsId(long insatsId);

    /** The budgeted total (personal + lokal + övrigt) of all the organisation's insatser in a year. */
    @Query("""
            select coalesce(sum(b.personalBudget + b.lokalBudget + b.ovrigtBudget), 0) from Insatsbudget b
            where b.ar = :ar and b.insatsId in (select i.id from Insats i where i.organisationId = :organisationId)
            """)
    BigDecimal insatsernasBudget(long organisationId, int ar);
}
