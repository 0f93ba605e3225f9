package se.finsam.sus.organisation.ui;

import static se.finsam.sus.organisation.ui.Beloppsfalt.belopp;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.data.binder.Binder;
import java.math.BigDecimal;
import java.util.Optional;
import se.finsam.sus.base.ui.Faltfel;
import se.finsam.sus.organisation.Kostnader;

/**
 * What every budget year's form has: the year (fixed when an existing year is changed) and the six amounts
 * (personal, lokal, övrigt × budget, utfall), bound with the budget rules. A dialog adds its own fields before or
 * after the amounts; a service's refusal is shown at its field through {@link #faltfel()}.
 */
final class Budgetformular extends FormLayout {

    /** The year and the amounts as read from the form. */
    record Arsbelopp(int ar, Kostnader kostnader) {}

    private static final class Varden {
        Integer ar;
        BigDecimal personalBudget;
        BigDecimal personalUtfall;
        BigDecimal lokalBudget;
        BigDecimal lokalUtfall;
        BigDecimal ovrigtBudget;
        BigDecimal ovrigtUtfall;
    }

    private final Binder<Varden> binder = new Binder<>();
    private final IntegerField ar;
    private final Faltfel faltfel;

    /**
     * @param prefix the start of the amount fields' ids and (after {@code budget.}) of their labels' keys:
     *     {@code ""} for an insats, {@code "forvaltning-"} for a samverkansorganisation's förvaltning
     * @param ar the year: the one being changed, or the one proposed for a new year
     * @param kostnader the amounts being changed, or null for a new year
     */
    Budgetformular(String prefix, int ar, Kostnader kostnader) {
        this.ar = Beloppsfalt.ar(binder, v -> v.ar, (v, a) -> v.ar = a);
        faltfel = new Faltfel().falt(this.ar, "budget.fel.ar");
        add(
                this.ar,
                falt(prefix, "personal-budget", v -> v.personalBudget, (v, b) -> v.personalBudget = b),
                falt(prefix, "personal-utfall", v -> v.personalUtfall, (v, b) -> v.personalUtfall = b),
                falt(prefix, "lokal-budget", v -> v.lokalBudget, (v, b) -> v.lokalBudget = b),
                falt(prefix, "lokal-utfall", v -> v.lokalUtfall, (v, b) -> v.lokalUtfall = b),
                falt(prefix, "ovrigt-budget", v -> v.ovrigtBudget, (v, b) -> v.ovrigtBudget = b),
                falt(prefix, "ovrigt-utfall", v -> v.ovrigtUtfall, (v, b) -> v.ovrigtUtfall = b));
        Varden start = new Varden();
        start.ar = ar;
        if (kostnader != null) {
            start.personalBudget = kostnader.personalBudget();
            start.personalUtfall = kostnader.personalUtfall();
            start.lokalBudget = kostnader.lokalBudget();
            start.lokalUtfall = kostnader.lokalUtfall();
            start.ovrigtBudget = kostnader.ovrigtBudget();
            start.ovrigtUtfall = kostnader.ovrigtUtfall();
            this.ar.setReadOnly(true);
        }
        binder.readBean(start);
    }

    private com.vaadin.flow.component.textfield.BigDecimalField falt(
            String prefix,
            String namn,
            com.vaadin.flow.function.SerializableFunction<Varden, BigDecimal> get,
            com.vaadin.flow.function.SerializableBiConsumer<Varden, BigDecimal> set) {
        return belopp(binder, prefix + namn, "budget." + prefix + namn, get, set);
    }

    /** Puts the dialog's own fields between the year and the amounts. */
    Budgetformular fore(Component... falt) {
        for (int i = 0; i < falt.length; i++) {
            addComponentAtIndex(1 + i, falt[i]);
        }
        return this;
    }

    IntegerField ar() {
        return ar;
    }

    /** Knows the year's field; the dialog registers its own fields' refusals. */
    Faltfel faltfel() {
        return faltfel;
    }

    /** The year and the amounts; empty (with the fields marked) when a field breaks a rule. */
    Optional<Arsbelopp> las() {
        Varden v = new Varden();
        if (!binder.writeBeanIfValid(v)) {
            return Optional.empty();
        }
        return Optional.of(new Arsbelopp(
                v.ar,
                new Kostnader(
                        v.personalBudget,
                        v.personalUtfall,
                        v.lokalBudget,
                        v.lokalUtfall,
                        v.ovrigtBudget,
                        v.ovrigtUtfall)));
    }
}
