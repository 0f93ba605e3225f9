package se.finsam.sus.behorighet;

import java.time.Instant;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
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

    // The login failure count and lock, changed only by these atomic updates (see Inloggningsforsok).

    /** Counts one attempt, unless the account is locked; 0 when locked or unknown. */
    @Modifying(flushAutomatically = true)
    @Query("update Anvandare a set a.misslyckadeInloggningar = a.misslyckadeInloggningar + 1"
            + " where a.anvandarnamn = :namn and (a.lastTill is null or a.lastTill <= :nu)")
    int raknaForsok(String namn, Instant nu);

    /** Gives back one counted attempt (a right password before the second factor). */
    @Modifying(flushAutomatically = true)
    @Query("update Anvandare a set a.misslyckadeInloggningar = a.misslyckadeInloggningar - 1"
            + " where a.anvandarnamn = :namn and a.misslyckadeInloggningar > 0")
    int aterlamnaForsok(String namn);

    /** Locks the account when it has counted {@code max} attempts and is not locked already; 1 when it locked. */
    @Modifying(flushAutomatically = true)
    @Query("update Anvandare a set a.lastTill = :till, a.misslyckadeInloggningar = 0"
            + " where a.anvandarnamn = :namn and a.misslyckadeInloggningar >= :max"
            + " and (a.lastTill is null or a.lastTill <= :nu)")
    int lasOmFullt(String namn, int max, Instant nu, Instant till);

    /** A successful login, or an administrator's unlock: no failures, no lock. */
    @Modifying(flushAutomatically = true)
    @Query("update Anvandare a set a.misslyckadeInloggningar = 0, a.lastTill = null where a.anvandarnamn = :namn")
    int nollstallForsok(String namn);

    /** Records a completed login (the gallring of deactivated users counts from it). */
    @Modifying(flushAutomatically = true)
    @Query("update Anvandare a set a.senastInloggad = :nu where a.anvandarnamn = :namn")
    int inloggad(String namn, Instant nu);

    /**
     * Deactivated users, not yet anonymised, whose last login (or, without one, their creation) was before
     * {@code grans}, lowest id first, at most {@code hogst} (the gallring).
     */
    @Query("""
            select a from Anvandare a where a.aktiv = false and a.anonymiserad = false
            and coalesce(a.senastInloggad, a.skapad) < :grans order by a.id""")
    java.util.List<Anvandare> inaktivaSedan(Instant grans, org.springframework.data.domain.Limit hogst);

    @Query("select a.misslyckadeInloggningar from Anvandare a where a.anvandarnamn = :namn")
    Optional<Integer> misslyckadeForsok(String namn);

    @Query("select a.lastTill from Anvandare a where a.anvandarnamn = :namn")
    Optional<Instant> lastTill(String namn);
}
