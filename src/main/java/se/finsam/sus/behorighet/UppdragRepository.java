package se.finsam.sus.behorighet;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import se.finsam.sus.base.Roll;

interface UppdragRepository extends JpaRepository<Uppdrag, Long> {

    @Query("select u from Uppdrag u where u.anvandareId = :anvandareId order by u.slutdatum desc")
    List<Uppdrag> allaFor(long anvandareId);

    /**
     * Active on the given day: started and not yet past the end date (which is inclusive); the user's own, and
     * those where the user is the deputy of a delegated uppdrag. None for a deactivated user, so that
     * deactivation takes effect at once, also in a session that is still open.
     */
    @Query("""
            select u from Uppdrag u
            where (u.anvandareId = :anvandareId or (u.ersattareId = :anvandareId and u.delegerat = true))
              and u.startdatum <= :dag and u.slutdatum >= :dag
              and exists (select a.id from Anvandare a where a.id = :anvandareId and a.aktiv = true)
            """)
    List<Uppdrag> aktivaFor(long anvandareId, LocalDate dag);

    List<Uppdrag> findByOrganisationIdOrderBySlutdatumDesc(long organisationId);

    /** Ids of uppdrag that ended before {@code grans}, lowest first, at most {@code hogst} (the gallring). */
    @Query("select u.id from Uppdrag u where u.slutdatum < :grans order by u.id")
    List<Long> avslutadeFore(LocalDate grans, Limit hogst);

    /** Deletes those of {@code ids} that ended before {@code grans}; how many (0 for ids already gone). */
    @Modifying
    @Query("delete from Uppdrag u where u.id in :ids and u.slutdatum < :grans")
    int raderaAvslutade(Collection<Long> ids, LocalDate grans);

    List<Uppdrag> findByInsatsIdOrderBySlutdatumDesc(long insatsId);

    /**
     * Every uppdrag for the administrator's overview, filtered by the holder's name or user name (a lower-case
     * LIKE pattern, or null), the role (or null) and date bounds (each null for no bound); the page carries the
     * total count (a count query derived from this one).
     */
    @Query("""
            select u from Uppdrag u, Anvandare a
            where a.id = u.anvandareId
              and (:monster is null or lower(a.namn) like :monster or lower(a.anvandarnamn) like :monster)
              and (:roll is null or u.roll = :roll)
              and (:startFran is null or u.startdatum >= :startFran)
              and (:startTill is null or u.startdatum <= :startTill)
              and (:slutFran is null or u.slutdatum >= :slutFran)
              and (:slutTill is null or u.slutdatum <= :slutTill)
            order by u.slutdatum desc, u.id desc
            """)
    Page<Uppdrag> sok(
            String monster,
            Roll roll,
            LocalDate startFran,
            LocalDate startTill,
            LocalDate slutFran,
            LocalDate slutTill,
            Pageable page);
}
