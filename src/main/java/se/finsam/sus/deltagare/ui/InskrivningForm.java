package se.finsam.sus.deltagare.ui;

import static se.finsam.sus.base.ui.Meddelanden.t;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import se.finsam.sus.base.Identitetsnummer;
import se.finsam.sus.base.Kon;
import se.finsam.sus.base.ValideringsException;
import se.finsam.sus.base.ui.Datumgrans;
import se.finsam.sus.base.ui.Faltfel;
import se.finsam.sus.base.ui.Falthjalp;
import se.finsam.sus.deltagare.Behovsgrupp;
import se.finsam.sus.deltagare.Inskrivning;
import se.finsam.sus.deltagare.Malgruppsalder;
import se.finsam.sus.deltagare.Myndighet;
import se.finsam.sus.deltagare.Samtycke;
import se.finsam.sus.deltagare.TidIUtanforskap;
import se.finsam.sus.deltagare.Utbildningsniva;
import se.finsam.sus.geografi.KommunInfo;

/**
 * The entry of a participation, for registration and for corrections: consent first (without consent to
 * registration nothing can be saved, and the form says to register anonymous counts instead), then the identity
 * number (kön follows it when it is valid, and can be changed), and the data at entry with försörjning. The
 * prioriterade behovsgrupper are ticks (none, one or several); utbildningsnivå is optional.
 */
class InskrivningForm extends VerticalLayout {

    static final class Formular {
        LocalDate samtyckesdatum;
        Set<Myndighet> informationsutbyte = new HashSet<>();
        boolean registrering;
        String identitetsnummer;
        Kon kon;
        String hemkommun;
        Set<Behovsgrupp> behovsgrupper = new HashSet<>();
        Utbildningsniva utbildningsniva;
        Myndighet remitterande;
        TidIUtanforskap tidIUtanforskap;
        boolean arbetssokande;
        LocalDate startdatum;
    }

    /** The authorities between which consent can allow information exchange (Finsam's four parties). */
    static final List<Myndighet> PARTER =
            List.of(Myndighet.FORSAKRINGSKASSAN, Myndighet.ARBETSFORMEDLINGEN, Myndighet.KOMMUN, Myndighet.REGION);

    final DatePicker samtyckesdatum = new DatePicker(t("deltagare.vy.samtyckesdatum"));
    final CheckboxGroup<Myndighet> informationsutbyte = new CheckboxGroup<>(t("deltagare.vy.informationsutbyte"));
    final Checkbox registrering = new Checkbox(t("deltagare.vy.samtycke-registrering"));
    final TextField identitetsnummer = new TextField(t("deltagare.vy.identitetsnummer"));
    final RadioButtonGroup<Kon> kon = new RadioButtonGroup<>(t("deltagare.vy.kon"));
    final ComboBox<String> hemkommun = new ComboBox<>(t("deltagare.vy.hemkommun"));
    final CheckboxGroup<Behovsgrupp> behovsgrupper = new CheckboxGroup<>(t("deltagare.vy.behovsgrupper"));
    final Select<Utbildningsniva> utbildningsniva = new Select<>();
    final Select<Myndighet> remitterande = new Select<>();
    final Select<TidIUtanforskap> tidIUtanforskap = new Select<>();
    final Checkbox arbetssokande = new Checkbox(t("deltagare.vy.arbetssokande-start"));
    final DatePicker startdatum = new DatePicker(t("deltagare.vy.startdatum"));
    final ForsorjningFalt forsorjning = new ForsorjningFalt("start", "deltagare.vy.forsorjning-start");
    /** Shown when the age at start is outside the ages the insats serves ({@link Malgruppsalder}); must be ticked. */
    final Checkbox alderBekraftad = new Checkbox();

    private final Binder<Formular> binder = new Binder<>();
    private final Faltfel faltfel = new Faltfel();
    private final LocalDate idag;
    private boolean laddar;

