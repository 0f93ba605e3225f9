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
        falt.setId(id);
        falt.setSuffixComponent(new com.vaadin.flow.component.html.Span("kr"));
        binder.forField(falt)
                .withValidator(Belopp::arGiltigt, t("budget.fel.belopp"))
                .bind(get::apply, set::accept);
        return falt;
    }

    static <T> IntegerField ar(
            Binder<T> binder, SerializableFunction<T, Integer> get, SerializableBiConsumer<T, Integer> set) {
        IntegerField falt = new IntegerField(t("budget.ar"));
        falt.setId("budget-ar");
        falt.setStepButtonsVisible(true);
        binder.forField(falt)
                .asRequired(t("budget.fel.ar"))
                .withValidator(a -> a >= 2000 && a <= 2100, t("budget.fel.ar"))
                .bind(get::apply, set::accept);
        return falt;
    }
}
