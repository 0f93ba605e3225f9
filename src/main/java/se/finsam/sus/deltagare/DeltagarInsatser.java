package se.finsam.sus.deltagare;

import java.util.List;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
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
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class DeltagarInsatser {

    private final DeltagarRegister register;

    /** Insatser where the user holds an active deltagaransvarig uppdrag, by name. */
    @PreAuthorize(DeltagarRegister.DELTAGARANSVARIG)
    public List<InsatsFakta> minaInsatser() {
        return register.minaInsatser();
    }
}
