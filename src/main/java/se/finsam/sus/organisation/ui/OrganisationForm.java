package se.finsam.sus.organisation.ui;

import static se.finsam.sus.base.ui.Meddelanden.t;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import se.finsam.sus.base.ValideringsException;
import se.finsam.sus.base.ui.Faltfel;
import se.finsam.sus.geografi.KommunInfo;
import se.finsam.sus.geografi.LanInfo;
import se.finsam.sus.geografi.StadsdelInfo;
import se.finsam.sus.organisation.Finansieringsform;
import se.finsam.sus.organisation.OrganisationUppgifter;
import se.finsam.sus.organisation.Organisationsnummer;

/** The fields of a samverkansorganisation, validated by a Binder with messages next to the fields. */
class OrganisationForm extends FormLayout {

    /** The form's mutable state between the fields and the service's record. */
    static final class Formular {
        String namn;
        String orgnr;
        Finansieringsform finansieringsform;
        LocalDate startdatum;
        LocalDate slutdatum;
        String beskrivning;
        String adress;
        String kontaktperson;
        Set<String> kommuner = new HashSet<>();
        Set<String> stadsdelar = new HashSet<>();
    }

    final TextField namn = new TextField(t("organisation.namn"));
    final TextField orgnr = new TextField(t("organisation.orgnr"));
    final ComboBox<Finansieringsform> finansieringsform = new ComboBox<>(t("organisation.finansieringsform"));
    final DatePicker startdatum = new DatePicker(t("organisation.startdatum"));
    final DatePicker slutdatum = new DatePicker(t("organisation.slutdatum"));
    final TextArea beskrivning = new TextArea(t("organisation.beskrivning"));
    final TextField adress = new TextField(t("organisation.adress"));
    final TextField kontaktperson = new TextField(t("organisation.kontaktperson"));
    final MultiSelectComboBox<String> kommuner = new MultiSelectComboBox<>(t("organisation.kommuner"));
    final MultiSelectComboBox<String> stadsdelar = new MultiSelectComboBox<>(t("organisation.stadsdelar"));

    private final Binder<Formular> binder = new Binder<>();
    private final Faltfel faltfel = new Faltfel();
    private final boolean ny;

