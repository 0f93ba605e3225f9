package se.finsam.sus.deltagare.ui;

import static se.finsam.sus.base.ui.Meddelanden.t;

import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.Setter;
import com.vaadin.flow.function.ValueProvider;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import se.finsam.sus.base.ui.Faltfel;
import se.finsam.sus.deltagare.Forsorjning;
import se.finsam.sus.deltagare.Forsorjningskalla;

/**
 * Försörjning at entry or exit: the sources as ticks, and hours per week (0–40) working with and without subsidy,
 * studying and as self-employed. Used by the entry and the exit form alike.
 */
class ForsorjningFalt extends VerticalLayout {

    static final class Formular {
        Set<Forsorjningskalla> kallor = new HashSet<>();
        Integer medStod = 0;
        Integer utanStod = 0;
        Integer studier = 0;
        Integer egetForetag = 0;
    }

    final CheckboxGroup<Forsorjningskalla> kallor = new CheckboxGroup<>();
    final IntegerField medStod = timmar("timmar-med-stod");
    final IntegerField utanStod = timmar("timmar-utan-stod");
    final IntegerField studier = timmar("timmar-studier");
    final IntegerField egetForetag = timmar("timmar-eget-foretag");
    private final Binder<Formular> binder = new Binder<>();
    private final Map<IntegerField, String> timmarnycklar = new LinkedHashMap<>();

    /** {@code prefix} makes the ids unique ("start" or "slut"); {@code rubrik} is the i18n key of the group label. */
    ForsorjningFalt(String prefix, String rubrik) {
        setPadding(false);
        setSpacing(false);
        kallor.setLabel(t(rubrik));
        kallor.setId("forsorjning-" + prefix + "-kallor");
        kallor.setItems(Forsorjningskalla.values());
        kallor.setItemLabelGenerator(Etikett::av);
        kallor.setHelperText(t("deltagare.vy.forsorjning-hjalp"));
        for (IntegerField falt : new IntegerField[] {medStod, utanStod, studier, egetForetag}) {
            falt.setId("forsorjning-" + prefix + "-" + falt.getId().orElseThrow());
        }
        binder.forField(kallor)
                .withValidator(
                        k -> !k.contains(Forsorjningskalla.INGEN) || k.size() == 1,
                        t("deltagare.fel.forsorjning-ingen-med-annan"))
                .bind(f -> f.kallor, (f, v) -> f.kallor = new HashSet<>(v));
        bindTimmar(medStod, "deltagare.fel.timmar-arbete-med-stod", f -> f.medStod, (f, v) -> f.medStod = v);
        bindTimmar(utanStod, "deltagare.fel.timmar-arbete-utan-stod", f -> f.utanStod, (f, v) -> f.utanStod = v);
        bindTimmar(studier, "deltagare.fel.timmar-studier", f -> f.studier, (f, v) -> f.studier = v);
        bindTimmar(egetForetag, "deltagare.fel.timmar-eget-foretag", f -> f.egetForetag, (f, v) -> f.egetForetag = v);
        binder.readBean(new Formular());

        FormLayout timmar = new FormLayout(medStod, utanStod, studier, egetForetag);
        timmar.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
        add(kallor, timmar);
    }

    private static IntegerField timmar(String id) {
        IntegerField falt = new IntegerField(t("deltagare.vy." + id));
        falt.setId(id);
        falt.setMin(0);
        falt.setMax(Forsorjning.MAX_TIMMAR);
        falt.setStepButtonsVisible(true);
        falt.setHelperText(t("deltagare.vy.timmar-hjalp"));
        return falt;
    }

    private void bindTimmar(
            IntegerField falt,
            String felnyckel,
            ValueProvider<Formular, Integer> las,
            Setter<Formular, Integer> skriv) {
        binder.forField(falt)
                .withValidator(
                        v -> v == null || (v >= 0 && v <= Forsorjning.MAX_TIMMAR), t(felnyckel, Forsorjning.MAX_TIMMAR))
                .bind(las, skriv);
        timmarnycklar.put(falt, felnyckel);
    }

    /** Shows the service's refusals about försörjning at these fields. */
    void registrera(Faltfel faltfel) {
        faltfel.falt(kallor, "deltagare.fel.forsorjning-saknas", "deltagare.fel.forsorjning-ingen-med-annan");
        timmarnycklar.forEach(faltfel::falt);
    }

    void visa(Forsorjning forsorjning) {
        Formular f = new Formular();
        if (forsorjning != null) {
            f.kallor = forsorjning.kallor().isEmpty() ? new HashSet<>() : EnumSet.copyOf(forsorjning.kallor());
            f.medStod = forsorjning.timmarArbeteMedStod();
            f.utanStod = forsorjning.timmarArbeteUtanStod();
            f.studier = forsorjning.timmarStudier();
            f.egetForetag = forsorjning.timmarEgetForetag();
        }
        binder.readBean(f);
    }

    /** The entered försörjning when valid; otherwise the fields show their messages. */
    Optional<Forsorjning> las() {
        Formular f = new Formular();
        if (!binder.writeBeanIfValid(f)) {
            return Optional.empty();
        }
        return Optional.of(new Forsorjning(
                Set.copyOf(f.kallor), noll(f.medStod), noll(f.utanStod), noll(f.studier), noll(f.egetForetag)));
    }

    private static int noll(Integer v) {
        return v == null ? 0 : v;
    }
}
