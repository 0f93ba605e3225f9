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
        ruta.getStyle()
                .set("border", "1px solid var(--lumo-error-color)")
                .set("padding", "var(--lumo-space-s)")
                .set("border-radius", "var(--lumo-border-radius-m)");
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

    /** An amount in kronor with two decimals (no unit), or empty. */
    public static String kr(BigDecimal belopp) {
        return belopp == null ? "" : tal(belopp, 2);
    }

    /** The number in the user's locale (Swedish outside a UI) with exactly this many decimals. */
    private static String tal(BigDecimal tal, int decimaler) {
        Locale locale = UI.getCurrent() == null
                ? Locale.of("sv", "SE")
                : UI.getCurrent().getLocale();
        NumberFormat f = NumberFormat.getNumberInstance(locale);
        f.setMinimumFractionDigits(decimaler);
        f.setMaximumFractionDigits(decimaler);
        return f.format(tal);
    }
}
