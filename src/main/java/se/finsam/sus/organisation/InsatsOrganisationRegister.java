package se.finsam.sus.organisation;

import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.finsam.sus.behorighet.InsatsOrganisation;

/** Tells behörighet which organisation owns an insats (for checking insats-level uppdrag). */
@Component
class InsatsOrganisationRegister implements InsatsOrganisation {

    private final InsatsRepository insatser;

    InsatsOrganisationRegister(InsatsRepository insatser) {
        this.insatser = insatser;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Long> organisationFor(long insatsId) {
        return insatser.findById(insatsId).map(Insats::getOrganisationId);
    }
}
