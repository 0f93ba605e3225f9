package se.finsam.sus.organisation;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface OrganisationLogoRepository extends JpaRepository<OrganisationLogo, Long> {

    @Query("select l.organisationId from OrganisationLogo l where l.organisationId in :ids")
    List<Long> medLogo(Collection<Long> ids);
}
