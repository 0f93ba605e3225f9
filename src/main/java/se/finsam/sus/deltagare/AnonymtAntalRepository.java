package se.finsam.sus.deltagare;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface AnonymtAntalRepository extends JpaRepository<AnonymtAntal, Long> {

    boolean existsByInsatsId(long insatsId);

    List<AnonymtAntal> findByInsatsIdOrderByArDesc(long insatsId);

    Optional<AnonymtAntal> findByInsatsIdAndAr(long insatsId, int ar);
}
