package se.finsam.sus.deltagare;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface DeltagandeRepository extends JpaRepository<Deltagande, Long> {

    boolean existsByInsatsId(long insatsId);

    /**
     * Another participation of the same person in the same insats whose period overlaps {@code start..slut}
     * ({@code slut} far ahead for an open end); felregistrerade ones do not count.
     */
    @Query("""
            select count(d) > 0 from Deltagande d where d.insatsId = :insatsId and d.identitetHash = :hash
            and d.id <> :utom and (d.avslutsanledning is null
                or d.avslutsanledning <> se.finsam.sus.deltagare.Avslutsanledning.FELREGISTRERING)
            and d.startdatum <= :slut and (d.slutdatum is null or d.slutdatum >= :start)""")
    boolean overlappar(long insatsId, String hash, long utom, LocalDate start, LocalDate slut);

    /** The person's participations in the given insatser (the user's scope), newest entry first. */
    @Query("""
            select d from Deltagande d where d.identitetHash = :hash and d.insatsId in :insatser
            order by d.startdatum desc, d.id desc""")
    List<Deltagande> forPerson(String hash, Collection<Long> insatser);

    /** Participations that ended before {@code grans}, oldest id first, at most {@code hogst} (the gallring). */
    @Query("select d from Deltagande d where d.slutdatum < :grans order by d.id")
    List<Deltagande> avslutadeFore(LocalDate grans, Limit hogst);
}
