package se.finsam.sus.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;
import se.finsam.sus.base.Kronor;
import se.finsam.sus.base.Sprak;
import se.finsam.sus.base.ValideringsException;

/** Notifications, the optimistic-lock conflict box and number formatting shared by the views of all features. */
public final class Meddelanden {

    private Meddelanden() {}

    public static String t(String nyckel, Object... argument) {
        return UI.getCurrent().getTranslation(nyckel, argument);
    }

    public static void sparat() {
        Notification.show(t("allmant.sparat"), 3000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    public static void info(String text) {
        Notification.show(text, 4000, Notification.Position.BOTTOM_START);
    }

    public static void fel(ValideringsException e) {
        fel(t(e.nyckel(), e.argument()));
    }

    public static void fel(String text) {
        Notification n = Notification.show(text, 6000, Notification.Position.MIDDLE);
        n.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    /**
     * The message shown when someone else saved first: the user's values stay in the form, and the reload button
     * fetches the latest data.
     */
    public static Component konflikt(Runnable laddaOm) {
        Div ruta = new Div();
        ruta.setId("konflikt");
        ruta.getElement().setAttribute("role", "alert");
        ruta.addClassName("sus-konflikt");
        Button ladda = new Button(t("allmant.ladda-om"), e -> {
            ruta.removeFromParent();
            laddaOm.run();
        });
        ladda.setId("ladda-om");
        ruta.add(new Span(t("allmant.konflikt") + " "), ladda);
        return ruta;
    }

    /** A percentage with one decimal and a % sign, or empty. */
    public static String procent(BigDecimal andel) {
        return andel == null ? "" : tal(andel, 1) + " %";
    }

    /** An amount in kronor as {@link Kronor#formatera} shows it (two decimals, half up), or empty. */
    public static String kr(BigDecimal belopp) {
        return Kronor.formatera(belopp, locale());
    }

    /** A number with exactly {@code decimaler} decimals in the UI's locale (Swedish outside a UI). */
    private static String tal(BigDecimal tal, int decimaler) {
        NumberFormat f = NumberFormat.getNumberInstance(locale());
        f.setMinimumFractionDigits(decimaler);
        f.setMaximumFractionDigits(decimaler);
        return f.format(tal);
    }

    /** The UI's locale, Swedish outside a UI. */
    private static Locale locale() {
        return UI.getCurrent() == null ? Sprak.SVENSKA : UI.getCurrent().getLocale();
    }
}
