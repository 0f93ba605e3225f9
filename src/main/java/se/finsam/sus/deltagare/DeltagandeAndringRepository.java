package se.finsam.sus.deltagare;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface DeltagandeAndringRepository extends JpaRepository<DeltagandeAndring, Long> {

    List<DeltagandeAndring> findByDeltagandeIdOrderByIdDesc(long deltagandeId);

    /** Deletes the participation's whole correction history (when consent is withdrawn). */
    @Modifying(flushAutomatically = true)
    @Query("delete from DeltagandeAndring a where a.deltagandeId = :deltagandeId")
    int raderaFor(long deltagandeId);
}