    InskrivningForm(List<KommunInfo> kommuner, LocalDate idag) {
        this.idag = idag;
        setPadding(false);
        setId("inskrivning");

        samtyckesdatum.setId("samtyckesdatum");
        Datumgrans.senast(samtyckesdatum, idag, "deltagare.fel.samtycke-datum-framtid");
        informationsutbyte.setId("informationsutbyte");
        informationsutbyte.setItems(PARTER);
        informationsutbyte.setItemLabelGenerator(Etikett::av);
        Falthjalp.text(informationsutbyte, "informationsutbyte");
        registrering.setId("samtycke-registrering");
        identitetsnummer.setId("identitetsnummer");
        identitetsnummer.setHelperText(t("deltagare.vy.identitetsnummer-hjalp"));
        identitetsnummer.setMaxLength(20);
        identitetsnummer.setRequiredIndicatorVisible(true);
        identitetsnummer.addValueChangeListener(e -> {
            konFranIdentitet(e.getValue());
            alderskontroll();
        });
        kon.setId("kon");
        kon.setItems(Kon.values());
        kon.setItemLabelGenerator(Etikett::av);
        kon.setHelperText(t("deltagare.vy.kon-hjalp"));
        hemkommun.setId("hemkommun");
        Map<String, KommunInfo> perKod =
                kommuner.stream().collect(Collectors.toMap(KommunInfo::kod, Function.identity()));
        hemkommun.setItems(kommuner.stream().map(KommunInfo::kod).toList());
        hemkommun.setItemLabelGenerator(
                kod -> perKod.containsKey(kod) ? perKod.get(kod).namn() : kod);
        behovsgrupper.setId("behovsgrupper");
        behovsgrupper.setItems(Behovsgrupp.values());
        behovsgrupper.setItemLabelGenerator(Etikett::av);
        Falthjalp.text(behovsgrupper, "behovsgrupper");
        utbildningsniva.setId("utbildningsniva");
        utbildningsniva.setLabel(t("deltagare.vy.utbildningsniva"));
        Falthjalp.text(utbildningsniva, "utbildningsniva");
        utbildningsniva.setItems(Utbildningsniva.values());
        utbildningsniva.setEmptySelectionAllowed(true);
        utbildningsniva.setEmptySelectionCaption(t("deltagare.vy.utbildningsniva-ingen"));
        utbildningsniva.setItemLabelGenerator(u -> u == null ? t("deltagare.vy.utbildningsniva-ingen") : Etikett.av(u));
        arbetssokande.setId("arbetssokande-start");
        Falthjalp.text(arbetssokande, "arbetssokande");
        remitterande.setId("remitterande");
        remitterande.setLabel(t("deltagare.vy.remitterande"));
        remitterande.setItems(Myndighet.values());
        remitterande.setItemLabelGenerator(Etikett::av);
        Falthjalp.text(remitterande, "remitterande");
        tidIUtanforskap.setId("tid-i-utanforskap");
        tidIUtanforskap.setLabel(t("deltagare.vy.tid-i-utanforskap"));
        Falthjalp.text(tidIUtanforskap, "tid-i-utanforskap");
        tidIUtanforskap.setItems(TidIUtanforskap.values());
        tidIUtanforskap.setItemLabelGenerator(Etikett::av);
        startdatum.setId("startdatum");
        startdatum.addValueChangeListener(e -> alderskontroll());
        alderBekraftad.setId("alder-bekraftad");
        alderBekraftad.setVisible(false);

        binder.forField(samtyckesdatum)
                .asRequired(t("deltagare.fel.samtycke-datum-saknas"))
                .withValidator(d -> d == null || !d.isAfter(idag), t("deltagare.fel.samtycke-datum-framtid"))
                .bind(f -> f.samtyckesdatum, (f, v) -> f.samtyckesdatum = v);
        binder.forField(informationsutbyte)
                .bind(f -> f.informationsutbyte, (f, v) -> f.informationsutbyte = new HashSet<>(v));
        binder.forField(registrering)
                .withValidator(v -> v, t("deltagare.fel.samtycke-registrering"))
                .bind(f -> f.registrering, (f, v) -> f.registrering = v);
        binder.forField(identitetsnummer)
                .withValidator((v, ctx) -> Identitetsfalt.validera(v, idag))
                .bind(f -> f.identitetsnummer, (f, v) -> f.identitetsnummer = v);
        binder.forField(kon).asRequired(t("deltagare.formfel.kon")).bind(f -> f.kon, (f, v) -> f.kon = v);
        binder.forField(hemkommun)
                .asRequired(t("deltagare.fel.hemkommun-saknas"))
                .bind(f -> f.hemkommun, (f, v) -> f.hemkommun = v);
        binder.forField(behovsgrupper).bind(f -> f.behovsgrupper, (f, v) -> f.behovsgrupper = new HashSet<>(v));
        binder.forField(utbildningsniva).bind(f -> f.utbildningsniva, (f, v) -> f.utbildningsniva = v);
        binder.forField(arbetssokande).bind(f -> f.arbetssokande, (f, v) -> f.arbetssokande = v);
        binder.forField(remitterande)
                .asRequired(t("deltagare.fel.remitterande-saknas"))
                .bind(f -> f.remitterande, (f, v) -> f.remitterande = v);
        binder.forField(tidIUtanforskap)
                .asRequired(t("deltagare.fel.tid-i-utanforskap-saknas"))
                .bind(f -> f.tidIUtanforskap, (f, v) -> f.tidIUtanforskap = v);
        binder.forField(startdatum)
                .asRequired(t("deltagare.fel.startdatum-saknas"))
                .bind(f -> f.startdatum, (f, v) -> f.startdatum = v);
        Formular ny = new Formular();
        ny.samtyckesdatum = idag;
        ny.startdatum = idag;
        binder.readBean(ny);

        // Where the service's refusals are shown (the keys of DeltagarRegler and Identitetsnummer).
        faltfel.falt(
                        identitetsnummer,
                        "deltagare.fel.identitet-saknas",
                        "deltagare.fel.identitet-format",
                        "deltagare.fel.identitet-plus",
                        "deltagare.fel.identitet-kontrollsiffra",
                        "deltagare.fel.identitet-datum",
                        "deltagare.fel.identitet-framtid",
                        "deltagare.fel.overlapp")
                .falt(registrering, "deltagare.fel.samtycke-saknas", "deltagare.fel.samtycke-registrering")
                .falt(samtyckesdatum, "deltagare.fel.samtycke-datum-saknas", "deltagare.fel.samtycke-datum-framtid")
                .falt(informationsutbyte, "deltagare.fel.samtycke-myndighet")
                .falt(
                        startdatum,
                        "deltagare.fel.startdatum-saknas",
                        "deltagare.fel.startdatum-framtid",
                        "deltagare.fel.startdatum-utanfor-insats",
                        "deltagare.fel.startdatum-fore-fodelse",
                        "deltagare.fel.startdatum-efter-slut")
                .falt(hemkommun, "deltagare.fel.hemkommun-saknas", "deltagare.fel.hemkommun-okand")
                .falt(remitterande, "deltagare.fel.remitterande-saknas")
                .falt(tidIUtanforskap, "deltagare.fel.tid-i-utanforskap-saknas");
        forsorjning.registrera(faltfel);

        Paragraph samtyckeText = new Paragraph(t("deltagare.vy.samtycke-text"));
        samtyckeText.setId("samtycke-text");
        FormLayout samtycke = new FormLayout(samtyckesdatum, informationsutbyte, registrering);
        samtycke.setColspan(registrering, 2);
        FormLayout person = new FormLayout(
                identitetsnummer,
                kon,
                hemkommun,
                behovsgrupper,
                utbildningsniva,
                remitterande,
                tidIUtanforskap,
                startdatum,
                alderBekraftad,
                arbetssokande);
        person.setColspan(alderBekraftad, 2);
        person.setColspan(arbetssokande, 2);
        add(
                new H2(t("deltagare.vy.samtycke")),
                samtyckeText,
                samtycke,
                new H2(t("deltagare.vy.vid-start")),
                person,
                forsorjning);
    }

