package se.finsam.sus.organisation;

import java.util.Optional;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.finsam.sus.behorighet.InsatsOrganisation;

/** Tells behörighet which organisation owns an insats (for checking insats-level uppdrag). */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class InsatsOrganisationRegister implements InsatsOrganisation {

    private final InsatsRepository insatser;

    @Override
    @Transactional(readOnly = true)
    public Optional<Long> organisationFor(long insatsId) {
        return insatser.findById(insatsId).map(Insats::getOrganisationId);
    }
}
