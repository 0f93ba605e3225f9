package se.finsam.sus.deltagare;

import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.finsam.sus.organisation.InsatsFakta;

/**
 * The insatser where a deltagaransvarig works with participants ({@link InsatsFakta#individuell()} false for
 * count-only insatser, where only {@link DeltagarAntal} can be registered). Nothing is written: read-only.
 */
@Service
@Transactional(readOnly = true)
public class DeltagarInsatser {

    private final DeltagarRegister register;

    DeltagarInsatser(DeltagarRegister register) {
        this.register = register;
    }

    /** Insatser where the user holds an active deltagaransvarig uppdrag, by name. */
    @PreAuthorize(DeltagarRegister.DELTAGARANSVARIG)
    public List<InsatsFakta> minaInsatser() {
        return register.minaInsatser();
    }
}