    /** Which service refusals show at which field. */
    Faltfel faltfel() {
        return faltfel;
    }

    private void konFranIdentitet(String text) {
        if (laddar || text == null || text.isBlank()) {
            return;
        }
        try {
            kon.setValue(Identitetsnummer.tolka(text, idag).kon());
        } catch (ValideringsException e) {
            // The binder shows the message at the field.
        }
    }

    /**
     * Warns when the age at start is outside the ages the insats serves and asks for a confirmation; a changed
     * identity number or start date asks again. Silent while the number or the date is not (yet) valid.
     */
    private void alderskontroll() {
        OptionalInt alder = OptionalInt.empty();
        try {
            if (startdatum.getValue() != null && identitetsnummer.getValue() != null) {
                alder = Malgruppsalder.utanfor(
                        Identitetsnummer.tolka(identitetsnummer.getValue(), idag)
                                .fodelsedatum(),
                        startdatum.getValue());
            }
        } catch (ValideringsException e) {
            // The binder shows the number's own message.
        }
        alderBekraftad.setVisible(alder.isPresent());
        alderBekraftad.setInvalid(false);
        if (alder.isPresent()) {
            alderBekraftad.setLabel(
                    t("deltagare.vy.alder-utanfor", alder.getAsInt(), Malgruppsalder.LAGST, Malgruppsalder.HOGST));
        }
        if (!laddar) {
            alderBekraftad.setValue(false);
        }
    }