    OrganisationForm(
            java.util.List<KommunInfo> allaKommuner,
            java.util.List<LanInfo> allaLan,
            java.util.List<StadsdelInfo> allaStadsdelar,
            boolean ny) {
        this.ny = ny;
        namn.setId("org-namn");
        orgnr.setId("org-orgnr");
        orgnr.setHelperText(t("organisation.orgnr-hjalp"));
        finansieringsform.setId("org-finansieringsform");
        finansieringsform.setItems(Finansieringsform.values());
        finansieringsform.setItemLabelGenerator(f -> t("finansieringsform." + f.name()));
        startdatum.setId("org-startdatum");
        startdatum.setHelperText(t("organisation.startdatum-hjalp"));
        startdatum.setReadOnly(!ny);
        slutdatum.setId("org-slutdatum");
        beskrivning.setId("org-beskrivning");
        beskrivning.setMaxLength(2000);
        namn.setMaxLength(200);
        adress.setMaxLength(500);
        kontaktperson.setMaxLength(200);
        kommuner.setId("org-kommuner");
        Map<String, String> lanNamn = allaLan.stream().collect(Collectors.toMap(LanInfo::kod, LanInfo::namn));
        Map<String, KommunInfo> perKod =
                allaKommuner.stream().collect(Collectors.toMap(KommunInfo::kod, Function.identity()));
        kommuner.setItems(allaKommuner.stream().map(KommunInfo::kod).toList());
        kommuner.setItemLabelGenerator(kod -> perKod.containsKey(kod)
                ? perKod.get(kod).namn() + " ("
                        + lanNamn.getOrDefault(perKod.get(kod).lanKod(), "") + ")"
                : kod);

        // Stadsdelar are picked per kommun: each is labelled with its kommun, and typing the kommun's name filters.
        stadsdelar.setId("org-stadsdelar");
        stadsdelar.setHelperText(t("organisation.stadsdelar-hjalp"));
        Map<String, StadsdelInfo> stadsdelPerKod =
                allaStadsdelar.stream().collect(Collectors.toMap(StadsdelInfo::kod, Function.identity()));
        stadsdelar.setItems(allaStadsdelar.stream().map(StadsdelInfo::kod).toList());
        stadsdelar.setItemLabelGenerator(kod -> stadsdelPerKod.containsKey(kod)
                ? stadsdelPerKod.get(kod).namn() + " ("
                        + Optional.ofNullable(perKod.get(stadsdelPerKod.get(kod).kommunKod()))
                                .map(KommunInfo::namn)
                                .orElse("")
                        + ")"
                : kod);

        binder.forField(namn).asRequired(t("organisation.fel.namn-saknas")).bind(f -> f.namn, (f, v) -> f.namn = v);
        binder.forField(orgnr)
                .asRequired(t("organisation.fel.orgnr"))
                .withValidator(Organisationsnummer::arGiltigt, t("organisation.fel.orgnr"))
                .bind(f -> f.orgnr, (f, v) -> f.orgnr = v);
        binder.forField(finansieringsform)
                .asRequired(t("organisation.fel.finansieringsform-saknas"))
                .bind(f -> f.finansieringsform, (f, v) -> f.finansieringsform = v);
        binder.forField(startdatum)
                .asRequired(t("organisation.fel.startdatum-saknas"))
                .bind(f -> f.startdatum, (f, v) -> f.startdatum = v);
        binder.forField(slutdatum)
                .withValidator(
                        s -> s == null || startdatum.getValue() == null || !s.isBefore(startdatum.getValue()),
                        t("organisation.fel.slut-fore-start"))
                .bind(f -> f.slutdatum, (f, v) -> f.slutdatum = v);
        binder.forField(beskrivning).bind(f -> f.beskrivning, (f, v) -> f.beskrivning = v);
        binder.forField(adress).bind(f -> f.adress, (f, v) -> f.adress = v);
        binder.forField(kontaktperson).bind(f -> f.kontaktperson, (f, v) -> f.kontaktperson = v);
        binder.forField(kommuner).bind(f -> f.kommuner, (f, v) -> f.kommuner = new HashSet<>(v));
        binder.forField(stadsdelar).bind(f -> f.stadsdelar, (f, v) -> f.stadsdelar = new HashSet<>(v));
        binder.readBean(new Formular());

        faltfel.falt(orgnr, "organisation.fel.orgnr", "organisation.fel.orgnr-finns")
                .falt(namn, "organisation.fel.namn-saknas")
                .falt(slutdatum, "organisation.fel.slut-fore-start", "organisation.fel.insatser-utanfor-period")
                .falt(startdatum, "organisation.fel.startdatum-fast")
                .falt(kommuner, "organisation.fel.kommun")
                .falt(stadsdelar, "organisation.fel.stadsdel", "organisation.fel.stadsdel-och-kommun");
        add(
                namn,
                orgnr,
                finansieringsform,
                startdatum,
                slutdatum,
                kontaktperson,
                adress,
                kommuner,
                stadsdelar,
                beskrivning);
        setColspan(beskrivning, 2);
        setColspan(kommuner, 2);
        setColspan(stadsdelar, 2);
    }

    void visa(OrganisationUppgifter u) {
        Formular f = new Formular();
        f.namn = u.namn();
        f.orgnr = Organisationsnummer.formatera(u.organisationsnummer());
        f.finansieringsform = u.finansieringsform();
        f.startdatum = u.startdatum();
        f.slutdatum = u.slutdatum();
        f.beskrivning = u.beskrivning();
        f.adress = u.adress();
        f.kontaktperson = u.kontaktperson();
        f.kommuner = new HashSet<>(u.kommunKoder());
        f.stadsdelar = new HashSet<>(u.stadsdelKoder() == null ? Set.of() : u.stadsdelKoder());
        binder.readBean(f);
    }

    /** The entered data when every field is valid; otherwise the fields show their messages. */
    Optional<OrganisationUppgifter> las() {
        Formular f = new Formular();
        if (!binder.writeBeanIfValid(f)) {
            return Optional.empty();
        }
        return Optional.of(new OrganisationUppgifter(
                f.namn,
                f.orgnr,
                f.finansieringsform,
                f.startdatum,
                f.slutdatum,
                f.beskrivning,
                f.adress,
                f.kontaktperson,
                Set.copyOf(f.kommuner),
                Set.copyOf(f.stadsdelar)));
    }

    /** Shows a refusal from the service next to its field when there is one, otherwise as a notification. */
    void visaFel(ValideringsException e) {
        faltfel.visa(e);
    }

    void lasbar(boolean endastLas) {
        binder.setReadOnly(endastLas);
        startdatum.setReadOnly(endastLas || !ny);
    }
}
