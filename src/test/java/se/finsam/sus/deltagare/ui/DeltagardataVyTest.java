package se.finsam.sus.deltagare.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.DescriptionList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import se.finsam.sus.KaribuTest;
import se.finsam.sus.behorighet.UppdragAdministration;
import se.finsam.sus.deltagare.Avslutsanledning;
import se.finsam.sus.deltagare.Behovsgrupp;
import se.finsam.sus.deltagare.DeltagandeDetalj;
import se.finsam.sus.deltagare.DeltagandeFilter;
import se.finsam.sus.deltagare.DeltagandeService;
import se.finsam.sus.deltagare.Forsorjningskalla;
import se.finsam.sus.deltagare.Myndighet;
import se.finsam.sus.deltagare.TidIUtanforskap;
import se.finsam.sus.deltagare.Utbildningsniva;
import se.finsam.sus.organisation.InsatsService;
import se.finsam.sus.organisation.OrganisationService;
import se.finsam.sus.organisation.Uppfoljningsmetod;

/**
 * The forms with issue 11's fields: several behovsgrupper ticked, utbildningsnivå and aktivt arbetssökande at
 * entry and exit go in through the forms, show in the participation, come back into the correction form, and a
 * correction shows in the history in the form's words; bad input shows its message and saves nothing.
 */
class DeltagardataVyTest extends KaribuTest {

    @Autowired
    OrganisationService organisationer;

    @Autowired
    InsatsService insatser;

    @Autowired
    UppdragAdministration uppdrag;

    @Autowired
    DeltagandeService deltagare;

    long insatsId;

    @BeforeEach
    void insatsMedUppdragForHandlaggaren() throws Exception {
        login("insats", DEMO_LOSENORD);
        insatsId = DeltagarTestdata.nyInsats(organisationer, insatser, Uppfoljningsmetod.INDIVID);
        DeltagarTestdata.handlaggareI(uppdrag, insatsId);
    }

