package se.finsam.sus.organisation.ui;

import static se.finsam.sus.base.ui.Meddelanden.t;
import static se.finsam.sus.organisation.ui.Beloppsfalt.belopp;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.data.binder.Binder;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import se.finsam.sus.base.ui.Falthjalp;
import se.finsam.sus.base.ui.SparaDialog;
import se.finsam.sus.organisation.FinansiarMedel;
import se.finsam.sus.organisation.InsatsbudgetRad;
import se.finsam.sus.organisation.InsatsbudgetUppgifter;
import se.finsam.sus.organisation.SamverkansbudgetRad;
import se.finsam.sus.organisation.SamverkansbudgetUppgifter;

/**
 * The dialog that creates or changes one budget year, of an insats or of a samverkansorganisation: the shared
 * {@link Budgetformular} plus the parts that differ. A refusal is shown at its field (or as a notification when it
 * has none), a concurrent change as the conflict message with reload; {@code spara} gets the version read (null
 * for a new year).
 */
final class BudgetDialog {

    private BudgetDialog() {}

    private static final class Insatsdelar {
        Integer planerade = 0;
    }

    /**
     * A year of an insats's budget: planned participants, the six amounts, and the year's other financiers as rows
     * of name, budget and utfall (their budget may not exceed the year's total, shown at the rows).
     */
    static SparaDialog<InsatsbudgetUppgifter> insats(
            InsatsbudgetRad befintlig, int forslagAr, BiConsumer<Long, InsatsbudgetUppgifter> spara, Runnable efter) {
        Budgetformular form = new Budgetformular(
                "", befintlig == null ? forslagAr : befintlig.ar(), befintlig == null ? null : befintlig.kostnader());
        Binder<Insatsdelar> binder = new Binder<>();
        IntegerField planerade = new IntegerField(t("budget.planerade-deltagare"));
        planerade.setId("budget-planerade");
        Falthjalp.text(planerade, "planerade-deltagare");
        binder.forField(planerade)
                .withValidator(p -> p == null || p >= 0, t("budget.fel.deltagare"))
                .bind(d -> d.planerade, (d, v) -> d.planerade = v);
        MedfinansieringLista medfinansiering =
                new MedfinansieringLista(befintlig == null ? List.of() : befintlig.medfinansiering());
        form.faltfel()
                .falt(
                        medfinansiering,
                        "budget.fel.ovriga-finansiarer",
                        "insats.fel.finansiar-namn",
                        "insats.fel.finansiar-dubblett",
                        "budget.fel.medfinansiar-langd")
                .falt(planerade, "budget.fel.deltagare")
                .falt(form.ar(), "budget.fel.ar-utanfor-insats");
        form.fore(planerade);
        Insatsdelar start = new Insatsdelar();
        if (befintlig != null) {
            start.planerade = befintlig.planeradeDeltagare();
        }
        binder.readBean(start);
        SparaDialog<InsatsbudgetUppgifter> dialog = dialog(
                "insatsbudget-dialog",
                befintlig == null,
                form,
                new Div(form, medfinansiering),
                () -> {
                    Insatsdelar d = new Insatsdelar();
                    boolean giltig = binder.writeBeanIfValid(d);
                    Optional<Budgetformular.Arsbelopp> belopp = form.las();
                    return medfinansiering
                            .las()
                            .filter(m -> giltig && belopp.isPresent())
                            .map(m -> new InsatsbudgetUppgifter(
                                    belopp.get().ar(),
                                    d.planerade == null ? 0 : d.planerade,
                                    belopp.get().kostnader(),
                                    m));
                },
                u -> spara.accept(befintlig == null ? null : befintlig.version(), u),
                efter);
        dialog.setWidth("min(60rem, 95vw)");
        return dialog;
    }

    private static final class Samverkansdelar {
        BigDecimal egetKapital;
    }

    /** A year of a samverkansbudget: medel per finansiär, eget kapital, the förvaltning's six amounts. */
    static SparaDialog<SamverkansbudgetUppgifter> samverkans(
            SamverkansbudgetRad befintlig,
            int forslagAr,
            BiConsumer<Long, SamverkansbudgetUppgifter> spara,
            Runnable efter) {
        return samverkans(befintlig, forslagAr, List.of(), spara, efter);
    }

    /** {@code forslag}: the financiers a new year starts with (the förbund's financing members), else one empty row. */
    static SparaDialog<SamverkansbudgetUppgifter> samverkans(
            SamverkansbudgetRad befintlig,
            int forslagAr,
            List<FinansiarMedel> forslag,
            BiConsumer<Long, SamverkansbudgetUppgifter> spara,
            Runnable efter) {
        Budgetformular form = new Budgetformular(
                "forvaltning-",
                befintlig == null ? forslagAr : befintlig.ar(),
                befintlig == null ? null : befintlig.forvaltning());
        Binder<Samverkansdelar> binder = new Binder<>();
        form.fore(Falthjalp.text(
                belopp(binder, "eget-kapital", "budget.eget-kapital", d -> d.egetKapital, (d, v) -> d.egetKapital = v),
                "eget-kapital"));
        Samverkansdelar start = new Samverkansdelar();
        start.egetKapital = befintlig == null ? null : befintlig.egetKapital();
        binder.readBean(start);
        FinansiarLista finansiarer =
                new FinansiarLista(befintlig != null ? befintlig.finansiarer() : forslag.isEmpty() ? null : forslag);
        SparaDialog<SamverkansbudgetUppgifter> dialog = dialog(
                "samverkansbudget-dialog",
                befintlig == null,
                form,
                new Div(form, finansiarer),
                () -> {
                    Samverkansdelar d = new Samverkansdelar();
                    boolean giltig = binder.writeBeanIfValid(d);
                    Optional<Budgetformular.Arsbelopp> belopp = form.las();
                    return finansiarer
                            .las()
                            .filter(m -> giltig && belopp.isPresent())
                            .map(m -> new SamverkansbudgetUppgifter(
                                    belopp.get().ar(),
                                    m,
                                    d.egetKapital,
                                    belopp.get().kostnader()));
                },
                u -> spara.accept(befintlig == null ? null : befintlig.version(), u),
                efter);
        dialog.setWidth("min(60rem, 95vw)");
        return dialog;
    }

    private static <U> SparaDialog<U> dialog(
            String id,
            boolean ny,
            Budgetformular form,
            Component innehall,
            Supplier<Optional<U>> las,
            java.util.function.Consumer<U> spara,
            Runnable efter) {
        return new SparaDialog<U>(
                        id,
                        t(ny ? "budget.ny" : "budget.andra"),
                        innehall,
                        () -> {
                            form.faltfel().rensa();
                            return las.get();
                        },
                        spara,
                        form.faltfel()::visa,
                        efter)
                .sparaKnappId("spara-budget");
    }
}
