package se.finsam.sus.behorighet.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.finsam.sus.base.HittadesInteException;
import se.finsam.sus.base.Roll;
import se.finsam.sus.base.ValideringsException;
import se.finsam.sus.behorighet.AnvandarVal;
import se.finsam.sus.behorighet.Omfattning;
import se.finsam.sus.behorighet.UppdragAdministration;
import se.finsam.sus.behorighet.UppdragsOmfattningar.OrganisationVal;
import se.finsam.sus.geografi.GeografiService;
import se.finsam.sus.geografi.LanInfo;

/** Gives a rapportläsare one län, the whole country or one förbund to read. A broken rule is shown at its field. */
class GeRapportuppdragDialog extends Dialog {

    final ComboBox<AnvandarVal> anvandare = new ComboBox<>();
    final RadioButtonGroup<Omfattning> omfattning = new RadioButtonGroup<>();
    final ComboBox<LanInfo> lan = new ComboBox<>();
    final ComboBox<OrganisationVal> organisation = new ComboBox<>();
    final DatePicker start = new DatePicker();
    final DatePicker slut = new DatePicker();
    final Paragraph fel = new Paragraph();
    final Button ge = new Button();

    GeRapportuppdragDialog(
            UppdragAdministration administration,
            List<OrganisationVal> organisationer,
            GeografiService geografi,
            Runnable efter) {
        setHeaderTitle(getTranslation("uppdrag.rapport.ge"));
        BehorighetUi.anvandarval(anvandare, getTranslation("uppdrag.anvandare"));
        anvandare.setItems(administration.anvandareMedRoll(Roll.RAPPORTLASARE));
        omfattning.setLabel(getTranslation("uppdrag.omfattning"));
        omfattning.setItems(Omfattning.LAN, Omfattning.RIKET, Omfattning.ORGANISATION);
        omfattning.setItemLabelGenerator(o -> getTranslation("uppdrag.omfattning." + o.name()));
        lan.setLabel(getTranslation("uppdrag.omfattning.LAN"));
        lan.setItems(geografi.allaLan());
        lan.setItemLabelGenerator(LanInfo::namn);
        organisation.setLabel(getTranslation("uppdrag.omfattning.ORGANISATION"));
        organisation.setItems(organisationer);
        organisation.setItemLabelGenerator(OrganisationVal::namn);
        omfattning.addValueChangeListener(e -> {
            lan.setVisible(e.getValue() == Omfattning.LAN);
            organisation.setVisible(e.getValue() == Omfattning.ORGANISATION);
        });
        omfattning.setValue(Omfattning.LAN);
        BehorighetUi.period(start, slut);
        fel.addClassName("sus-fel");

        Map<String, HasValidation> falt = Map.of(
                "uppdrag.fel.okand-anvandare",
                anvandare,
                "uppdrag.fel.saknar-roll",
                anvandare,
                "uppdrag.fel.lan",
                lan,
                "uppdrag.fel.organisation",
                organisation,
                "uppdrag.fel.omfattning",
                omfattning,
                "uppdrag.fel.datum",
                slut,
                "uppdrag.fel.for-langt",
                slut);
        ge.setText(getTranslation("uppdrag.ge"));
        ge.setId("ge-rapportuppdrag-spara");
        ge.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        ge.addClickListener(e -> {
            List.<HasValidation>of(anvandare, omfattning, lan, organisation, slut)
                    .forEach(f -> f.setInvalid(false));
            fel.setText("");
            try {
                administration.geRapportuppdrag(
                        Optional.ofNullable(anvandare.getValue())
                                .map(AnvandarVal::anvandarnamn)
                                .orElse(""),
                        omfattning.getValue(),
                        Optional.ofNullable(lan.getValue()).map(LanInfo::kod).orElse(null),
                        Optional.ofNullable(organisation.getValue())
                                .map(OrganisationVal::id)
                                .orElse(null),
                        start.getValue(),
                        slut.getValue());
            } catch (ValideringsException ex) {
                String text = getTranslation(ex.nyckel(), ex.argument());
                HasValidation f = falt.get(ex.nyckel());
                if (f == null) {
                    fel.setText(text);
                } else {
                    f.setErrorMessage(text);
                    f.setInvalid(true);
                }
                return;
            } catch (HittadesInteException ex) {
                fel.setText(getTranslation("fel.hittades-inte-text"));
                return;
            }
            Notification.show(getTranslation("allmant.sparat")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            close();
            efter.run();
        });
        add(new FormLayout(anvandare, omfattning, lan, organisation, start, slut), fel);
        getFooter().add(new Button(getTranslation("allmant.avbryt"), e -> close()), ge);
    }
}
