package se.finsam.sus.organisation.ui;

import static se.finsam.sus.base.ui.Meddelanden.t;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import se.finsam.sus.base.ValideringsException;
import se.finsam.sus.base.ui.Faltfel;
import se.finsam.sus.organisation.Inriktning;
import se.finsam.sus.organisation.InsatsUppgifter;
import se.finsam.sus.organisation.Malgrupp;
import se.finsam.sus.organisation.PreciseradInriktning;
import se.finsam.sus.organisation.Uppfoljningsmetod;

/**
 * The fields of an insats. Inriktning, uppföljningsmetod and ESF are chosen once: read-only when editing.
 * The preciserad inriktning and målgrupper offered follow the chosen inriktning.
 */
class InsatsForm extends FormLayout {

    static final class Formular {
        String namn;
        String beskrivning;
        LocalDate startdatum;
        LocalDate slutdatum;
        Inriktning inriktning;
        PreciseradInriktning preciserad;
        Set<Malgrupp> malgrupper = new HashSet<>();
        boolean langtidssjukskrivna;
        boolean ungaFunktionsnedsattning;
        boolean ungaAktivitetsersattning;
        Uppfoljningsmetod uppfoljningsmetod;
        boolean esf;
    }

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

    private final Binder<Formular> binder = new Binder<>();
    private final Faltfel faltfel = new Faltfel();
    private final boolean ny;

    InsatsForm(boolean ny) {
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
        if (!ny) {
            inriktning.setHelperText(t("insats.fasta-hjalp"));
            uppfoljningsmetod.setHelperText(t("insats.fasta-hjalp"));
        }
        inriktning.addValueChangeListener(e -> valjInriktning(e.getValue()));
        valjInriktning(null);

        binder.forField(namn).asRequired(t("insats.fel.namn-saknas")).bind(f -> f.namn, (f, v) -> f.namn = v);
        binder.forField(beskrivning).bind(f -> f.beskrivning, (f, v) -> f.beskrivning = v);
        binder.forField(startdatum)
                .asRequired(t("insats.fel.startdatum-saknas"))
                .bind(f -> f.startdatum, (f, v) -> f.startdatum = v);
        binder.forField(slutdatum)
                .withValidator(
                        s -> s == null || startdatum.getValue() == null || !s.isBefore(startdatum.getValue()),
                        t("insats.fel.slut-fore-start"))
                .bind(f -> f.slutdatum, (f, v) -> f.slutdatum = v);
        binder.forField(inriktning)
                .asRequired(t("insats.fel.inriktning-saknas"))
                .bind(f -> f.inriktning, (f, v) -> f.inriktning = v);
        binder.forField(preciserad)
                .asRequired(t("insats.fel.preciserad-inriktning"))
                .withValidator(
                        p -> p == null || p.inriktning() == inriktning.getValue(),
                        t("insats.fel.preciserad-inriktning"))
                .bind(f -> f.preciserad, (f, v) -> f.preciserad = v);
        binder.forField(malgrupper)
                .withValidator(
                        m -> inriktning.getValue() == null || m.stream().allMatch(g -> g.passar(inriktning.getValue())),
                        t("insats.fel.malgrupp"))
                .bind(f -> f.malgrupper, (f, v) -> f.malgrupper = new HashSet<>(v));
        binder.forField(langtidssjukskrivna).bind(f -> f.langtidssjukskrivna, (f, v) -> f.langtidssjukskrivna = v);
        binder.forField(ungaFunktionsnedsattning)
                .bind(f -> f.ungaFunktionsnedsattning, (f, v) -> f.ungaFunktionsnedsattning = v);
        binder.forField(ungaAktivitetsersattning)
                .bind(f -> f.ungaAktivitetsersattning, (f, v) -> f.ungaAktivitetsersattning = v);
        binder.forField(uppfoljningsmetod)
                .asRequired(t("insats.fel.uppfoljningsmetod-saknas"))
                .bind(f -> f.uppfoljningsmetod, (f, v) -> f.uppfoljningsmetod = v);
        binder.forField(esf).bind(f -> f.esf, (f, v) -> f.esf = v);
        binder.readBean(new Formular());

        faltfel.falt(namn, "insats.fel.namn-finns", "insats.fel.namn-saknas")
                .falt(slutdatum, "insats.fel.slut-fore-start")
                .falt(startdatum, "insats.fel.utanfor-organisationens-period")
                .falt(preciserad, "insats.fel.preciserad-inriktning")
                .falt(malgrupper, "insats.fel.malgrupp");

        VerticalLayout prioriterade = new VerticalLayout(
                new Span(t("insats.prioriterade")),
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

    void visa(InsatsUppgifter u) {
        Formular f = new Formular();
        f.namn = u.namn();
        f.beskrivning = u.beskrivning();
        f.startdatum = u.startdatum();
        f.slutdatum = u.slutdatum();
        f.inriktning = u.inriktning();
        f.preciserad = u.preciseradInriktning();
        f.malgrupper = new HashSet<>(u.malgrupper());
        f.langtidssjukskrivna = u.langtidssjukskrivna();
        f.ungaFunktionsnedsattning = u.ungaFunktionsnedsattning();
        f.ungaAktivitetsersattning = u.ungaAktivitetsersattning();
        f.uppfoljningsmetod = u.uppfoljningsmetod();
        f.esf = u.esfFinansierad();
        valjInriktning(u.inriktning());
        binder.readBean(f);
    }

    Optional<InsatsUppgifter> las() {
        Formular f = new Formular();
        if (!binder.writeBeanIfValid(f)) {
            return Optional.empty();
        }
        return Optional.of(new InsatsUppgifter(
                f.namn,
                f.beskrivning,
                f.startdatum,
                f.slutdatum,
                f.inriktning,
                f.preciserad,
                Set.copyOf(f.malgrupper),
                f.langtidssjukskrivna,
                f.ungaFunktionsnedsattning,
                f.ungaAktivitetsersattning,
                f.uppfoljningsmetod,
                f.esf));
    }

    void visaFel(ValideringsException e) {
        faltfel.visa(e);
    }

    void lasbar(boolean endastLas) {
        binder.setReadOnly(endastLas);
        inriktning.setReadOnly(endastLas || !ny);
        uppfoljningsmetod.setReadOnly(endastLas || !ny);
        esf.setReadOnly(endastLas || !ny);
    }
}
