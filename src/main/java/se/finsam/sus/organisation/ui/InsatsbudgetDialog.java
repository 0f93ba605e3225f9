package se.finsam.sus.organisation.ui;

import static se.finsam.sus.base.ui.Meddelanden.t;
import static se.finsam.sus.organisation.ui.Beloppsfalt.belopp;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.data.binder.Binder;
import java.math.BigDecimal;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import se.finsam.sus.base.ValideringsException;
import se.finsam.sus.base.ui.Faltfel;
import se.finsam.sus.base.ui.Meddelanden;
import se.finsam.sus.organisation.InsatsbudgetRad;
import se.finsam.sus.organisation.InsatsbudgetUppgifter;

/** Creates or edits one year of an insats's budget. */
class InsatsbudgetDialog extends Dialog {

    interface Spara {
        void spara(Long version, InsatsbudgetUppgifter uppgifter);
    }

    static final class Formular {
        Integer ar;
        Integer planerade = 0;
        BigDecimal personalBudget;
        BigDecimal personalUtfall;
        BigDecimal lokalBudget;
        BigDecimal lokalUtfall;
        BigDecimal ovrigtBudget;
        BigDecimal ovrigtUtfall;
        BigDecimal ovrigaFinansiarer;
    }

    InsatsbudgetDialog(InsatsbudgetRad befintlig, int forslagAr, Spara spara, Runnable efter) {
        setId("insatsbudget-dialog");
        setHeaderTitle(t(befintlig == null ? "budget.ny" : "budget.andra"));
        Binder<Formular> binder = new Binder<>();
        IntegerField ar = Beloppsfalt.ar(binder, f -> f.ar, (f, v) -> f.ar = v);
        IntegerField planerade = new IntegerField(t("budget.planerade-deltagare"));
        planerade.setId("budget-planerade");
        binder.forField(planerade)
                .withValidator(p -> p == null || p >= 0, t("budget.fel.deltagare"))
                .bind(f -> f.planerade, (f, v) -> f.planerade = v);
        BigDecimalField ovriga = belopp(
                binder,
                "ovriga-finansiarer",
                "budget.ovriga-finansiarer",
                f -> f.ovrigaFinansiarer,
                (f, v) -> f.ovrigaFinansiarer = v);
        ovriga.setHelperText(t("budget.ovriga-finansiarer-hjalp"));
        Faltfel faltfel = new Faltfel()
                .falt(ovriga, "budget.fel.ovriga-finansiarer")
                .falt(planerade, "budget.fel.deltagare")
                .falt(ar, "budget.fel.ar", "budget.fel.ar-utanfor-insats");
        FormLayout form = new FormLayout(
                ar,
                planerade,
                belopp(
                        binder,
                        "personal-budget",
                        "budget.personal-budget",
                        f -> f.personalBudget,
                        (f, v) -> f.personalBudget = v),
                belopp(
                        binder,
                        "personal-utfall",
                        "budget.personal-utfall",
                        f -> f.personalUtfall,
                        (f, v) -> f.personalUtfall = v),
                belopp(binder, "lokal-budget", "budget.lokal-budget", f -> f.lokalBudget, (f, v) -> f.lokalBudget = v),
                belopp(binder, "lokal-utfall", "budget.lokal-utfall", f -> f.lokalUtfall, (f, v) -> f.lokalUtfall = v),
                belopp(
                        binder,
                        "ovrigt-budget",
                        "budget.ovrigt-budget",
                        f -> f.ovrigtBudget,
                        (f, v) -> f.ovrigtBudget = v),
                belopp(
                        binder,
                        "ovrigt-utfall",
                        "budget.ovrigt-utfall",
                        f -> f.ovrigtUtfall,
                        (f, v) -> f.ovrigtUtfall = v),
                ovriga);
        Formular start = new Formular();
        if (befintlig != null) {
            start.ar = befintlig.ar();
            start.planerade = befintlig.planeradeDeltagare();
            start.personalBudget = befintlig.personalBudget();
            start.personalUtfall = befintlig.personalUtfall();
            start.lokalBudget = befintlig.lokalBudget();
            start.lokalUtfall = befintlig.lokalUtfall();
            start.ovrigtBudget = befintlig.ovrigtBudget();
            start.ovrigtUtfall = befintlig.ovrigtUtfall();
            start.ovrigaFinansiarer = befintlig.ovrigaFinansiarer();
            ar.setReadOnly(true);
        } else {
            start.ar = forslagAr;
        }
        binder.readBean(start);
        add(form);

        Button sparaKnapp = new Button(t("allmant.spara"), e -> {
            Formular f = new Formular();
            faltfel.rensa();
            if (!binder.writeBeanIfValid(f)) {
                return;
            }
            try {
                spara.spara(
                        befintlig == null ? null : befintlig.version(),
                        new InsatsbudgetUppgifter(
                                f.ar,
                                f.planerade == null ? 0 : f.planerade,
                                f.personalBudget,
                                f.personalUtfall,
                                f.lokalBudget,
                                f.lokalUtfall,
                                f.ovrigtBudget,
                                f.ovrigtUtfall,
                                f.ovrigaFinansiarer));
                close();
                Meddelanden.sparat();
                efter.run();
            } catch (ValideringsException fel) {
                faltfel.visa(fel);
            } catch (ObjectOptimisticLockingFailureException konflikt) {
                add(Meddelanden.konflikt(() -> {
                    close();
                    efter.run();
                }));
            }
        });
        sparaKnapp.setId("spara-budget");
        sparaKnapp.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(t("allmant.avbryt"), e -> close()), sparaKnapp);
        setWidth("min(50rem, 95vw)");
    }
}
