package se.finsam.sus.deltagare;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface DeltagandeAndringRepository extends JpaRepository<DeltagandeAndring, Long> {

    List<DeltagandeAndring> findByDeltagandeIdOrderByIdDesc(long deltagandeId);
}
