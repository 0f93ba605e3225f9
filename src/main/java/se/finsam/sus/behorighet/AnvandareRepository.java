package se.finsam.sus.behorighet;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import se.finsam.sus.base.Roll;

interface AnvandareRepository extends JpaRepository<Anvandare, Long> {

    Optional<Anvandare> findByAnvandarnamn(String anvandarnamn);

    boolean existsByAnvandarnamn(String anvandarnamn);

    Optional<Anvandare> findByElegitimationHash(String elegitimationHash);

    @Query("select a from Anvandare a join a.roller r where r = :roll and a.aktiv = true order by a.namn")
    java.util.List<Anvandare> aktivaMedRoll(Roll roll);

    @Query("select count(a) > 0 from Anvandare a join a.roller r where r = :roll and a.aktiv = true")
    boolean existsAktivMedRoll(Roll roll);

    /**
     * The roles of an active user as stored now; empty for a deactivated or unknown user (an active user always
     * has at least one role).
     */
    @Query("select r from Anvandare a join a.roller r where a.id = :id and a.aktiv = true")
    java.util.Set<Roll> rollerForAktiv(long id);
}
