package se.finsam.sus.deltagare.ui;

import static se.finsam.sus.base.ui.Meddelanden.t;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.binder.Binder;
import java.time.LocalDate;
import java.util.Optional;
import se.finsam.sus.base.ValideringsException;
import se.finsam.sus.base.ui.Datumgrans;
import se.finsam.sus.base.ui.Faltfel;
import se.finsam.sus.base.ui.Falthjalp;
import se.finsam.sus.deltagare.Avslutsanledning;
import se.finsam.sus.deltagare.Utskrivning;

/** The exit of a participation: date (not before entry), reason, aktivt arbetssökande, and försörjning at exit. */
class UtskrivningForm extends VerticalLayout {

    static final class Formular {
        LocalDate slutdatum;
        Avslutsanledning anledning;
        boolean arbetssokande;
    }

    final DatePicker slutdatum = new DatePicker(t("deltagare.vy.slutdatum"));
    final Select<Avslutsanledning> anledning = new Select<>();
    final Checkbox arbetssokande = new Checkbox(t("deltagare.vy.arbetssokande-slut"));
    final ForsorjningFalt forsorjning = new ForsorjningFalt("slut", "deltagare.vy.forsorjning-slut");
    private final Binder<Formular> binder = new Binder<>();
    private final Faltfel faltfel = new Faltfel();

    UtskrivningForm(LocalDate startdatum, LocalDate idag) {
        setPadding(false);
        setId("utskrivning");
        slutdatum.setId("slutdatum");
        Datumgrans.tidigast(slutdatum, startdatum, "deltagare.fel.slutdatum-fore-start");
        anledning.setId("avslutsanledning");
        anledning.setLabel(t("deltagare.vy.avslutsanledning"));
        anledning.setItems(Avslutsanledning.values());
        anledning.setItemLabelGenerator(Etikett::av);
        Falthjalp.perVarde(anledning, "avslutsanledning", Avslutsanledning.class);
        arbetssokande.setId("arbetssokande-slut");
        Falthjalp.text(arbetssokande, "arbetssokande");
        binder.forField(arbetssokande).bind(f -> f.arbetssokande, (f, v) -> f.arbetssokande = v);
        binder.forField(slutdatum)
                .asRequired(t("deltagare.fel.slutdatum-saknas"))
                .withValidator(
                        d -> d == null || startdatum == null || !d.isBefore(startdatum),
                        t("deltagare.fel.slutdatum-fore-start"))
                .bind(f -> f.slutdatum, (f, v) -> f.slutdatum = v);
        binder.forField(anledning)
                .asRequired(t("deltagare.fel.avslutsanledning-saknas"))
                .bind(f -> f.anledning, (f, v) -> f.anledning = v);
        Formular ny = new Formular();
        ny.slutdatum = idag.isBefore(startdatum) ? startdatum : idag;
        binder.readBean(ny);
        faltfel.falt(
                        slutdatum,
                        "deltagare.fel.slutdatum-saknas",
                        "deltagare.fel.slutdatum-fore-start",
                        "deltagare.fel.slutdatum-framtid",
                        "deltagare.fel.slutdatum-efter-insats")
                .falt(anledning, "deltagare.fel.avslutsanledning-saknas");
        forsorjning.registrera(faltfel);
        FormLayout falt = new FormLayout(slutdatum, anledning, arbetssokande);
        falt.setColspan(arbetssokande, 2);
        add(falt, forsorjning);
    }

    Faltfel faltfel() {
        return faltfel;
    }

    void visa(Utskrivning u) {
        if (u == null) {
            return;
        }
        Formular f = new Formular();
        f.slutdatum = u.slutdatum();
        f.anledning = u.anledning();
        f.arbetssokande = u.arbetssokande();
        binder.readBean(f);
        forsorjning.visa(u.forsorjningVidSlut());
    }

    Optional<Utskrivning> las() {
        faltfel.rensa();
        Formular f = new Formular();
        boolean giltig = binder.writeBeanIfValid(f);
        var vidSlut = forsorjning.las();
        if (!giltig || vidSlut.isEmpty()) {
            return Optional.empty();
        }
        // A participation entered by mistake needs no försörjning at exit.
        boolean utanForsorjning = f.anledning == Avslutsanledning.FELREGISTRERING
                && vidSlut.get().kallor().isEmpty();
        return Optional.of(
                new Utskrivning(f.slutdatum, f.anledning, utanForsorjning ? null : vidSlut.get(), f.arbetssokande));
    }

    void visaFel(ValideringsException e) {
        faltfel.visa(e);
    }
}
