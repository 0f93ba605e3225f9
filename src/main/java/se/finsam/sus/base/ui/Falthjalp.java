package se.finsam.sus.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasHelper;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.shared.Tooltip;

/**
 * Field help: what a field's word means in the domain, from the message bundles under {@code hjalp.falt.<namn>}
 * (both languages; {@code FalthjalpNycklarTest} finds every name used here in the sources and checks the keys).
 *
 * <p>Help is shown as the field's helper text: always visible, and tied to the field with
 * {@code aria-describedby}, so a screen reader reads it with the label. Where there is no field to hang it on (a
 * heading above a group of ticks, a column of a grid) {@link #ikon} gives an "i" that can be focused and shows the
 * same text as a tooltip and as its accessible name.
 */
public final class Falthjalp {

    /** The start of every field-help key. */
    public static final String PREFIX = "hjalp.falt.";

    private Falthjalp() {}

    public static String nyckel(String namn) {
        return PREFIX + namn;
    }

    /** Gives the field the helper text {@code hjalp.falt.<namn>}. */
    public static <C extends Component & HasHelper> C text(C falt, String namn) {
        falt.setHelperText(falt.getTranslation(nyckel(namn)));
        return falt;
    }

    /**
     * Helper text that explains the chosen value: {@code hjalp.falt.<namn>.<CONSTANT>}, and
     * {@code hjalp.falt.<namn>} while nothing is chosen. For lists whose values are the domain's terms (preciserad
     * inriktning, avslutsanledning), so that the user reads what the value they picked means.
     *
     * @param typ the enum whose every constant needs a key (checked by the bundle test)
     */
    public static <E extends Enum<E>, C extends Component & HasHelper & HasValue<?, E>> C perVarde(
            C falt, String namn, Class<E> typ) {
        visaFor(falt, namn, falt.getValue());
        falt.addValueChangeListener(e -> visaFor(falt, namn, e.getValue()));
        return falt;
    }

    private static <E extends Enum<E>> void visaFor(HasHelper falt, String namn, E varde) {
        Component komponent = (Component) falt;
        String text = komponent.getTranslation(nyckel(namn));
        if (varde != null) {
            text = komponent.getTranslation(nyckel(namn) + "." + varde.name());
        }
        falt.setHelperText(text);
    }

    /** A focusable "i" whose tooltip and accessible name are the help text {@code hjalp.falt.<namn>}. */
    public static Icon ikon(String namn) {
        Icon ikon = VaadinIcon.INFO_CIRCLE_O.create();
        String text = ikon.getTranslation(nyckel(namn));
        ikon.addClassName("sus-falthjalp");
        ikon.getElement().setAttribute("tabindex", "0");
        ikon.getElement().setAttribute("role", "img");
        ikon.getElement().setAttribute("aria-label", text);
        Tooltip.forComponent(ikon).withText(text);
        return ikon;
    }
}
