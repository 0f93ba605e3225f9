package se.finsam.sus.deltagare.ui;

import static se.finsam.sus.base.ui.Meddelanden.t;

import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.data.binder.Binder;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import se.finsam.sus.base.ui.Faltfel;
import se.finsam.sus.base.ui.Falthjalp;
import se.finsam.sus.base.ui.Inmatning;
import se.finsam.sus.deltagare.Forsorjning;
import se.finsam.sus.deltagare.Forsorjningskalla;

/**
 * Försörjning at entry or exit: the sources as ticks, and hours per week (0–40) working with and without subsidy,
 * studying and as self-employed. Used by the entry and the exit form alike.
 */
class ForsorjningFalt extends VerticalLayout {

    /** What the fields show before anything is entered: no source ticked, no hours. */
    private static final Forsorjning INGEN = new Forsorjning(Set.of(), 0, 0, 0, 0);

    final CheckboxGroup<Forsorjningskalla> kallor = new CheckboxGroup<>();
    final IntegerField medStod = timmar("timmar-med-stod");
    final IntegerField utanStod = timmar("timmar-utan-stod");
    final IntegerField studier = timmar("timmar-studier");
    final IntegerField egetForetag = timmar("timmar-eget-foretag");
    private final Binder<Forsorjning> binder = new Binder<>(Forsorjning.class);
    private final Map<IntegerField, String> timmarnycklar = new LinkedHashMap<>();

    /** {@code prefix} makes the ids unique ("start" or "slut"); {@code rubrik} is the i18n key of the group label. */
    ForsorjningFalt(String prefix, String rubrik) {
        setPadding(false);
        setSpacing(false);
        kallor.setLabel(t(rubrik));
        kallor.setId("forsorjning-" + prefix + "-kallor");
        kallor.setItems(Forsorjningskalla.values());
        kallor.setItemLabelGenerator(Etikett::av);
        Falthjalp.text(kallor, "forsorjning");
        Falthjalp.text(medStod, "timmar-med-stod");
        Falthjalp.text(utanStod, "timmar-utan-stod");
        Falthjalp.text(studier, "timmar-studier");
        Falthjalp.text(egetForetag, "timmar-eget-foretag");
        for (IntegerField falt : new IntegerField[] {medStod, utanStod, studier, egetForetag}) {
            falt.setId("forsorjning-" + prefix + "-" + falt.getId().orElseThrow());
        }
        binder.forField(kallor)
                .withValidator(
                        k -> !k.contains(Forsorjningskalla.INGEN) || k.size() == 1,
                        t("deltagare.fel.forsorjning-ingen-med-annan"))
                .bind("kallor");
        bindTimmar(medStod, "deltagare.fel.timmar-arbete-med-stod", "timmarArbeteMedStod");
        bindTimmar(utanStod, "deltagare.fel.timmar-arbete-utan-stod", "timmarArbeteUtanStod");
        bindTimmar(studier, "deltagare.fel.timmar-studier", "timmarStudier");
        bindTimmar(egetForetag, "deltagare.fel.timmar-eget-foretag", "timmarEgetForetag");
        binder.readRecord(INGEN);

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
        return falt;
    }

    /**
     * An empty hours field counts as 0 hours. The field checks its own min and max (and unparsable input) before
     * the binder does; it gets the same message, otherwise it would turn red without saying why.
     */
    private void bindTimmar(IntegerField falt, String felnyckel, String komponent) {
        String fel = t(felnyckel, Forsorjning.MAX_TIMMAR);
        falt.setI18n(new IntegerField.IntegerFieldI18n()
                .setMinErrorMessage(fel)
                .setMaxErrorMessage(fel)
                .setBadInputErrorMessage(fel));
        binder.forField(falt)
                .withValidator(v -> v == null || (v >= 0 && v <= Forsorjning.MAX_TIMMAR), fel)
                .withConverter(v -> v == null ? 0 : v, v -> v)
                .bind(komponent);
        timmarnycklar.put(falt, felnyckel);
    }

    /** Shows the service's refusals about försörjning at these fields. */
    void registrera(Faltfel faltfel) {
        faltfel.falt(kallor, "deltagare.fel.forsorjning-saknas", "deltagare.fel.forsorjning-ingen-med-annan");
        timmarnycklar.forEach(faltfel::falt);
    }

    void visa(Forsorjning forsorjning) {
        binder.readRecord(forsorjning == null ? INGEN : forsorjning);
    }

    /** The entered försörjning when valid; otherwise the fields show their messages. */
    Optional<Forsorjning> las() {
        return Inmatning.las(binder);
    }
}
