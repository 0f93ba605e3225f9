package se.finsam.sus.organisation.ui;

import static se.finsam.sus.base.ui.Meddelanden.t;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import se.finsam.sus.base.ui.Falthjalp;
import se.finsam.sus.base.ui.Postformular;
import se.finsam.sus.geografi.KommunInfo;
import se.finsam.sus.geografi.LanInfo;
import se.finsam.sus.geografi.StadsdelInfo;
import se.finsam.sus.organisation.Finansieringsform;
import se.finsam.sus.organisation.OrganisationUppgifter;
import se.finsam.sus.organisation.Organisationsnummer;

/** The fields of a samverkansorganisation, validated by a Binder with messages next to the fields. */
class OrganisationForm extends Postformular<OrganisationUppgifter> {

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

    private final boolean ny;

    OrganisationForm(
            java.util.List<KommunInfo> allaKommuner,
            java.util.List<LanInfo> allaLan,
            java.util.List<StadsdelInfo> allaStadsdelar,
            boolean ny) {
        super(OrganisationUppgifter.class);
        this.ny = ny;
        namn.setId("org-namn");
        orgnr.setId("org-orgnr");
        orgnr.setHelperText(t("organisation.orgnr-hjalp"));
        finansieringsform.setId("org-finansieringsform");
        Falthjalp.text(finansieringsform, "finansieringsform");
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

        binder.forField(namn).asRequired(t("organisation.fel.namn-saknas")).bind("namn");
        binder.forField(orgnr)
                .asRequired(t("organisation.fel.orgnr"))
                .withValidator(Organisationsnummer::arGiltigt, t("organisation.fel.orgnr"))
                .withConverter(v -> v, Organisationsnummer::formatera)
                .bind("organisationsnummer");
        binder.forField(finansieringsform)
                .asRequired(t("organisation.fel.finansieringsform-saknas"))
                .bind("finansieringsform");
        binder.forField(startdatum)
                .asRequired(t("organisation.fel.startdatum-saknas"))
                .bind("startdatum");
        binder.forField(slutdatum)
                .withValidator(
                        s -> s == null || startdatum.getValue() == null || !s.isBefore(startdatum.getValue()),
                        t("organisation.fel.slut-fore-start"))
                .bind("slutdatum");
        binder.forField(beskrivning).bind("beskrivning");
        binder.forField(adress).bind("adress");
        binder.forField(kontaktperson).bind("kontaktperson");
        binder.forField(kommuner).bind("kommunKoder");
        binder.forField(stadsdelar).bind("stadsdelKoder");

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

    /** The startdatum stays read-only when editing. */
    @Override
    public void lasbar(boolean endastLas) {
        super.lasbar(endastLas);
        startdatum.setReadOnly(endastLas || !ny);
    }
}
