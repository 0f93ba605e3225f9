package se.finsam.sus.deltagare;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.finsam.sus.organisation.InsatsKoppling;

/** An insats with participations or anonymous counts cannot be deleted. */
@Component
class DeltagareKoppling implements InsatsKoppling {

    private final DeltagandeRepository deltaganden;
    private final AnonymtAntalRepository antal;

    DeltagareKoppling(DeltagandeRepository deltaganden, AnonymtAntalRepository antal) {
        this.deltaganden = deltaganden;
        this.antal = antal;
    }

    @Override
    @Transactional(readOnly = true)
    public boolean harKopplingar(long insatsId) {
        return deltaganden.existsByInsatsId(insatsId) || antal.existsByInsatsId(insatsId);
    }
}
