package se.finsam.sus.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/**
 * The one form of every document title: "<page> – SUS" (WCAG 2.4.2). A view names only its page (its
 * {@code getPageTitle()}, e.g. "Logg"); after each navigation, once the router has set that title, this adds the
 * application's name, so no view can forget it or spell it differently. A view without a title is shown as "SUS".
 */
@Component
public class Sidtitel implements VaadinServiceInitListener {

    /** Between the page's name and the application's. */
    static final String AVSKILJARE = " – ";

    @Override
    public void serviceInit(ServiceInitEvent event) {
        // The router sets the view's title after the after-navigation listeners have run, so the suffix is added
        // just before the response goes out.
        event.getSource()
                .addUIInitListener(e -> e.getUI()
                        .addAfterNavigationListener(navigering ->
                                e.getUI().beforeClientResponse(e.getUI(), svar -> komplettera(e.getUI()))));
    }

    private static void komplettera(UI ui) {
        String sida = ui.getInternals().getTitle();
        String titel = av(sida, ui.getTranslation("app.namn"));
        if (!titel.equals(sida)) {
            ui.getPage().setTitle(titel);
        }
    }

    /** "<page> – <app>", the page's name alone when it already ends so, the application's name when it is empty. */
    public static String av(String sida, String app) {
        if (sida == null || sida.isBlank()) {
            return app;
        }
        return sida.endsWith(AVSKILJARE + app) ? sida : sida + AVSKILJARE + app;
    }
}
