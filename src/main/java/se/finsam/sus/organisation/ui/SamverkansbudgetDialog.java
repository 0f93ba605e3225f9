package se.finsam.sus.organisation.ui;

import static se.finsam.sus.base.ui.Meddelanden.t;
import static se.finsam.sus.organisation.ui.Beloppsfalt.belopp;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import se.finsam.sus.base.ValideringsException;
import se.finsam.sus.base.ui.Meddelanden;
import se.finsam.sus.organisation.Belopp;
import se.finsam.sus.organisation.FinansiarMedel;
import se.finsam.sus.organisation.FinansiarTyp;
import se.finsam.sus.organisation.SamverkansbudgetRad;
import se.finsam.sus.organisation.SamverkansbudgetUppgifter;

/** Creates or edits one year of a samverkansbudget: medel per finansiär, eget kapital, förvaltning. */
class SamverkansbudgetDialog extends Dialog {

    interface Spara {
        void spara(Long version, SamverkansbudgetUppgifter uppgifter);
    }

    static final class Formular {
        Integer ar;
        BigDecimal egetKapital;
        BigDecimal personalBudget;
        BigDecimal personalUtfall;
        BigDecimal lokalBudget;
        BigDecimal lokalUtfall;
        BigDecimal ovrigtBudget;
        BigDecimal ovrigtUtfall;
    }

    private record Rad(Binder<FinansiarRad> binder, HorizontalLayout layout) {}

    static final class FinansiarRad {
        String namn;
        FinansiarTyp typ;
        BigDecimal belopp;
    }

    private final VerticalLayout finansiarer = new VerticalLayout();
    private final List<Rad> rader = new ArrayList<>();

    SamverkansbudgetDialog(SamverkansbudgetRad befintlig, int forslagAr, Spara spara, Runnable efter) {
        setId("samverkansbudget-dialog");
        setHeaderTitle(t(befintlig == null ? "budget.ny" : "budget.andra"));
        Binder<Formular> binder = new Binder<>();
        IntegerField ar = Beloppsfalt.ar(binder, f -> f.ar, (f, v) -> f.ar = v);
        FormLayout form = new FormLayout(
                ar,
                belopp(binder, "eget-kapital", "budget.eget-kapital", f -> f.egetKapital, (f, v) -> f.egetKapital = v),
                belopp(
                        binder,
                        "forvaltning-personal-budget",
                        "budget.forvaltning-personal-budget",
                        f -> f.personalBudget,
                        (f, v) -> f.personalBudget = v),
                belopp(
                        binder,
                        "forvaltning-personal-utfall",
                        "budget.forvaltning-personal-utfall",
                        f -> f.personalUtfall,
                        (f, v) -> f.personalUtfall = v),
                belopp(
                        binder,
                        "forvaltning-lokal-budget",
                        "budget.forvaltning-lokal-budget",
                        f -> f.lokalBudget,
                        (f, v) -> f.lokalBudget = v),
                belopp(
                        binder,
                        "forvaltning-lokal-utfall",
                        "budget.forvaltning-lokal-utfall",
                        f -> f.lokalUtfall,
                        (f, v) -> f.lokalUtfall = v),
                belopp(
                        binder,
                        "forvaltning-ovrigt-budget",
                        "budget.forvaltning-ovrigt-budget",
                        f -> f.ovrigtBudget,
                        (f, v) -> f.ovrigtBudget = v),
                belopp(
                        binder,
                        "forvaltning-ovrigt-utfall",
                        "budget.forvaltning-ovrigt-utfall",
                        f -> f.ovrigtUtfall,
                        (f, v) -> f.ovrigtUtfall = v));
        Formular start = new Formular();
        if (befintlig != null) {
            start.ar = befintlig.ar();
            start.egetKapital = befintlig.egetKapital();
            start.personalBudget = befintlig.forvaltningPersonalBudget();
            start.personalUtfall = befintlig.forvaltningPersonalUtfall();
            start.lokalBudget = befintlig.forvaltningLokalBudget();
            start.lokalUtfall = befintlig.forvaltningLokalUtfall();
            start.ovrigtBudget = befintlig.forvaltningOvrigtBudget();
            start.ovrigtUtfall = befintlig.forvaltningOvrigtUtfall();
            befintlig.finansiarer().forEach(this::laggTill);
            ar.setReadOnly(true);
        } else {
            start.ar = forslagAr;
            laggTill(null);
        }
        binder.readBean(start);
        finansiarer.setPadding(false);
        Button ny = new Button(t("budget.lagg-till-finansiar"), VaadinIcon.PLUS.create(), e -> laggTill(null));
        ny.setId("lagg-till-finansiar");
        add(form, new H4(t("budget.finansiarer")), finansiarer, ny);

        Button sparaKnapp = new Button(t("allmant.spara"), e -> {
            Formular f = new Formular();
            boolean giltig = binder.writeBeanIfValid(f);
            List<FinansiarMedel> medel = new ArrayList<>();
            for (Rad rad : rader) {
                FinansiarRad fr = new FinansiarRad();
                giltig &= rad.binder().writeBeanIfValid(fr);
                medel.add(new FinansiarMedel(fr.namn, fr.typ, fr.belopp));
            }
            if (!giltig) {
                return;
            }
            try {
                spara.spara(
                        befintlig == null ? null : befintlig.version(),
                        new SamverkansbudgetUppgifter(
                                f.ar,
                                medel,
                                f.egetKapital,
                                f.personalBudget,
                                f.personalUtfall,
                                f.lokalBudget,
                                f.lokalUtfall,
                                f.ovrigtBudget,
                                f.ovrigtUtfall));
                close();
                Meddelanden.sparat();
                efter.run();
            } catch (ValideringsException fel) {
                Meddelanden.fel(fel);
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
        setWidth("min(60rem, 95vw)");
    }

    private void laggTill(FinansiarMedel medel) {
        Binder<FinansiarRad> binder = new Binder<>();
        TextField namn = new TextField(t("budget.finansiar"));
        ComboBox<FinansiarTyp> typ = new ComboBox<>(t("budget.finansiar-typ"));
        typ.setItems(FinansiarTyp.values());
        typ.setItemLabelGenerator(f -> t("finansiartyp." + f.name()));
        BigDecimalField belopp = new BigDecimalField(t("budget.belopp"));
        binder.forField(namn).asRequired(t("budget.fel.finansiar")).bind(r -> r.namn, (r, v) -> r.namn = v);
        binder.forField(typ).asRequired(t("budget.fel.finansiar")).bind(r -> r.typ, (r, v) -> r.typ = v);
        binder.forField(belopp)
                .withValidator(Belopp::arGiltigt, t("budget.fel.belopp"))
                .bind(r -> r.belopp, (r, v) -> r.belopp = v);
        FinansiarRad start = new FinansiarRad();
        if (medel != null) {
            start.namn = medel.finansiar();
            start.typ = medel.typ();
            start.belopp = medel.belopp();
        }
        binder.readBean(start);
        HorizontalLayout layout = new HorizontalLayout(namn, typ, belopp);
        Rad rad = new Rad(binder, layout);
        Button bort = new Button(VaadinIcon.TRASH.create(), e -> {
            rader.remove(rad);
            layout.removeFromParent();
        });
        bort.setAriaLabel(t("allmant.ta-bort"));
        layout.add(bort);
        layout.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        rader.add(rad);
        finansiarer.add(layout);
    }
}
