package se.finsam.sus.deltagare.ui;

import com.vaadin.flow.component.UI;
import java.util.Collection;
import java.util.Locale;
import java.util.stream.Collectors;

/** Labels of the deltagare enums: i18n key {@code deltagare.<enum name in lower case>.<CONSTANT>}. */
final class Etikett {

    private Etikett() {}

    static String nyckel(Enum<?> varde) {
        return "deltagare." + varde.getDeclaringClass().getSimpleName().toLowerCase(Locale.ROOT) + "." + varde.name();
    }

    /** The label, or an empty string for null. */
    static String av(Enum<?> varde) {
        return varde == null ? "" : UI.getCurrent().getTranslation(nyckel(varde));
    }

    /** Labels in the enum's order, comma separated. */
    static String lista(Collection<? extends Enum<?>> varden) {
        return varden.stream()
                .sorted((a, b) -> Integer.compare(a.ordinal(), b.ordinal()))
                .map(Etikett::av)
                .collect(Collectors.joining(", "));
    }
}
