package se.finsam.sus.behorighet;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import se.finsam.sus.base.Roll;

interface BestallningRepository extends JpaRepository<Bestallning, Long> {

    /** Beställningar for users of the employer ({@link Arbetsplats}): the WHERE clause is the scope. */
    String I_ARBETSPLATS = " a.id = b.anvandareId and a.arbetsgivare = :arbetsgivare"
            + " and (:namn is null or lower(trim(a.arbetsgivareNamn)) = :namn)";

    @Query("select b from Bestallning b, Anvandare a where b.status = :status and" + I_ARBETSPLATS
            + " order by b.bestalld, b.id")
    List<Bestallning> iArbetsplats(BestallningStatus status, Arbetsgivare arbetsgivare, String namn);

    @Query("select b from Bestallning b, Anvandare a where b.id = :id and" + I_ARBETSPLATS)
    Optional<Bestallning> iArbetsplats(long id, Arbetsgivare arbetsgivare, String namn);

    /** A waiting beställning of the same uppdrag (user, role, scope), so that none is asked twice. */
    @Query("select count(b) > 0 from Bestallning b where b.status = se.finsam.sus.behorighet.BestallningStatus.VANTAR"
            + " and b.anvandareId = :anvandareId and b.roll = :roll and b.organisationId = :organisationId"
            + " and ((:insatsId is null and b.insatsId is null) or b.insatsId = :insatsId)")
    boolean vantarRedan(long anvandareId, Roll roll, long organisationId, Long insatsId);

    boolean existsByAnvandareId(long anvandareId);

    /** Ids of decided beställningar (approved or rejected) decided before {@code grans}, at most {@code hogst}. */
    @Query("select b.id from Bestallning b where b.status <> se.finsam.sus.behorighet.BestallningStatus.VANTAR"
            + " and b.beslutad < :grans order by b.id")
    List<Long> beslutadeFore(Instant grans, Limit hogst);

    /** Deletes those of {@code ids} still decided before {@code grans}; how many (0 for ids already gone). */
    @Modifying
    @Query("delete from Bestallning b where b.id in :ids"
            + " and b.status <> se.finsam.sus.behorighet.BestallningStatus.VANTAR and b.beslutad < :grans")
    int raderaBeslutade(Collection<Long> ids, Instant grans);

    List<Bestallning> findByOrganisationIdOrderByBestalldDesc(long organisationId);

    List<Bestallning> findByInsatsIdOrderByBestalldDesc(long insatsId);
}
