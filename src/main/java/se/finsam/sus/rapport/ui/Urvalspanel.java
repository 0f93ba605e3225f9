package se.finsam.sus.rapport.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import se.finsam.sus.base.ValideringsException;
import se.finsam.sus.base.ui.Falthjalp;
import se.finsam.sus.deltagare.Forsorjningskalla;
import se.finsam.sus.organisation.Finansieringsform;
import se.finsam.sus.organisation.Inriktning;
import se.finsam.sus.organisation.Malgrupp;
import se.finsam.sus.rapport.Enhet;
import se.finsam.sus.rapport.Enhetsval;
import se.finsam.sus.rapport.Niva;
import se.finsam.sus.rapport.Period;
import se.finsam.sus.rapport.Rapporturval;
import se.finsam.sus.rapport.Urvalsfel;

/**
 * The one selection panel of every report: period (year, tertial, quarter, month or free dates), unit (only those
 * in the reader's scope), the filters, split by kön, compare, and — for the Deltagarrapport — a source of support at
 * entry. "Visa" hands the selection on; the page puts it into the URL.
 */
class Urvalspanel extends Composite<FormLayout> {

    private static final int FORSTA_AR = 2004;

    private final Select<Period.Typ> periodtyp = new Select<>();
    private final Select<Integer> ar = new Select<>();
    private final Select<Integer> del = new Select<>();
    private final DatePicker fran = new DatePicker();
    private final DatePicker till = new DatePicker();
    private final ComboBox<Enhetsval> enhet = new ComboBox<>();
    private final Select<Finansieringsform> finansieringsform = new Select<>();
    private final Select<Inriktning> inriktning = new Select<>();
    private final Select<Malgrupp> malgrupp = new Select<>();
    private final Select<Forsorjningskalla> kalla = new Select<>();
    private final Checkbox perKon = new Checkbox();
    private final Checkbox jamfor = new Checkbox();

    Urvalspanel(List<Enhetsval> enheter, boolean medKalla, int iAr, Consumer<Rapporturval> visa) {
        FormLayout form = getContent();
        form.setId("rapport-urval");
        periodtyp.setLabel(getTranslation("rapport.urval.periodtyp"));
        periodtyp.setItems(Period.Typ.values());
        periodtyp.setItemLabelGenerator(t -> getTranslation("rapport.periodtyp." + t.name()));
        periodtyp.setId("rapport-periodtyp");
        ar.setLabel(getTranslation("rapport.urval.ar"));
        ar.setItems(IntStream.rangeClosed(FORSTA_AR, iAr + 1)
                .boxed()
                .sorted((a, b) -> b - a)
                .toList());
        ar.setId("rapport-ar");
        del.setLabel(getTranslation("rapport.urval.del"));
        del.setId("rapport-del");
        fran.setLabel(getTranslation("rapport.urval.fran"));
        till.setLabel(getTranslation("rapport.urval.till"));
        periodtyp.addValueChangeListener(e -> visaPeriodfalt());

        enhet.setLabel(getTranslation("rapport.urval.enhet-falt"));
        enhet.setItems(enheter);
        enhet.setItemLabelGenerator(this::enhetsnamn);
        enhet.setWidth("28em");
        enhet.setId("rapport-enhet");
        Falthjalp.text(enhet, "rapport-enhet");
        enhet.addValueChangeListener(e ->
                jamfor.setEnabled(e.getValue() == null || e.getValue().enhet().niva() != Niva.INSATS));

        tomtVal(finansieringsform, "rapport.urval.finansieringsform", Finansieringsform.values(), "finansieringsform.");
        tomtVal(inriktning, "rapport.urval.inriktning", Inriktning.values(), "inriktning.");
        tomtVal(malgrupp, "rapport.urval.malgrupp", Malgrupp.values(), "malgrupp.");
        tomtVal(kalla, "rapport.urval.kalla", Forsorjningskalla.values(), "deltagare.forsorjningskalla.");
        kalla.setVisible(medKalla);
        Falthjalp.text(finansieringsform, "finansieringsform");
        Falthjalp.text(inriktning, "inriktning");
        Falthjalp.text(malgrupp, "rapport-malgrupp");
        Falthjalp.text(kalla, "rapport-kalla");
        perKon.setLabel(getTranslation("rapport.urval.per-kon"));
        perKon.setId("rapport-kon");
        jamfor.setLabel(getTranslation("rapport.urval.jamfor"));
        jamfor.setId("rapport-jamfor");
        Falthjalp.text(jamfor, "rapport-jamfor");

        Button knapp = new Button(getTranslation("rapport.urval.visa"), e -> {
            try {
                visa.accept(urval());
            } catch (Urvalsfel fel) {
                periodtyp.setInvalid(true);
                periodtyp.setErrorMessage(getTranslation(fel.nyckel(), fel.varde()));
            } catch (ValideringsException fel) {
                periodtyp.setInvalid(true);
                periodtyp.setErrorMessage(fel.getMessage());
            }
        });
        knapp.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        knapp.setId("rapport-visa");
        form.add(periodtyp, ar, del, fran, till, enhet, finansieringsform, inriktning, malgrupp, kalla, perKon, jamfor);
        form.add(knapp);
    }

