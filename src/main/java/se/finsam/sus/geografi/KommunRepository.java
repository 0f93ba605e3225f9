package se.finsam.sus.geografi;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface KommunRepository extends JpaRepository<Kommun, String> {

    List<Kommun> findByLanKodOrderByKod(String lanKod);
}