    void visa(Inskrivning u) {
        Formular f = new Formular();
        f.identitetsnummer = u.identitetsnummer();
        f.startdatum = u.startdatum();
        if (u.samtycke() != null) {
            f.samtyckesdatum = u.samtycke().datum();
            f.informationsutbyte = new HashSet<>(u.samtycke().informationsutbyte());
            f.registrering = u.samtycke().registrering();
        }
        f.kon = u.kon();
        f.hemkommun = u.hemkommun();
        f.behovsgrupper = new HashSet<>(u.behovsgrupper());
        f.utbildningsniva = u.utbildningsniva();
        f.remitterande = u.remitterande();
        f.tidIUtanforskap = u.tidIUtanforskap();
        f.arbetssokande = u.arbetssokande();
        laddar = true;
        try {
            binder.readBean(f);
            alderskontroll();
            // An age outside the range was confirmed when the participation was registered.
            alderBekraftad.setValue(true);
        } finally {
            laddar = false;
        }
        forsorjning.visa(u.forsorjningVidStart());
    }

    /** The entry when every field is valid; otherwise the fields show their messages. */
    Optional<Inskrivning> las() {
        faltfel.rensa();
        Formular f = new Formular();
        boolean giltig = binder.writeBeanIfValid(f);
        var vidStart = forsorjning.las();
        boolean alderOk = !alderBekraftad.isVisible() || alderBekraftad.getValue();
        alderBekraftad.setErrorMessage(alderOk ? null : t("deltagare.fel.alder-ej-bekraftad"));
        alderBekraftad.setInvalid(!alderOk);
        if (!giltig || vidStart.isEmpty() || !alderOk) {
            return Optional.empty();
        }
        Set<Myndighet> utbyte = f.informationsutbyte.isEmpty() ? Set.of() : EnumSet.copyOf(f.informationsutbyte);
        return Optional.of(new Inskrivning(
                f.identitetsnummer,
                f.startdatum,
                new Samtycke(f.samtyckesdatum, utbyte, f.registrering),
                f.kon,
                f.hemkommun,
                f.behovsgrupper.isEmpty() ? Set.of() : EnumSet.copyOf(f.behovsgrupper),
                f.utbildningsniva,
                f.remitterande,
                f.tidIUtanforskap,
                f.arbetssokande,
                vidStart.get()));
    }

    void visaFel(ValideringsException e) {
        faltfel.visa(e);
    }
}
