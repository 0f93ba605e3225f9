package se.finsam.sus.audit;

import java.time.Instant;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface AuditPostRepository extends JpaRepository<AuditPost, Long>, JpaSpecificationExecutor<AuditPost> {

    long countByTidpunktBefore(Instant grans);
}
