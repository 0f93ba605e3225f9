package se.finsam.sus.organisation.ui;

import static se.finsam.sus.organisation.ui.Beloppsfalt.belopp;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.data.binder.Binder;
import java.util.Optional;
import se.finsam.sus.base.ui.Faltfel;
import se.finsam.sus.base.ui.Falthjalp;
import se.finsam.sus.base.ui.Inmatning;
import se.finsam.sus.organisation.Kostnader;

/**
 * What every budget year's form has: the year (fixed when an existing year is changed) and the six amounts
 * (personal, lokal, övrigt × budget, utfall), bound with the budget rules. A dialog adds its own fields before or
 * after the amounts; a service's refusal is shown at its field through {@link #faltfel()}.
 */
final class Budgetformular extends FormLayout {

    /** The year and the amounts as read from the form. */
    record Arsbelopp(int ar, Kostnader kostnader) {}

    /** The year as the form binds it. */
    public record Budgetar(int ar) {}

    private final Binder<Budgetar> arBinder = new Binder<>(Budgetar.class);
    private final Binder<Kostnader> binder = new Binder<>(Kostnader.class);
    private final IntegerField ar;
    private final Faltfel faltfel;

    /**
     * @param prefix the start of the amount fields' ids and (after {@code budget.}) of their labels' keys:
     *     {@code ""} for an insats, {@code "forvaltning-"} for a samverkansorganisation's förvaltning
     * @param ar the year: the one being changed, or the one proposed for a new year
     * @param kostnader the amounts being changed, or null for a new year
     */
    Budgetformular(String prefix, int ar, Kostnader kostnader) {
        this.ar = Beloppsfalt.ar(arBinder);
        faltfel = new Faltfel().falt(this.ar, "budget.fel.ar");
        add(
                this.ar,
                Falthjalp.text(falt(prefix, "personal-budget", "personalBudget"), "budget-personal"),
                Falthjalp.text(falt(prefix, "personal-utfall", "personalUtfall"), "budget-utfall"),
                Falthjalp.text(falt(prefix, "lokal-budget", "lokalBudget"), "budget-lokal"),
                Falthjalp.text(falt(prefix, "lokal-utfall", "lokalUtfall"), "budget-utfall"),
                Falthjalp.text(falt(prefix, "ovrigt-budget", "ovrigtBudget"), "budget-ovrigt"),
                Falthjalp.text(falt(prefix, "ovrigt-utfall", "ovrigtUtfall"), "budget-utfall"));
        arBinder.readRecord(new Budgetar(ar));
        if (kostnader != null) {
            binder.readRecord(kostnader);
            this.ar.setReadOnly(true);
        }
    }

    private BigDecimalField falt(String prefix, String namn, String komponent) {
        return belopp(binder, prefix + namn, "budget." + prefix + namn, komponent);
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
        Optional<Budgetar> budgetar = Inmatning.las(arBinder);
        Optional<Kostnader> kostnader = Inmatning.las(binder);
        if (budgetar.isEmpty() || kostnader.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Arsbelopp(budgetar.get().ar(), kostnader.get()));
    }
}