    /** Shows a selection (from the URL) in the fields. */
    void visa(Rapporturval urval) {
        Period p = urval.period();
        periodtyp.setValue(p.typ());
        ar.setValue(p.fran().getYear());
        switch (p.typ()) {
            case TERTIAL -> del.setValue((p.fran().getMonthValue() - 1) / 4 + 1);
            case KVARTAL -> del.setValue((p.fran().getMonthValue() - 1) / 3 + 1);
            case MANAD -> del.setValue(p.fran().getMonthValue());
            default -> {}
        }
        fran.setValue(p.fran());
        till.setValue(p.till());
        enhet.getListDataView()
                .getItems()
                .filter(e -> e.enhet().equals(urval.enhet()))
                .findFirst()
                .ifPresent(enhet::setValue);
        finansieringsform.setValue(urval.finansieringsform());
        inriktning.setValue(urval.inriktning());
        malgrupp.setValue(urval.malgrupp());
        kalla.setValue(urval.kalla());
        perKon.setValue(urval.perKon());
        jamfor.setValue(urval.jamfor());
        periodtyp.setInvalid(false);
    }

    /** The selection in the fields; an incomplete period is an {@link Urvalsfel}. */
    Rapporturval urval() {
        Period.Typ typ = periodtyp.getValue() == null ? Period.Typ.AR : periodtyp.getValue();
        if (typ != Period.Typ.FRITT && ar.getValue() == null
                || typ != Period.Typ.AR && typ != Period.Typ.FRITT && del.getValue() == null
                || typ == Period.Typ.FRITT && (fran.getValue() == null || till.getValue() == null)) {
            throw new Urvalsfel("rapport.fel.period-ofullstandig", "");
        }
        Period period = switch (typ) {
            case AR -> Period.ar(ar.getValue());
            case TERTIAL -> Period.tertial(ar.getValue(), del.getValue());
            case KVARTAL -> Period.kvartal(ar.getValue(), del.getValue());
            case MANAD -> Period.manad(ar.getValue(), del.getValue());
            case FRITT -> Period.fritt(fran.getValue(), till.getValue());
        };
        Enhet valdEnhet = enhet.getValue() == null ? null : enhet.getValue().enhet();
        if (valdEnhet == null) {
            throw new Urvalsfel("rapport.fel.enhet-saknas", "");
        }
        return new Rapporturval(
                period,
                valdEnhet,
                finansieringsform.getValue(),
                inriktning.getValue(),
                malgrupp.getValue(),
                perKon.getValue(),
                jamfor.getValue() && valdEnhet.niva() != Niva.INSATS,
                kalla.isVisible() ? kalla.getValue() : null);
    }

    private void visaPeriodfalt() {
        Period.Typ typ = periodtyp.getValue();
        boolean fritt = typ == Period.Typ.FRITT;
        ar.setVisible(!fritt);
        fran.setVisible(fritt);
        till.setVisible(fritt);
        del.setVisible(typ == Period.Typ.TERTIAL || typ == Period.Typ.KVARTAL || typ == Period.Typ.MANAD);
        if (del.isVisible()) {
            int antal = typ == Period.Typ.TERTIAL ? 3 : typ == Period.Typ.KVARTAL ? 4 : 12;
            Integer valt = del.getValue();
            del.setItems(IntStream.rangeClosed(1, antal).boxed().toList());
            del.setItemLabelGenerator(d -> getTranslation("rapport.del." + typ.name(), d));
            del.setValue(valt != null && valt <= antal ? valt : 1);
        }
        if (fritt && fran.isEmpty() && ar.getValue() != null) {
            fran.setValue(LocalDate.of(ar.getValue(), 1, 1));
            till.setValue(LocalDate.of(ar.getValue(), 12, 31));
        }
    }

    private String enhetsnamn(Enhetsval e) {
        return switch (e.enhet().niva()) {
            case RIKET -> getTranslation("rapport.enhet.riket");
            case LAN -> getTranslation("rapport.niva.LAN") + ": " + e.namn();
            case FORBUND -> getTranslation("rapport.niva.FORBUND") + ": " + e.namn();
            case INSATS -> getTranslation("rapport.niva.INSATS") + ": " + e.namn() + " (" + e.forbund() + ")";
        };
    }

    private <E extends Enum<E>> void tomtVal(Select<E> falt, String etikett, E[] varden, String prefix) {
        falt.setLabel(getTranslation(etikett));
        List<E> alla = new ArrayList<>(Arrays.asList(varden));
        falt.setItems(alla);
        falt.setEmptySelectionAllowed(true);
        falt.setEmptySelectionCaption(getTranslation("rapport.urval.alla"));
        falt.setItemLabelGenerator(
                v -> v == null ? getTranslation("rapport.urval.alla") : getTranslation(prefix + v.name()));
    }
}
