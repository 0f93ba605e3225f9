package se.finsam.sus.behorighet;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface UppdragRepository extends JpaRepository<Uppdrag, Long> {

    @Query("select u from Uppdrag u where u.anvandareId = :anvandareId order by u.slutdatum desc")
    List<Uppdrag> allaFor(long anvandareId);

    /**
     * Active on the given day: started and not yet past the end date (which is inclusive); the user's own, and
     * those where the user is the deputy of a delegated uppdrag.
     */
    @Query("""
            select u from Uppdrag u
            where (u.anvandareId = :anvandareId or (u.ersattareId = :anvandareId and u.delegerat = true))
              and u.startdatum <= :dag and u.slutdatum >= :dag
            """)
    List<Uppdrag> aktivaFor(long anvandareId, LocalDate dag);

    List<Uppdrag> findByOrganisationIdOrderBySlutdatumDesc(long organisationId);

    List<Uppdrag> findByInsatsIdOrderBySlutdatumDesc(long insatsId);
}
