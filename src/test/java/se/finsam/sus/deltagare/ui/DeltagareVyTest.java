package se.finsam.sus.deltagare.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouterLink;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import se.finsam.sus.KaribuTest;
import se.finsam.sus.base.HittadesInteException;
import se.finsam.sus.base.Identitetsnummer;
import se.finsam.sus.base.ui.NotFoundView;
import se.finsam.sus.behorighet.UppdragAdministration;
import se.finsam.sus.deltagare.Avslutsanledning;
import se.finsam.sus.deltagare.DeltagandeDetalj;
import se.finsam.sus.deltagare.DeltagandeFilter;
import se.finsam.sus.deltagare.DeltagandeService;
import se.finsam.sus.deltagare.DeltagarAntalService;
import se.finsam.sus.deltagare.Forsorjning;
import se.finsam.sus.deltagare.Forsorjningskalla;
import se.finsam.sus.deltagare.Inskrivning;
import se.finsam.sus.deltagare.Myndighet;
import se.finsam.sus.deltagare.Samtycke;
import se.finsam.sus.deltagare.TidIUtanforskap;
import se.finsam.sus.organisation.InsatsService;
import se.finsam.sus.organisation.OrganisationService;
import se.finsam.sus.organisation.Uppfoljningsmetod;
import se.finsam.sus.organisation.ui.InsatsView;

/**
 * The participant views as the handläggare uses them: register (with a refused identity number and a refused save
 * without consent), exit, correct, history, withdrawn consent; and nobody else gets in.
 */
class DeltagareVyTest extends KaribuTest {

    /** A fake person of the tests that register through the service. */
    private static final String PERSON = DeltagarTestdata.personnummer(LocalDate.of(1985, 5, 5), 5);

    @Autowired
    OrganisationService organisationer;

    @Autowired
    InsatsService insatser;

    @Autowired
    UppdragAdministration uppdrag;

    @Autowired
    DeltagandeService deltagare;

    @Autowired
    DeltagarAntalService antalService;

    @Autowired
    JdbcTemplate jdbc;

    long insatsId;
    long utanUppdrag;

    @BeforeEach
    void insatsMedUppdragForHandlaggaren() throws Exception {
        login("insats", DEMO_LOSENORD);
        insatsId = DeltagarTestdata.nyInsats(organisationer, insatser, Uppfoljningsmetod.INDIVID);
        utanUppdrag = DeltagarTestdata.nyInsats(organisationer, insatser, Uppfoljningsmetod.INDIVID);
        DeltagarTestdata.handlaggareI(uppdrag, insatsId);
    }

