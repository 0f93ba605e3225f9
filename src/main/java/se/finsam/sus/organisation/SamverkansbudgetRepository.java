package se.finsam.sus.organisation;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface SamverkansbudgetRepository extends JpaRepository<Samverkansbudget, Long> {

    List<Samverkansbudget> findByOrganisationIdOrderByAr(long organisationId);

    Optional<Samverkansbudget> findByOrganisationIdAndAr(long organisationId, int ar);
}
