package se.finsam.sus.base.ui;

import com.vaadin.flow.component.Component;
import java.util.Optional;

/**
 * A panel that a feature adds to the start view: base may not depend on any feature, so features contribute
 * Spring beans of this type instead, ordered by {@code @Order}.
 */
public interface StartTillagg {

    /** A new panel for the logged-in user, or empty when the feature has nothing to show them. */
    Optional<Component> panel();
}