    @Test
    void handlaggareRegistersExitsAndCorrectsAParticipant() throws Exception {
        // A fake number of its own, so that the person search finds only this test's participation.
        java.util.Random slump = new java.util.Random();
        String nummer = DeltagarTestdata.personnummer(
                LocalDate.of(1950 + slump.nextInt(50), 1 + slump.nextInt(12), 1 + slump.nextInt(28)),
                slump.nextInt(20));
        Identitetsnummer person = Identitetsnummer.tolka(nummer, LocalDate.now());
        String felKontrollsiffra = nummer.substring(0, 12) + (char) ('0' + (nummer.charAt(12) - '0' + 1) % 10);
        login("handlaggare", DEMO_LOSENORD);
        UI.getCurrent().navigate("deltagare");
        assertThat(GridKt._findAll(_get(Grid.class, s -> s.withId("mina-insatser"))).stream()
                        .map(i -> ((se.finsam.sus.organisation.InsatsFakta) i).id()))
                .contains(insatsId);

        UI.getCurrent().navigate("insatser/" + insatsId + "/deltagare");
        assertThat(GridKt._size(_get(Grid.class, s -> s.withId("deltagare-grid"))))
                .isZero();
        _click(_get(Button.class, s -> s.withId("registrera")));
        InskrivningForm form = _get(InskrivningForm.class);

        // A wrong check digit: the specific message at the field, nothing saved.
        _setValue(form.identitetsnummer, felKontrollsiffra);
        fyllI(form);
        _setValue(form.registrering, true);
        _click(_get(Button.class, s -> s.withId("registrera-dialog-spara")));
        assertThat(form.identitetsnummer.isInvalid()).isTrue();
        assertThat(form.identitetsnummer.getErrorMessage())
                .isEqualTo(UI.getCurrent().getTranslation("deltagare.fel.identitet-kontrollsiffra"));

        // A valid number fills in kön; without consent to registration the form refuses to save.
        _setValue(form.identitetsnummer, nummer.substring(2));
        assertThat(form.kon.getValue()).isEqualTo(person.kon());
        _setValue(form.registrering, false);
        _click(_get(Button.class, s -> s.withId("registrera-dialog-spara")));
        assertThat(form.registrering.isInvalid()).isTrue();
        assertThat(form.registrering.getErrorMessage())
                .isEqualTo(UI.getCurrent().getTranslation("deltagare.fel.samtycke-registrering"));
        assertThat(deltagare.rakna(insatsId, DeltagandeFilter.alla())).isZero();

        _setValue(form.registrering, true);
        _click(_get(Button.class, s -> s.withId("registrera-dialog-spara")));
        assertThat(aktivVy()).isInstanceOf(DeltagandeView.class);
        long id = deltagare
                .sok(insatsId, DeltagandeFilter.alla(), PageRequest.of(0, 10))
                .findFirst()
                .orElseThrow()
                .id();
        DeltagandeDetalj registrerad = deltagare.hamta(id);
        assertThat(registrerad.identitetsnummer()).isEqualTo(person.formaterad());
        assertThat(registrerad.forsorjningVidStart().kallor()).containsExactly(Forsorjningskalla.SJUKPENNING);
        assertThat(registrerad.samtycke().informationsutbyte())
                .containsExactlyInAnyOrder(Myndighet.FORSAKRINGSKASSAN, Myndighet.KOMMUN);

        // Exit: work, salary, 40 hours without subsidy.
        _click(_get(Button.class, s -> s.withId("skriv-ut")));
        UtskrivningForm ut = _get(UtskrivningForm.class);
        _setValue(ut.slutdatum, LocalDate.now());
        _setValue(ut.anledning, Avslutsanledning.ARBETE);
        _setValue(ut.forsorjning.kallor, Set.of(Forsorjningskalla.LON));
        _setValue(ut.forsorjning.utanStod, 41);
        _click(_get(Button.class, s -> s.withId("utskrivning-dialog-spara")));
        assertThat(ut.forsorjning.utanStod.isInvalid()).as("more than 40 hours").isTrue();
        _setValue(ut.forsorjning.utanStod, 40);
        _click(_get(Button.class, s -> s.withId("utskrivning-dialog-spara")));
        DeltagandeDetalj utskriven = deltagare.hamta(id);
        assertThat(utskriven.avslutsanledning()).isEqualTo(Avslutsanledning.ARBETE);
        assertThat(utskriven.forsorjningVidSlut().timmarArbeteUtanStod()).isEqualTo(40);
        assertThat(_get(Button.class, s -> s.withId("skriv-ut")).getText())
                .isEqualTo(UI.getCurrent().getTranslation("deltagare.vy.ratta-utskrivning"));

        // Correct the entry; the history shows it.
        _click(_get(Button.class, s -> s.withId("ratta-inskrivning")));
        InskrivningForm ratta = _get(InskrivningForm.class);
        assertThat(ratta.identitetsnummer.getValue()).isEqualTo(person.formaterad());
        assertThat(ratta.tidIUtanforskap.getValue()).isEqualTo(TidIUtanforskap.AR_1_2);
        _setValue(ratta.tidIUtanforskap, TidIUtanforskap.AR_2_5);
        _click(_get(Button.class, s -> s.withId("ratta-dialog-spara")));
        assertThat(deltagare.hamta(id).profil().tidIUtanforskap()).isEqualTo(TidIUtanforskap.AR_2_5);
        Grid<?> historik = _get(Grid.class, s -> s.withId("historik"));
        assertThat(java.util.stream.IntStream.range(0, GridKt._size(historik))
                        .mapToObj(rad -> GridKt._getFormattedRow(historik, rad)))
                .as("history in the form's words")
                .anySatisfy(rad -> assertThat(rad).contains("Tid i utanförskap", "1–2 år", "2–5 år"));

        // The insats's list: ended, and found by identity number in another form.
        UI.getCurrent().navigate("insatser/" + insatsId + "/deltagare");
        Grid<?> grid = _get(Grid.class, s -> s.withId("deltagare-grid"));
        assertThat(GridKt._size(grid)).as("active only by default").isZero();
        @SuppressWarnings("unchecked")
        RadioButtonGroup<DeltagandeFilter.Status> status = _get(RadioButtonGroup.class, s -> s.withId("filter-status"));
        _setValue(status, DeltagandeFilter.Status.AVSLUTADE);
        assertThat(GridKt._size(grid)).isEqualTo(1);
        _setValue(_get(TextField.class, s -> s.withId("sok-identitet")), person.siffror());
        _click(_get(Button.class, s -> s.withId("sok-knapp")));
        assertThat(GridKt._size(grid)).isEqualTo(1);

        // The person search across the handläggare's insatser.
        UI.getCurrent().navigate("deltagare");
        _setValue(_get(TextField.class, s -> s.withId("person-identitet")), nummer);
        _click(_get(Button.class, s -> s.withId("person-sok")));
        Grid<?> traffar = _get(Grid.class, s -> s.withId("person-traffar"));
        assertThat(GridKt._size(traffar)).isEqualTo(1);
        // Organisation, its finansieringsform and (the new insats has no budget) no cost rather than 0.
        assertThat(traffar.getColumnByKey("kostnad-per-deltagare").getHeaderText())
                .isEqualTo(UI.getCurrent().getTranslation("budget.kostnad-per-deltagare"));
        assertThat(GridKt._getFormattedRow(traffar, 0))
                .contains(
                        antalService.insats(insatsId).organisationNamn(),
                        UI.getCurrent().getTranslation("finansieringsform.FINSAM"),
                        "–");
    }

