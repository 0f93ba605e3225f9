package se.finsam.sus.organisation;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface InsatsRepository extends JpaRepository<Insats, Long> {

    List<Insats> findByOrganisationIdOrderByNamn(long organisationId);

    boolean existsByOrganisationIdAndNamn(long organisationId, String namn);

    boolean existsByOrganisationIdAndNamnAndIdNot(long organisationId, String namn, long id);
}
