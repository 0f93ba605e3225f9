package se.finsam.sus.organisation.ui;

import static se.finsam.sus.base.ui.Meddelanden.t;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Set;
import se.finsam.sus.base.ui.Falthjalp;
import se.finsam.sus.base.ui.Postformular;
import se.finsam.sus.organisation.Inriktning;
import se.finsam.sus.organisation.InsatsUppgifter;
import se.finsam.sus.organisation.Malgrupp;
import se.finsam.sus.organisation.PreciseradInriktning;
import se.finsam.sus.organisation.Uppfoljningsmetod;

/**
 * The fields of an insats. Inriktning, uppföljningsmetod and ESF are chosen once: read-only when editing.
 * The preciserad inriktning and målgrupper offered follow the chosen inriktning.
 */
class InsatsForm extends Postformular<InsatsUppgifter> {

    final TextField namn = new TextField(t("insats.namn"));
    final TextArea beskrivning = new TextArea(t("insats.beskrivning"));
    final DatePicker startdatum = new DatePicker(t("insats.startdatum"));
    final DatePicker slutdatum = new DatePicker(t("insats.slutdatum"));
    final ComboBox<Inriktning> inriktning = new ComboBox<>(t("insats.inriktning"));
    final ComboBox<PreciseradInriktning> preciserad = new ComboBox<>(t("insats.preciserad-inriktning"));
    final MultiSelectComboBox<Malgrupp> malgrupper = new MultiSelectComboBox<>(t("insats.malgrupper"));
    final Checkbox langtidssjukskrivna = new Checkbox(t("insats.langtidssjukskrivna"));
    final Checkbox ungaFunktionsnedsattning = new Checkbox(t("insats.unga-funktionsnedsattning"));
    final Checkbox ungaAktivitetsersattning = new Checkbox(t("insats.unga-aktivitetsersattning"));
    final ComboBox<Uppfoljningsmetod> uppfoljningsmetod = new ComboBox<>(t("insats.uppfoljningsmetod"));
    final Checkbox esf = new Checkbox(t("insats.esf"));

    private final boolean ny;

    InsatsForm(boolean ny) {
        super(InsatsUppgifter.class);
        this.ny = ny;
        namn.setId("insats-namn");
        namn.setMaxLength(200);
        beskrivning.setMaxLength(2000);
        startdatum.setId("insats-startdatum");
        slutdatum.setId("insats-slutdatum");
        inriktning.setId("insats-inriktning");
        inriktning.setItems(Inriktning.values());
        inriktning.setItemLabelGenerator(i -> t("inriktning." + i.name()));
        preciserad.setId("insats-preciserad");
        preciserad.setItemLabelGenerator(p -> t("preciserad." + p.name()));
        malgrupper.setId("insats-malgrupper");
        malgrupper.setItemLabelGenerator(m -> t("malgrupp." + m.name()));
        uppfoljningsmetod.setId("insats-uppfoljningsmetod");
        uppfoljningsmetod.setItems(Uppfoljningsmetod.values());
        uppfoljningsmetod.setItemLabelGenerator(u -> t("uppfoljningsmetod." + u.name()));
        esf.setId("insats-esf");
        Falthjalp.text(inriktning, "inriktning");
        Falthjalp.perVarde(preciserad, "preciserad-inriktning", PreciseradInriktning.class);
        Falthjalp.text(malgrupper, "malgrupper");
        Falthjalp.text(uppfoljningsmetod, "uppfoljningsmetod");
        Falthjalp.text(esf, "esf");
        if (!ny) {
            inriktning.setHelperText(t("insats.fasta-hjalp"));
            uppfoljningsmetod.setHelperText(t("insats.fasta-hjalp"));
        }
        inriktning.addValueChangeListener(e -> valjInriktning(e.getValue()));
        valjInriktning(null);

        binder.forField(namn).asRequired(t("insats.fel.namn-saknas")).bind("namn");
        binder.forField(beskrivning).bind("beskrivning");
        binder.forField(startdatum)
                .asRequired(t("insats.fel.startdatum-saknas"))
                .bind("startdatum");
        binder.forField(slutdatum)
                .withValidator(
                        s -> s == null || startdatum.getValue() == null || !s.isBefore(startdatum.getValue()),
                        t("insats.fel.slut-fore-start"))
                .bind("slutdatum");
        binder.forField(inriktning)
                .asRequired(t("insats.fel.inriktning-saknas"))
                .bind("inriktning");
        binder.forField(preciserad)
                .asRequired(t("insats.fel.preciserad-inriktning"))
                .withValidator(
                        p -> p == null || p.inriktning() == inriktning.getValue(),
                        t("insats.fel.preciserad-inriktning"))
                .bind("preciseradInriktning");
        binder.forField(malgrupper)
                .withValidator(
                        m -> inriktning.getValue() == null || m.stream().allMatch(g -> g.passar(inriktning.getValue())),
                        t("insats.fel.malgrupp"))
                .bind("malgrupper");
        binder.forField(langtidssjukskrivna).bind("langtidssjukskrivna");
        binder.forField(ungaFunktionsnedsattning).bind("ungaFunktionsnedsattning");
        binder.forField(ungaAktivitetsersattning).bind("ungaAktivitetsersattning");
        binder.forField(uppfoljningsmetod)
                .asRequired(t("insats.fel.uppfoljningsmetod-saknas"))
                .bind("uppfoljningsmetod");
        binder.forField(esf).bind("esfFinansierad");

        faltfel.falt(namn, "insats.fel.namn-finns", "insats.fel.namn-saknas")
                .falt(slutdatum, "insats.fel.slut-fore-start")
                .falt(startdatum, "insats.fel.utanfor-organisationens-period")
                .falt(preciserad, "insats.fel.preciserad-inriktning")
                .falt(malgrupper, "insats.fel.malgrupp");

        VerticalLayout prioriterade = new VerticalLayout(
                new Span(new Text(t("insats.prioriterade")), Falthjalp.ikon("prioriterade-behovsgrupper")),
                langtidssjukskrivna,
                ungaFunktionsnedsattning,
                ungaAktivitetsersattning);
        prioriterade.setPadding(false);
        prioriterade.setSpacing(false);
        add(
                namn,
                startdatum,
                slutdatum,
                inriktning,
                preciserad,
                malgrupper,
                uppfoljningsmetod,
                esf,
                prioriterade,
                beskrivning);
        setColspan(beskrivning, 2);
        lasbar(false);
    }

    private void valjInriktning(Inriktning vald) {
        List<PreciseradInriktning> precisering = vald == null ? List.of() : PreciseradInriktning.inom(vald);
        PreciseradInriktning tidigare = preciserad.getValue();
        preciserad.setItems(precisering);
        if (tidigare != null && precisering.contains(tidigare)) {
            preciserad.setValue(tidigare);
        }
        Set<Malgrupp> valda = malgrupper.getValue();
        List<Malgrupp> grupper = vald == null ? List.of(Malgrupp.values()) : Malgrupp.inom(vald);
        malgrupper.setItems(grupper);
        malgrupper.setValue(valda.stream().filter(grupper::contains).collect(java.util.stream.Collectors.toSet()));
    }

    @Override
    public void visa(InsatsUppgifter u) {
        valjInriktning(u.inriktning());
        super.visa(u);
    }

    /** Inriktning, uppföljningsmetod and ESF stay read-only when editing. */
    @Override
    public void lasbar(boolean endastLas) {
        super.lasbar(endastLas);
        inriktning.setReadOnly(endastLas || !ny);
        uppfoljningsmetod.setReadOnly(endastLas || !ny);
        esf.setReadOnly(endastLas || !ny);
    }
}