    private static void fyllI(InskrivningForm form) {
        _setValue(form.informationsutbyte, Set.of(Myndighet.FORSAKRINGSKASSAN, Myndighet.KOMMUN));
        _setValue(form.hemkommun, DeltagarTestdata.HEMKOMMUN);
        _setValue(form.remitterande, Myndighet.FORSAKRINGSKASSAN);
        _setValue(form.tidIUtanforskap, TidIUtanforskap.AR_1_2);
        _setValue(form.startdatum, LocalDate.now().minusDays(7));
        _setValue(form.forsorjning.kallor, Set.of(Forsorjningskalla.SJUKPENNING));
    }

    @Test
    void withdrawingConsentLeadsBackToTheListWithANotification() throws Exception {
        login("handlaggare", DEMO_LOSENORD);
        long id = registreraPerson();
        UI.getCurrent().navigate("deltagande/" + id);
        NotificationsKt.clearNotifications();
        long nekadeFore = nekade(id);
        _click(_get(Button.class, s -> s.withId("aterkalla-samtycke")));
        _click(_get(Button.class, s -> s.withId("bekrafta-aterkalla")));
        assertThat(aktivVy()).isInstanceOf(InsatsDeltagareView.class);
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo("insatser/" + insatsId + "/deltagare");
        NotificationsKt.expectNotifications(
                "Samtycket är återkallat: deltagandet är borttaget och räknas nu bara i de anonyma antalen.");
        assertThat(nekade(id)).as("the redirect is no refused attempt").isEqualTo(nekadeFore);
        assertThat(deltagare.rakna(insatsId, DeltagandeFilter.alla())).isZero();
        assertThatThrownBy(() -> deltagare.hamta(id)).isInstanceOf(HittadesInteException.class);
    }

    @Test
    void anInsatsWithoutTheHandlaggaresUppdragIsNotFound() throws Exception {
        login("handlaggare", DEMO_LOSENORD);
        UI.getCurrent().navigate("insatser/" + utanUppdrag + "/deltagare");
        assertThat(aktivVy()).isInstanceOf(NotFoundView.class);
    }

    @Test
    void insatsansvarigAndSamverkansadministratorCannotOpenAnyParticipantView() throws Exception {
        login("handlaggare", DEMO_LOSENORD);
        long id = registreraPerson();
        for (String anvandare : new String[] {"insats", "samverkan"}) {
            login(anvandare, DEMO_LOSENORD);
            for (String vy : new String[] {"deltagare", "insatser/" + insatsId + "/deltagare", "deltagande/" + id}) {
                assertThatThrownBy(() -> UI.getCurrent().navigate(vy))
                        .as(anvandare + " " + vy)
                        .satisfies(e -> assertThat(e.getClass().getSimpleName()).contains("AccessDenied"));
            }
            UI.getCurrent().navigate("insatser/" + insatsId);
            assertThat(aktivVy()).isInstanceOf(InsatsView.class);
            assertThat(_find(RouterLink.class, s -> s.withId("insats-deltagare-lank")))
                    .isEmpty();
            assertThat(_find(AntalPanel.class))
                    .as("anonymous counts on the insats page for " + anvandare)
                    .hasSize(anvandare.equals("insats") ? 1 : 0);
        }
    }

