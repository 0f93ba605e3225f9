package se.finsam.sus.organisation;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface SamverkansorganisationRepository
        extends JpaRepository<Samverkansorganisation, Long>, JpaSpecificationExecutor<Samverkansorganisation> {

    boolean existsByOrganisationsnummer(String organisationsnummer);

    boolean existsByOrganisationsnummerAndIdNot(String organisationsnummer, long id);

    @Query("select distinct i.organisationId from Insats i where i.id in :insatsIds")
    List<Long> organisationerFor(Collection<Long> insatsIds);
}
