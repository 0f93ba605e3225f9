package se.finsam.sus.base;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * The user interface languages: Swedish by default whatever the browser asks for (a Swedish public-sector
 * service), English when the user chooses it for the session.
 */
@Component
public class Sprak implements VaadinServiceInitListener {

    public static final Locale SVENSKA = Locale.of("sv", "SE");
    public static final Locale ENGELSKA = Locale.ENGLISH;

    /** Session attribute with the language the user chose; absent means Swedish. */
    private static final String VALT_SPRAK = Sprak.class.getName() + ".valt";

    @Override
    public void serviceInit(ServiceInitEvent event) {
        // The page's language for screen readers and browsers (WCAG 3.1.1): in the first HTML, so that it is right
        // before any script runs; a switch reloads the page, so the next HTML carries the new language.
        event.addIndexHtmlRequestListener(svar ->
                svar.getDocument().getElementsByTag("html").attr("lang", sprakkod(valt(VaadinSession.getCurrent()))));
        // Set on every new UI, so that neither the browser's language nor the server's default decides; the page
        // language again, for a UI whose HTML was not written by the listener above.
        event.getSource().addUIInitListener(e -> {
            Locale sprak = valt(e.getUI().getSession());
            e.getUI().setLocale(sprak);
            e.getUI().getPage().executeJs("document.documentElement.lang = $0", sprakkod(sprak));
        });
    }

    /** The language code for {@code <html lang>}: {@code sv} or {@code en}. */
    public static String sprakkod(Locale sprak) {
        return sprak.getLanguage();
    }

    /** Switches the current session between Swedish and English and redraws the page. */
    public static void vaxla() {
        VaadinSession session = VaadinSession.getCurrent();
        Locale nytt = arEngelska(session) ? SVENSKA : ENGELSKA;
        session.setAttribute(VALT_SPRAK, nytt);
        session.setLocale(nytt);
        UI.getCurrent().getPage().reload();
    }

    /** The key of the label for the language the user can switch to. */
    public static String andraSprakNyckel() {
        return arEngelska(VaadinSession.getCurrent()) ? "sprak.svenska" : "sprak.engelska";
    }

    private static boolean arEngelska(VaadinSession session) {
        return ENGELSKA.equals(valt(session));
    }

    private static Locale valt(VaadinSession session) {
        Object valt = session == null ? null : session.getAttribute(VALT_SPRAK);
        return valt instanceof Locale locale ? locale : SVENSKA;
    }
}
