package se.finsam.sus.organisation.ui;

import static se.finsam.sus.base.ui.Meddelanden.t;

import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.function.SerializableBiConsumer;
import com.vaadin.flow.function.SerializableFunction;
import java.math.BigDecimal;
import se.finsam.sus.organisation.Belopp;

/** Amount and count fields bound with the budget rules: amounts ≥ 0 with at most two decimals. */
final class Beloppsfalt {

    private Beloppsfalt() {}

    static <T> BigDecimalField belopp(
            Binder<T> binder,
            String id,
            String nyckel,
            SerializableFunction<T, BigDecimal> get,
            SerializableBiConsumer<T, BigDecimal> set) {
        BigDecimalField falt = new BigDecimalField(t(nyckel));
        beloppsregel(binder, falt, id).bind(get::apply, set::accept);
        return falt;
    }

    /** An amount field bound to the record component {@code komponent} (a binder made for a record type). */
    static <T> BigDecimalField belopp(Binder<T> binder, String id, String nyckel, String komponent) {
        BigDecimalField falt = new BigDecimalField(t(nyckel));
        beloppsregel(binder, falt, id).bind(komponent);
        return falt;
    }

    private static <T> Binder.BindingBuilder<T, BigDecimal> beloppsregel(
            Binder<T> binder, BigDecimalField falt, String id) {
        falt.setId(id);
        falt.setSuffixComponent(new com.vaadin.flow.component.html.Span("kr"));
        return binder.forField(falt).withValidator(Belopp::arGiltigt, t("budget.fel.belopp"));
    }

    /** The year field, bound to the record component {@code ar} (a binder made for a record type). */
    static <T> IntegerField ar(Binder<T> binder) {
        IntegerField falt = new IntegerField(t("budget.ar"));
        falt.setId("budget-ar");
        falt.setStepButtonsVisible(true);
        binder.forField(falt)
                .asRequired(t("budget.fel.ar"))
                .withValidator(a -> a >= 2000 && a <= 2100, t("budget.fel.ar"))
                .bind("ar");
        return falt;
    }
}
