package se.finsam.sus.rapport.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.QueryParameters;

/** Opens a report page in a browserless test and waits until the report computed in the background is shown. */
public final class RapportSida {

    private RapportSida() {}

    /** {@code route} e.g. {@code rapporter/standard}; {@code fraga} e.g. {@code period=2025&enhet=riket}. */
    public static void oppna(String route, String fraga) {
        UI.getCurrent().navigate(route, QueryParameters.fromString(fraga));
        vanta();
    }

    /** Runs the UI's queued work until the progress bar is gone (at most 30 s). */
    public static void vanta() {
        long grans = System.currentTimeMillis() + 30_000;
        while (System.currentTimeMillis() < grans) {
            MockVaadin.clientRoundtrip(false);
            if (!_get(ProgressBar.class, s -> s.withId("rapport-pagar")).isVisible()) {
                return;
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        throw new AssertionError("The report was not shown within 30 s");
    }
}
