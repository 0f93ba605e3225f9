package se.finsam.sus.base.ui;

import com.vaadin.flow.component.Component;
import java.util.Optional;

/**
 * A section that another feature adds to the insats page (e.g. the link to its participants), so that the
 * organisation feature need not depend on that feature (which depends on organisation). Implementations are
 * Spring beans; the insats page asks each one.
 */
public interface InsatsTillagg {

    /**
     * The section for this insats and the logged-in user, or empty when the user has nothing there. Must not throw
     * for any user who may open the insats page.
     */
    Optional<Component> sektion(long insatsId);
}