    @Test
    void aCountOnlyInsatsShowsOnlyTheCounts() throws Exception {
        login("insats", DEMO_LOSENORD);
        long volym = DeltagarTestdata.nyInsats(organisationer, insatser, Uppfoljningsmetod.ENDAST_ANTAL);
        DeltagarTestdata.handlaggareI(uppdrag, volym);
        login("handlaggare", DEMO_LOSENORD);
        UI.getCurrent().navigate("insatser/" + volym + "/deltagare");
        assertThat(_find(Button.class, s -> s.withId("registrera"))).isEmpty();
        _click(_get(Button.class, s -> s.withId("antal-nytt-ar")));
        _setValue(_get(IntegerField.class, s -> s.withId("antal-kvinnor")), 12);
        _setValue(_get(IntegerField.class, s -> s.withId("antal-man")), 9);
        _click(_get(Button.class, s -> s.withId("antal-dialog-spara")));
        assertThat(GridKt._findAll(_get(AntalPanel.class).grid))
                .singleElement()
                .satisfies(a -> assertThat(a.totalt()).isEqualTo(21));
    }

    @Test
    void aConcurrentChangeShowsTheConflictAndReloadShowsTheOtherChange() throws Exception {
        login("handlaggare", DEMO_LOSENORD);
        long id = registreraPerson();
        UI.getCurrent().navigate("deltagande/" + id);
        _click(_get(Button.class, s -> s.withId("ratta-inskrivning")));
        InskrivningForm form = _get(InskrivningForm.class);
        _setValue(form.tidIUtanforskap, TidIUtanforskap.AR_5_10);

        DeltagandeDetalj las = deltagare.hamta(id);
        deltagare.skrivUt(
                id,
                las.version(),
                new se.finsam.sus.deltagare.Utskrivning(
                        LocalDate.now(),
                        Avslutsanledning.STUDIER,
                        new Forsorjning(Set.of(Forsorjningskalla.STUDIEMEDEL), 0, 0, 40, 0),
                        false));

        _click(_get(Button.class, s -> s.withId("ratta-dialog-spara")));
        assertThat(_find(com.vaadin.flow.component.html.Div.class, s -> s.withId("konflikt")))
                .hasSize(1);
        assertThat(form.tidIUtanforskap.getValue()).as("the user's value stays").isEqualTo(TidIUtanforskap.AR_5_10);
        _click(_get(Button.class, s -> s.withId("ladda-om")));
        assertThat(_get(Button.class, s -> s.withId("skriv-ut")).getText())
                .isEqualTo(UI.getCurrent().getTranslation("deltagare.vy.ratta-utskrivning"));
        assertThat(deltagare.hamta(id).profil().tidIUtanforskap()).isEqualTo(TidIUtanforskap.OKANT);
    }

    /** The fake person in this test's insats, through the service, as the logged-in handläggare. */
    private long registreraPerson() {
        LocalDate start = LocalDate.now().minusDays(3);
        return deltagare.registrera(
                insatsId,
                new Inskrivning(
                        PERSON,
                        start,
                        new Samtycke(start, Set.of(), true),
                        null,
                        DeltagarTestdata.HEMKOMMUN,
                        Set.of(),
                        null,
                        Myndighet.KOMMUN,
                        TidIUtanforskap.OKANT,
                        false,
                        new Forsorjning(Set.of(Forsorjningskalla.EKONOMISKT_BISTAND), 0, 0, 0, 0)));
    }

    private long nekade(long deltagande) {
        return jdbc.queryForObject(
                "select count(*) from audit_post where atgard = 'ATKOMST_NEKAD' and objekt_id = ?",
                Long.class,
                String.valueOf(deltagande));
    }

    private static Object aktivVy() {
        return UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst();
    }
}
