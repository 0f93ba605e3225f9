package se.finsam.sus.deltagare;

import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.finsam.sus.organisation.InsatsFakta;
import se.finsam.sus.organisation.InsatsUppslag;

/**
 * The insatser a user works with participants in: all of a deltagaransvarig's, or one insats for registering
 * participants or counting them. An insats outside the user's uppdrag is "not found" and the attempt is audited
 * (in a transaction of its own); otherwise nothing is written, so both methods are read-only.
 */
@Service
@Transactional(readOnly = true)
public class DeltagarInsatser {

    private final InsatsUppslag insatser;
    private final DeltagarAtkomst atkomst;
    private final DeltagarRegister register;

    DeltagarInsatser(InsatsUppslag insatser, DeltagarAtkomst atkomst, DeltagarRegister register) {
        this.insatser = insatser;
        this.atkomst = atkomst;
        this.register = register;
    }

    /** Insatser where the user holds an active deltagaransvarig uppdrag, by name. */
    @PreAuthorize(DeltagarRegister.DELTAGARANSVARIG)
    public List<InsatsForDeltagare> minaInsatser() {
        return insatser.insatser(atkomst.synligaInsatser()).stream()
                .map(DeltagarInsatser::forDeltagare)
                .toList();
    }

    /** One insats the user may register participants in (or count participants of). */
    @PreAuthorize(DeltagarRegister.ANTAL)
    public InsatsForDeltagare insats(long insatsId) {
        return forDeltagare(register.insatsForAntal(insatsId, "las insats"));
    }

    private static InsatsForDeltagare forDeltagare(InsatsFakta i) {
        return new InsatsForDeltagare(
                i.id(),
                i.namn(),
                i.organisationId(),
                i.organisationNamn(),
                i.startdatum(),
                i.slutdatum(),
                i.individuell());
    }
}