    @Test
    void newFieldsRoundTripThroughTheFormsTheViewAndTheHistory() throws Exception {
        login("handlaggare", DEMO_LOSENORD);
        UI.getCurrent().navigate("insatser/" + insatsId + "/deltagare");
        _click(_get(Button.class, s -> s.withId("registrera")));
        InskrivningForm form = _get(InskrivningForm.class);
        _setValue(form.identitetsnummer, DeltagarTestdata.personnummer(LocalDate.of(1987, 7, 7), 7));
        _setValue(form.registrering, true);
        _setValue(form.informationsutbyte, Set.of(Myndighet.FORSAKRINGSKASSAN));
        _setValue(form.hemkommun, DeltagarTestdata.HEMKOMMUN);
        _setValue(form.remitterande, Myndighet.FORSAKRINGSKASSAN);
        _setValue(form.tidIUtanforskap, TidIUtanforskap.AR_1_2);
        _setValue(form.startdatum, LocalDate.now().minusDays(7));
        _setValue(form.forsorjning.kallor, Set.of(Forsorjningskalla.SJUKPENNING));
        _setValue(form.behovsgrupper, Set.of(Behovsgrupp.LANGTIDSSJUKSKRIVNA, Behovsgrupp.UNGA_FUNKTIONSNEDSATTNING));
        _setValue(form.utbildningsniva, Utbildningsniva.EFTERGYMNASIAL_KORT);
        _setValue(form.arbetssokande, true);

        // Bad input: more than 40 hours. The message shows at the field and nothing is saved.
        _setValue(form.forsorjning.studier, 41);
        _click(_get(Button.class, s -> s.withId("registrera-dialog-spara")));
        assertThat(form.forsorjning.studier.isInvalid()).isTrue();
        assertThat(form.forsorjning.studier.getErrorMessage())
                .isEqualTo(UI.getCurrent().getTranslation("deltagare.fel.timmar-studier", 40));
        assertThat(deltagare.rakna(insatsId, DeltagandeFilter.alla())).isZero();
        assertThat(form.behovsgrupper.getValue()).as("the user's ticks stay").hasSize(2);

        _setValue(form.forsorjning.studier, 10);
        _click(_get(Button.class, s -> s.withId("registrera-dialog-spara")));
        long id = deltagare
                .sok(insatsId, DeltagandeFilter.alla(), PageRequest.of(0, 10))
                .findFirst()
                .orElseThrow()
                .id();
        DeltagandeDetalj d = deltagare.hamta(id);
        assertThat(d.behovsgrupper())
                .containsExactlyInAnyOrder(Behovsgrupp.LANGTIDSSJUKSKRIVNA, Behovsgrupp.UNGA_FUNKTIONSNEDSATTNING);
        assertThat(d.profil().utbildningsniva()).isEqualTo(Utbildningsniva.EFTERGYMNASIAL_KORT);
        assertThat(d.profil().arbetssokande()).isTrue();
        assertThat(d.forsorjningVidStart().timmarStudier()).isEqualTo(10);
        assertThat(uppgifter())
                .contains(
                        "Prioriterade behovsgrupper: Långtidssjukskrivna, Unga med funktionsnedsättning",
                        "Utbildningsnivå: Eftergymnasial utbildning, kortare än 3 år",
                        "Aktivt arbetssökande: Ja");

        // Exit, aktivt arbetssökande ticked; it shows, and comes back into the correction of the exit.
        _click(_get(Button.class, s -> s.withId("skriv-ut")));
        UtskrivningForm ut = _get(UtskrivningForm.class);
        assertThat(ut.arbetssokande.getValue()).isFalse();
        _setValue(ut.slutdatum, LocalDate.now());
        _setValue(ut.anledning, Avslutsanledning.ARBETSSOKANDE);
        _setValue(ut.forsorjning.kallor, Set.of(Forsorjningskalla.AKASSA));
        _setValue(ut.arbetssokande, true);
        _click(_get(Button.class, s -> s.withId("utskrivning-dialog-spara")));
        assertThat(deltagare.hamta(id).arbetssokandeVidSlut()).isTrue();
        assertThat(uppgifter())
                .filteredOn(r -> r.startsWith("Aktivt arbetssökande"))
                .hasSize(2);
        _click(_get(Button.class, s -> s.withId("skriv-ut")));
        assertThat(_get(UtskrivningForm.class).arbetssokande.getValue()).isTrue();
        _click(_get(Button.class, s -> s.withId("utskrivning-dialog-avbryt")));

        // The correction form shows what was saved; the correction shows in the history.
        _click(_get(Button.class, s -> s.withId("ratta-inskrivning")));
        InskrivningForm ratta = _get(InskrivningForm.class);
        assertThat(ratta.behovsgrupper.getValue())
                .containsExactlyInAnyOrder(Behovsgrupp.LANGTIDSSJUKSKRIVNA, Behovsgrupp.UNGA_FUNKTIONSNEDSATTNING);
        assertThat(ratta.utbildningsniva.getValue()).isEqualTo(Utbildningsniva.EFTERGYMNASIAL_KORT);
        assertThat(ratta.arbetssokande.getValue()).isTrue();
        _setValue(ratta.behovsgrupper, Set.of());
        _setValue(ratta.utbildningsniva, Utbildningsniva.GYMNASIAL);
        _setValue(ratta.arbetssokande, false);
        _click(_get(Button.class, s -> s.withId("ratta-dialog-spara")));
        DeltagandeDetalj rattad = deltagare.hamta(id);
        assertThat(rattad.behovsgrupper()).isEmpty();
        assertThat(rattad.profil().utbildningsniva()).isEqualTo(Utbildningsniva.GYMNASIAL);
        assertThat(rattad.profil().arbetssokande()).isFalse();
        assertThat(uppgifter()).contains("Prioriterade behovsgrupper: Ingen");
        Grid<?> historik = _get(Grid.class, s -> s.withId("historik"));
        assertThat(IntStream.range(0, GridKt._size(historik)).mapToObj(rad -> GridKt._getFormattedRow(historik, rad)))
                .as("history in the form's words")
                .anySatisfy(rad -> assertThat(rad)
                        .contains(
                                "Prioriterade behovsgrupper",
                                "Långtidssjukskrivna, Unga med funktionsnedsättning",
                                "Inget"))
                .anySatisfy(rad -> assertThat(rad)
                        .contains(
                                "Utbildningsnivå",
                                "Eftergymnasial utbildning, kortare än 3 år",
                                "Gymnasial utbildning"))
                .anySatisfy(rad -> assertThat(rad).contains("Aktivt arbetssökande vid inskrivning", "Ja", "Nej"));
    }

    /** The participation's shown values as "label: value". */
    private static List<String> uppgifter() {
        List<String> rader = new ArrayList<>();
        for (DescriptionList lista : _find(DescriptionList.class)) {
            List<Component> delar = lista.getChildren().toList();
            for (int i = 0; i + 1 < delar.size(); i += 2) {
                rader.add(delar.get(i).getElement().getTextRecursively() + ": "
                        + delar.get(i + 1).getElement().getTextRecursively());
            }
        }
        return rader;
    }
}
