package se.finsam.sus.deltagare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import se.finsam.sus.DatabaseTest;
import se.finsam.sus.base.HittadesInteException;
import se.finsam.sus.base.Kon;
import se.finsam.sus.base.Kryptering;
import se.finsam.sus.base.Roll;
import se.finsam.sus.base.SomSystem;
import se.finsam.sus.base.ValideringsException;
import se.finsam.sus.behorighet.AnvandarAdministration;
import se.finsam.sus.behorighet.Arbetsgivare;
import se.finsam.sus.behorighet.NyAnvandare;
import se.finsam.sus.behorighet.TestInloggning;
import se.finsam.sus.behorighet.UppdragAdministration;
import se.finsam.sus.organisation.Finansieringsform;
import se.finsam.sus.organisation.InsatsFakta;
import se.finsam.sus.organisation.InsatsService;

/**
 * The participant service on the real database with the demo data: the demo handläggare holds deltagaransvarig
 * uppdrag on the first förbund's individual insatser (and one of the second), none elsewhere.
 */
class DeltagareServiceTest extends DatabaseTest {

    /** Test persons are born in 1955, outside the demo data's 1960–2005, so they never collide with it. */
    private static final AtomicInteger NASTA = new AtomicInteger();
    /** The password of the user the person search test creates. */
    private static final String LOSENORD = "blå hästar springer i hagen";

    @Autowired
    DeltagandeService service;

    @Autowired
    PersonSokning personSokning;

    @Autowired
    DeltagarAntalService antalService;

    @Autowired
    DeltagarInsatser deltagarInsatser;

    @Autowired
    DeltagarRegister register;

    @Autowired
    InsatsService insatser;

    @Autowired
    AuthenticationConfiguration authenticationConfiguration;

    @Autowired
    AnvandarAdministration anvandarAdministration;

    @Autowired
    UppdragAdministration uppdragAdministration;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Kryptering kryptering;

    @Autowired
    Clock clock;

    LocalDate idag;
    long egen;
    long annan;

    @BeforeEach
    void loggaIn() throws Exception {
        idag = LocalDate.now(clock);
        login("handlaggare");
        List<InsatsFakta> mina = deltagarInsatser.minaInsatser();
        assertThat(mina).isNotEmpty();
        // An insats of the first demo förbund, where the demo insatsansvarig also holds an uppdrag.
        egen = mina.stream()
                .filter(i -> i.organisationNamn().equals("Samordningsförbundet Norra Stockholm"))
                .findFirst()
                .orElseThrow()
                .id();
        annan = jdbc.queryForObject(
                "select min(id) from insats where uppfoljningsmetod = 'INDIVID' and id not in ("
                        + String.join(
                                ",",
                                mina.stream().map(i -> String.valueOf(i.id())).toList()) + ")",
                Long.class);
    }

    @AfterEach
    void logout() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void registersReadsAndAuditsWithoutTheIdentityNumber() {
        String nummer = nyttNummer();
        long id = service.registrera(egen, inskrivning(nummer.substring(2, 8) + "-" + nummer.substring(8)));
        DeltagandeDetalj d = service.hamta(id);
        assertThat(d.identitetsnummer()).isEqualTo(nummer.substring(0, 8) + "-" + nummer.substring(8));
        assertThat(d.insatsId()).isEqualTo(egen);
        assertThat(d.profil().kon()).isEqualTo((nummer.charAt(10) - '0') % 2 == 1 ? Kon.MAN : Kon.KVINNA);
        assertThat(d.profil().aldersgrupp()).isEqualTo(Aldersgrupp.vid(LocalDate.of(1955, 1, 1), d.startdatum()));
        assertThat(d.samtycke().registreratAv()).isEqualTo("handlaggare");
        assertThat(d.samtycke().informationsutbyte())
                .containsExactlyInAnyOrder(Myndighet.FORSAKRINGSKASSAN, Myndighet.KOMMUN);
        assertThat(d.forsorjningVidStart().kallor()).containsExactly(Forsorjningskalla.SJUKPENNING);
        assertThat(d.aktiv()).isTrue();
        assertThat(audit("DELTAGANDE_SKAPAT", id)).isEqualTo(1);
        assertThat(audit("DELTAGANDE_LAST", id)).isEqualTo(1);
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_post where detaljer like ? or objekt_id like ?",
                        Integer.class,
                        "%" + nummer.substring(2, 8) + "%",
                        "%" + nummer.substring(2, 8) + "%"))
                .isZero();
    }

    @Test
    void auditRowsNameTheClientAddress() {
        MockHttpServletRequest begaran = new MockHttpServletRequest();
        begaran.setRemoteAddr("192.0.2.44");
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(begaran));
        try {
            long id = service.registrera(egen, inskrivning(nyttNummer()));
            assertThat(jdbc.queryForObject(
                            "select adress from audit_post where atgard = 'DELTAGANDE_SKAPAT' and " + "objekt_id = ?",
                            String.class,
                            String.valueOf(id)))
                    .isEqualTo("192.0.2.44");
        } finally {
            RequestContextHolder.resetRequestAttributes();
        }
    }

    @Test
    void theIdentityIsEncryptedAtRestWithAKeyedHash() {
        String nummer = nyttNummer();
        long id = service.registrera(egen, inskrivning(nummer));
        Map<String, Object> rad =
                jdbc.queryForMap("select identitet_krypterad, identitet_hash from deltagande where id = ?", id);
        String krypterad = (String) rad.get("identitet_krypterad");
        assertThat(krypterad)
                .doesNotContain(nummer)
                .doesNotContain(nummer.substring(2, 8))
                .doesNotContain(nummer.substring(8));
        assertThat(kryptering.dekryptera(krypterad)).isEqualTo(nummer);
        assertThat((String) rad.get("identitet_hash"))
                .matches("[0-9a-f]{64}")
                .isEqualTo(kryptering.hmac(nummer))
                .doesNotContain(nummer);
    }

    @Test
    void consentToRegistrationIsRequired() {
        Inskrivning utan = inskrivning(nyttNummer());
        assertRefused(() -> service.registrera(egen, medSamtycke(utan, null)), "deltagare.fel.samtycke-saknas");
        assertRefused(
                () -> service.registrera(egen, medSamtycke(utan, new Samtycke(idag, Set.of(), false))),
                "deltagare.fel.samtycke-registrering");
        assertRefused(
                () -> service.registrera(egen, medSamtycke(utan, new Samtycke(idag.plusDays(1), Set.of(), true))),
                "deltagare.fel.samtycke-datum-framtid");
        assertThat(jdbc.queryForObject(
                        "select count(*) from deltagande where identitet_hash = ?",
                        Integer.class,
                        kryptering.hmac(utan.identitetsnummer())))
                .isZero();
    }

    @Test
    void overlappingParticipationOfTheSamePersonInTheSameInsatsIsRefused() {
        String nummer = nyttNummer();
        long forsta = service.registrera(egen, inskrivning(nummer, idag.minusDays(100)));
        assertRefused(
                () -> service.registrera(egen, inskrivning(nummer, idag.minusDays(50))), "deltagare.fel.overlapp");
        // Another insats at the same time is fine.
        long annanEgen = deltagarInsatser.minaInsatser().stream()
                .mapToLong(InsatsFakta::id)
                .filter(i -> i != egen)
                .findFirst()
                .orElseThrow();
        service.registrera(annanEgen, inskrivning(nummer, idag.minusDays(50)));
        // After the exit, a new period in the same insats is fine; one overlapping the old period is not.
        service.skrivUt(
                forsta, service.hamta(forsta).version(), utskrivning(idag.minusDays(60), Avslutsanledning.ARBETE));
        assertRefused(
                () -> service.registrera(egen, inskrivning(nummer, idag.minusDays(70))), "deltagare.fel.overlapp");
        long andra = service.registrera(egen, inskrivning(nummer, idag.minusDays(10)));
        // A felregistrering does not block a new registration.
        service.skrivUt(
                andra,
                service.hamta(andra).version(),
                new Utskrivning(idag.minusDays(10), Avslutsanledning.FELREGISTRERING, null, false));
        service.registrera(egen, inskrivning(nummer, idag.minusDays(5)));
    }

    @Test
    void anotherInsatsIsNotFoundAndTheAttemptIsAudited() {
        long frammande = jdbc.queryForObject("select min(id) from deltagande where insats_id = ?", Long.class, annan);
        long fore = nekade();
        assertThatThrownBy(() -> service.hamta(frammande)).isInstanceOf(HittadesInteException.class);
        assertThatThrownBy(() -> service.sok(annan, DeltagandeFilter.alla(), PageRequest.of(0, 10)))
                .isInstanceOf(HittadesInteException.class);
        assertThatThrownBy(() -> service.rakna(annan, DeltagandeFilter.alla()))
                .isInstanceOf(HittadesInteException.class);
        assertThatThrownBy(() -> service.registrera(annan, inskrivning(nyttNummer())))
                .isInstanceOf(HittadesInteException.class);
        assertThatThrownBy(() -> service.skrivUt(frammande, 0, utskrivning(idag, Avslutsanledning.ARBETE)))
                .isInstanceOf(HittadesInteException.class);
        assertThatThrownBy(() -> service.historik(frammande)).isInstanceOf(HittadesInteException.class);
        assertThatThrownBy(() -> service.hamta(Long.MAX_VALUE)).isInstanceOf(HittadesInteException.class);
        assertThat(nekade() - fore).isEqualTo(7);
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_post where atgard = 'ATKOMST_NEKAD' and "
                                + "objekttyp = 'Deltagande' and objekt_id = ? and anvandare = 'handlaggare'",
                        Integer.class,
                        String.valueOf(frammande)))
                .isGreaterThanOrEqualTo(3);
    }

    @Test
    void otherRolesCannotReachParticipants() throws Exception {
        login("insats");
        assertThatThrownBy(() -> service.hamta(1)).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> service.sok(egen, DeltagandeFilter.alla(), PageRequest.of(0, 10)))
                .isInstanceOf(AuthorizationDeniedException.class);
        login("rapport");
        assertThatThrownBy(() -> antalService.antal(egen)).isInstanceOf(AuthorizationDeniedException.class);
    }

    @Test
    void personSearchShowsEachParticipationWithItsFinansieringsformAndCostPerPlannedParticipant() throws Exception {
        LocalDate start = idag.minusDays(30);
        long tvapart = individuellInsats(Finansieringsform.TVAPARTSFINSAM, start);
        long handlingsplan = individuellInsats(Finansieringsform.HANDLINGSPLAN, start);
        // The förbund's own part: 40 000 + 5 000 + 3 000 - 8 000 = 40 000 over 8 planned participants.
        budget(tvapart, start.getYear(), 8, "40000", "5000", "3000", "8000");
        // No budget for the start year: no cost (never 0).
        jdbc.update(
                "delete from insats_medfinansiering where insatsbudget_id in "
                        + "(select id from insatsbudget where insats_id = ? and ar = ?)",
                handlingsplan,
                start.getYear());
        jdbc.update("delete from insatsbudget where insats_id = ? and ar = ?", handlingsplan, start.getYear());

        login("admin");
        String namn = "person-" + java.util.UUID.randomUUID().toString().substring(0, 6);
        anvandarAdministration.skapa(new NyAnvandare(
                namn, "Person test", Arbetsgivare.KOMMUN, "Testkommun", Set.of(Roll.DELTAGARANSVARIG), LOSENORD));
        for (long insats : List.of(tvapart, handlingsplan)) {
            uppdragAdministration.geInsatsuppdrag(namn, Roll.DELTAGARANSVARIG, insats, idag, idag.plusYears(1), null);
        }
        TestInloggning.fullt(authenticationConfiguration
                .getAuthenticationManager()
                .authenticate(UsernamePasswordAuthenticationToken.unauthenticated(namn, LOSENORD)));
        String nummer = nyttNummer();
        long iTvapart = service.registrera(tvapart, TestDeltagare.inskrivning(nummer, start, "2480"));
        long iHandlingsplan = service.registrera(handlingsplan, TestDeltagare.inskrivning(nummer, start, "2580"));

        Map<Long, PersonDeltagande> rader = personSokning.forPerson(nummer).stream()
                .collect(java.util.stream.Collectors.toMap(PersonDeltagande::id, r -> r));
        assertThat(rader).containsOnlyKeys(iTvapart, iHandlingsplan);
        PersonDeltagande a = rader.get(iTvapart);
        assertThat(a.finansieringsform()).isEqualTo(Finansieringsform.TVAPARTSFINSAM);
        assertThat(a.organisationNamn()).isEqualTo("Tvåpartssamverkan Umeåregionen");
        assertThat(a.deltagande().insatsId()).isEqualTo(tvapart);
        assertThat(a.kostnadPerPlaneradDeltagare()).isEqualByComparingTo("5000");
        PersonDeltagande b = rader.get(iHandlingsplan);
        assertThat(b.finansieringsform()).isEqualTo(Finansieringsform.HANDLINGSPLAN);
        assertThat(b.organisationNamn()).isEqualTo("Handlingsplan Luleå");
        assertThat(b.kostnadPerPlaneradDeltagare()).isNull();
    }

    /** The budget look-up is batched for all insatser and years shown; each row still gets its own year's cost. */
    @Test
    void personSearchTakesEachParticipationsCostFromItsOwnStartYear() throws Exception {
        LocalDate ifjol = idag.minusYears(1);
        Long tvapart = individuellInsats(Finansieringsform.TVAPARTSFINSAM, ifjol);
        org.junit.jupiter.api.Assumptions.assumeTrue(tvapart != null, "a demo insats running since last year");
        // 10 000 over 10 planned participants last year, 10 000 over 4 this year.
        budget(tvapart, ifjol.getYear(), 10, "10000", "0", "0", "0");
        budget(tvapart, idag.getYear(), 4, "10000", "0", "0", "0");

        login("admin");
        String namn = "ar-" + java.util.UUID.randomUUID().toString().substring(0, 6);
        anvandarAdministration.skapa(new NyAnvandare(
                namn, "Person test", Arbetsgivare.KOMMUN, "Testkommun", Set.of(Roll.DELTAGARANSVARIG), LOSENORD));
        uppdragAdministration.geInsatsuppdrag(namn, Roll.DELTAGARANSVARIG, tvapart, idag, idag.plusYears(1), null);
        TestInloggning.fullt(authenticationConfiguration
                .getAuthenticationManager()
                .authenticate(UsernamePasswordAuthenticationToken.unauthenticated(namn, LOSENORD)));
        String nummer = nyttNummer();
        long forra = service.registrera(tvapart, TestDeltagare.inskrivning(nummer, ifjol, "2480"));
        service.skrivUt(
                forra, service.hamta(forra).version(), utskrivning(ifjol.plusDays(10), Avslutsanledning.ARBETE));
        long nu = service.registrera(tvapart, TestDeltagare.inskrivning(nummer, idag, "2480"));

        Map<Long, PersonDeltagande> rader = personSokning.forPerson(nummer).stream()
                .collect(java.util.stream.Collectors.toMap(PersonDeltagande::id, r -> r));
        assertThat(rader).containsOnlyKeys(forra, nu);
        assertThat(rader.get(forra).kostnadPerPlaneradDeltagare()).isEqualByComparingTo("1000");
        assertThat(rader.get(nu).kostnadPerPlaneradDeltagare()).isEqualByComparingTo("2500");
    }

    /** An insats with participations or anonymous counts cannot be deleted; one without either can be. */
    @Test
    void participationsAndCountsTieAnInsatsDown() throws Exception {
        long strukturell =
                jdbc.queryForObject("select min(id) from insats where inriktning = 'STRUKTUROVERGRIPANDE'", Long.class);
        // The demo data gives every individinriktad insats anonymous counts.
        long volym = jdbc.queryForObject(
                "select min(id) from insats where uppfoljningsmetod = 'ENDAST_ANTAL' and "
                        + "inriktning = 'INDIVIDINRIKTAD' and id not in (select insats_id from deltagande)",
                Long.class);
        assertThat(register.harKopplingar(egen)).as("participations").isTrue();
        assertThat(register.harKopplingar(volym)).as("counts only").isTrue();
        assertThat(register.harKopplingar(strukturell)).as("neither").isFalse();
        login("insats");
        assertRefused(() -> insatser.taBort(egen), "insats.fel.har-deltagare");
    }

    private Long individuellInsats(Finansieringsform form, LocalDate dag) {
        return jdbc.queryForObject(
                "select min(i.id) from insats i join samverkansorganisation o on o.id = "
                        + "i.organisation_id where o.finansieringsform = ? and i.inriktning = 'INDIVIDINRIKTAD' and "
                        + "i.uppfoljningsmetod = 'INDIVID' and i.startdatum <= ? and (i.slutdatum is null or i.slutdatum >= ?)",
                Long.class,
                form.name(),
                dag,
                idag);
    }

    private void budget(
            long insats,
            int ar,
            int planerade,
            String personal,
            String lokal,
            String ovrigt,
            String ovrigaFinansiarer) {
        jdbc.update(
                "delete from insats_medfinansiering where insatsbudget_id in "
                        + "(select id from insatsbudget where insats_id = ? and ar = ?)",
                insats,
                ar);
        jdbc.update("delete from insatsbudget where insats_id = ? and ar = ?", insats, ar);
        jdbc.update(
                "insert into insatsbudget (version, insats_id, ar, planerade_deltagare, personal_budget, "
                        + "personal_utfall, lokal_budget, lokal_utfall, ovrigt_budget, ovrigt_utfall) "
                        + "values (0, ?, ?, ?, ?, 0, ?, 0, ?, 0)",
                insats,
                ar,
                planerade,
                new java.math.BigDecimal(personal),
                new java.math.BigDecimal(lokal),
                new java.math.BigDecimal(ovrigt));
        if (new java.math.BigDecimal(ovrigaFinansiarer).signum() > 0) {
            jdbc.update(
                    "insert into insats_medfinansiering (insatsbudget_id, rad, finansiar, budget, utfall) "
                            + "select id, 0, 'ESF', ?, 0 from insatsbudget where insats_id = ? and ar = ?",
                    new java.math.BigDecimal(ovrigaFinansiarer),
                    insats,
                    ar);
        }
    }

    @Test
    void searchListsCountsAndFindsByIdentityNumberAndIsAudited() {
        String nummer = nyttNummer();
        long id = service.registrera(egen, inskrivning(nummer));
        long alla = service.rakna(egen, DeltagandeFilter.alla());
        long aktiva = service.rakna(egen, new DeltagandeFilter(DeltagandeFilter.Status.AKTIVA, null));
        long avslutade = service.rakna(egen, new DeltagandeFilter(DeltagandeFilter.Status.AVSLUTADE, " "));
        assertThat(aktiva + avslutade).isEqualTo(alla);
        assertThat(alla)
                .isEqualTo(
                        jdbc.queryForObject("select count(*) from deltagande where insats_id = ?", Long.class, egen));
        List<DeltagandeRad> sida = service.sok(egen, DeltagandeFilter.alla(), PageRequest.of(0, 20))
                .toList();
        assertThat(sida).hasSize((int) Math.min(20, alla));
        assertThat(sida)
                .isSortedAccordingTo(java.util.Comparator.comparing(DeltagandeRad::startdatum)
                        .reversed());
        assertThat(service.sok(egen, DeltagandeFilter.alla(), PageRequest.of(1, 20))
                        .toList())
                .doesNotContainAnyElementsOf(sida);

        DeltagandeFilter person =
                new DeltagandeFilter(DeltagandeFilter.Status.ALLA, nummer.substring(0, 8) + "-" + nummer.substring(8));
        assertThat(service.rakna(egen, person)).isEqualTo(1);
        assertThat(service.sok(egen, person, PageRequest.of(0, 10)).toList())
                .extracting(DeltagandeRad::id)
                .containsExactly(id);
        assertThat(personSokning.forPerson(nummer.substring(2)))
                .extracting(PersonDeltagande::id)
                .containsExactly(id);
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_post where atgard = 'DELTAGANDE_SOKT' and "
                                + "objekt_id = ? and detaljer like '%identitetssokning%'",
                        Integer.class, String.valueOf(egen)))
                .isGreaterThanOrEqualTo(2);
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_post where atgard = 'DELTAGANDE_SOKT' and "
                                + "objekttyp = 'Person' and anvandare = 'handlaggare'",
                        Integer.class))
                .isGreaterThanOrEqualTo(1);
        assertThat(jdbc.queryForObject(
                        "select detaljer from audit_post where atgard = 'DELTAGANDE_SOKT' and "
                                + "objekttyp = 'Person' order by id desc limit 1",
                        String.class))
                .as("the person search names the participations it showed, never the number")
                .isEqualTo("personsokning traffar=1 deltaganden=" + id)
                .doesNotContain(nummer.substring(2, 8));
        assertRefused(
                () -> service.rakna(egen, new DeltagandeFilter(DeltagandeFilter.Status.ALLA, "19550101-0000")),
                "deltagare.fel.identitet-kontrollsiffra");
    }

    @Test
    void withdrawnConsentDeletesTheParticipationAndCountsItInOneStep() {
        String nummer = nyttNummer();
        long id = service.registrera(egen, inskrivning(nummer, idag.minusDays(40)));
        DeltagandeDetalj d = service.hamta(id);
        // A correction and an exit, so that every child table holds rows of the participation.
        DeltagandeDetalj ute =
                service.skrivUt(id, d.version(), utskrivning(idag.minusDays(5), Avslutsanledning.ARBETE));
        ute = service.skrivUt(id, ute.version(), utskrivning(idag.minusDays(4), Avslutsanledning.STUDIER));
        for (String tabell : BARNTABELLER) {
            assertThat(rader(tabell, "deltagande_id", id)).as(tabell).isPositive();
        }
        int ar = d.startdatum().getYear();
        int fore = antal(egen, ar, d.profil().kon());

        service.aterkallaSamtycke(id, ute.version());

        assertThat(rader("deltagande", "id", id)).isZero();
        for (String tabell : BARNTABELLER) {
            assertThat(rader(tabell, "deltagande_id", id)).as(tabell).isZero();
        }
        assertThat(antal(egen, ar, d.profil().kon())).isEqualTo(fore + 1);
        assertThat(audit("SAMTYCKE_ATERKALLAT", id)).isEqualTo(1);
        assertThat(jdbc.queryForObject(
                        "select detaljer from audit_post where atgard = 'SAMTYCKE_ATERKALLAT' and " + "objekt_id = ?",
                        String.class,
                        String.valueOf(id)))
                .isEqualTo("insats=" + egen)
                .doesNotContain(nummer.substring(2, 8));
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_post where detaljer like ? or objekt_id like ?",
                        Integer.class,
                        "%" + nummer.substring(2, 8) + "%",
                        "%" + nummer.substring(2, 8) + "%"))
                .isZero();
        assertThat(personSokning.forPerson(nummer)).isEmpty();
        long version = ute.version();
        assertThatThrownBy(() -> service.aterkallaSamtycke(id, version)).isInstanceOf(HittadesInteException.class);
        assertThatThrownBy(() -> service.hamta(id)).isInstanceOf(HittadesInteException.class);
        assertThat(antal(egen, ar, d.profil().kon())).as("counted once").isEqualTo(fore + 1);
    }

    @Test
    void aWithdrawnFelregistreringIsDeletedWithoutBeingCounted() {
        long id = service.registrera(egen, inskrivning(nyttNummer(), idag.minusDays(20)));
        DeltagandeDetalj d = service.skrivUt(
                id,
                service.hamta(id).version(),
                new Utskrivning(idag.minusDays(20), Avslutsanledning.FELREGISTRERING, null, false));
        int ar = d.startdatum().getYear();
        int fore = antal(egen, ar, d.profil().kon());
        service.aterkallaSamtycke(id, d.version());
        assertThat(rader("deltagande", "id", id)).isZero();
        assertThat(antal(egen, ar, d.profil().kon())).isEqualTo(fore);
        assertThat(audit("SAMTYCKE_ATERKALLAT", id)).isEqualTo(1);
    }

    @Test
    void felregistreringIsStoredAndLeftOutOfTheReportView() {
        long id = service.registrera(egen, inskrivning(nyttNummer(), idag.minusDays(20)));
        DeltagandeDetalj d = service.skrivUt(
                id,
                service.hamta(id).version(),
                new Utskrivning(idag.minusDays(20), Avslutsanledning.FELREGISTRERING, null, false));
        assertThat(d.avslutsanledning()).isEqualTo(Avslutsanledning.FELREGISTRERING);
        assertThat(jdbc.queryForObject("select avslutsanledning from deltagande where id = ?", String.class, id))
                .isEqualTo("FELREGISTRERING");
        assertThat(jdbc.queryForObject("select count(*) from deltagande_rapport where id = ?", Integer.class, id))
                .isZero();
        assertThat(audit("DELTAGANDE_UTSKRIVET", id)).isEqualTo(1);
    }

    @Test
    void exitAndCorrectionsKeepHistory() {
        String nummer = nyttNummer();
        long id = service.registrera(egen, inskrivning(nummer, idag.minusDays(40)));
        DeltagandeDetalj d = service.hamta(id);
        DeltagandeDetalj ute =
                service.skrivUt(id, d.version(), utskrivning(idag.minusDays(5), Avslutsanledning.ARBETE));
        assertThat(ute.aktiv()).isFalse();
        assertThat(ute.forsorjningVidSlut().kallor()).containsExactly(Forsorjningskalla.LON);
        assertThat(service.historik(id)).isEmpty();

        DeltagandeDetalj rattad = service.skrivUt(
                id,
                ute.version(),
                new Utskrivning(
                        idag.minusDays(4),
                        Avslutsanledning.STUDIER,
                        new Forsorjning(Set.of(Forsorjningskalla.STUDIEMEDEL), 0, 0, 30, 0),
                        false));
        Inskrivning ny = rattad.inskrivning();
        String annatNummer = nyttNummer();
        DeltagandeDetalj igen = service.rattaInskrivning(
                id,
                rattad.version(),
                new Inskrivning(
                        annatNummer,
                        ny.startdatum(),
                        ny.samtycke(),
                        Kon.ANNAT,
                        "0115",
                        ny.behovsgrupper(),
                        ny.utbildningsniva(),
                        ny.remitterande(),
                        ny.tidIUtanforskap(),
                        ny.arbetssokande(),
                        ny.forsorjningVidStart()));
        assertThat(igen.profil().kon()).isEqualTo(Kon.ANNAT);
        assertThat(igen.profil().hemkommun()).isEqualTo("0115");
        assertThat(igen.identitetsnummer()).startsWith(annatNummer.substring(0, 8));
        List<Andring> historik = service.historik(id);
        assertThat(historik)
                .extracting(Andring::falt)
                .contains(
                        "slutdatum",
                        "avslutsanledning",
                        "forsorjningVidSlut.kallor",
                        "forsorjningVidSlut.timmarStudier",
                        "kon",
                        "hemkommun",
                        "identitetsnummer");
        assertThat(historik).allSatisfy(a -> assertThat(a.anvandare()).isEqualTo("handlaggare"));
        assertThat(historik)
                .filteredOn(a -> a.falt().equals("identitetsnummer"))
                .allSatisfy(a -> assertThat(a.gammaltVarde() + a.nyttVarde()).doesNotContainPattern("\\d"));
        assertThat(historik)
                .filteredOn(a -> a.falt().equals("hemkommun"))
                .singleElement()
                .satisfies(a -> assertThat(a.gammaltVarde()).isEqualTo("0114"));
        assertThat(audit("DELTAGANDE_ANDRAT", id)).isEqualTo(2);
    }

    @Test
    void aStaleVersionIsAConflict() {
        long id = service.registrera(egen, inskrivning(nyttNummer(), idag.minusDays(40)));
        DeltagandeDetalj d = service.hamta(id);
        service.rattaInskrivning(
                id,
                d.version(),
                new Inskrivning(
                        d.identitetsnummer(),
                        d.startdatum(),
                        d.inskrivning().samtycke(),
                        d.profil().kon(),
                        "0120",
                        Set.of(),
                        null,
                        Myndighet.KOMMUN,
                        TidIUtanforskap.OKANT,
                        false,
                        d.forsorjningVidStart()));
        assertThatThrownBy(() -> service.skrivUt(id, d.version(), utskrivning(idag, Avslutsanledning.ARBETE)))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThatThrownBy(() -> service.aterkallaSamtycke(id, d.version()))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
    }

    @Test
    void everyRuleHasItsOwnMessage() {
        String n = nyttNummer();
        assertRefused(() -> service.registrera(egen, inskrivning("19550101-000")), "deltagare.fel.identitet-format");
        assertRefused(
                () -> service.registrera(egen, inskrivning(n, idag.plusDays(1))), "deltagare.fel.startdatum-framtid");
        assertRefused(
                () -> service.registrera(egen, inskrivning(n, LocalDate.of(1999, 1, 1))),
                "deltagare.fel.startdatum-utanfor-insats");
        Inskrivning bas = inskrivning(n);
        assertRefused(
                () -> service.registrera(egen, medForsorjning(bas, new Forsorjning(Set.of(), 0, 0, 0, 0))),
                "deltagare.fel.forsorjning-saknas");
        assertRefused(
                () -> service.registrera(
                        egen,
                        medForsorjning(
                                bas,
                                new Forsorjning(
                                        EnumSet.of(Forsorjningskalla.INGEN, Forsorjningskalla.LON), 0, 0, 0, 0))),
                "deltagare.fel.forsorjning-ingen-med-annan");
        assertRefused(
                () -> service.registrera(
                        egen, medForsorjning(bas, new Forsorjning(Set.of(Forsorjningskalla.LON), 41, 0, 0, 0))),
                "deltagare.fel.timmar-arbete-med-stod");
        assertRefused(
                () -> service.registrera(
                        egen, medForsorjning(bas, new Forsorjning(Set.of(Forsorjningskalla.LON), 0, 0, 0, -1))),
                "deltagare.fel.timmar-eget-foretag");
        assertRefused(
                () -> service.registrera(
                        egen,
                        new Inskrivning(
                                n,
                                bas.startdatum(),
                                bas.samtycke(),
                                null,
                                "9999",
                                Set.of(),
                                null,
                                Myndighet.KOMMUN,
                                TidIUtanforskap.OKANT,
                                false,
                                bas.forsorjningVidStart())),
                "deltagare.fel.hemkommun-okand");
        assertRefused(
                () -> service.registrera(
                        egen,
                        new Inskrivning(
                                n,
                                bas.startdatum(),
                                bas.samtycke(),
                                null,
                                "0114",
                                Set.of(),
                                null,
                                null,
                                TidIUtanforskap.OKANT,
                                false,
                                bas.forsorjningVidStart())),
                "deltagare.fel.remitterande-saknas");
        long id = service.registrera(egen, inskrivning(n, idag.minusDays(10)));
        long version = service.hamta(id).version();
        assertRefused(
                () -> service.skrivUt(id, version, utskrivning(idag.minusDays(11), Avslutsanledning.ARBETE)),
                "deltagare.fel.slutdatum-fore-start");
        assertRefused(
                () -> service.skrivUt(id, version, utskrivning(idag.plusDays(1), Avslutsanledning.ARBETE)),
                "deltagare.fel.slutdatum-framtid");
        assertRefused(
                () -> service.skrivUt(id, version, utskrivning(idag, null)), "deltagare.fel.avslutsanledning-saknas");
        assertRefused(
                () -> service.skrivUt(id, version, new Utskrivning(idag, Avslutsanledning.ARBETE, null, false)),
                "deltagare.fel.forsorjning-saknas");
    }

    @Test
    void countOnlyInsatserTakeOnlyCounts() {
        // The demo data gives every individinriktad insats anonymous counts.
        long volym = jdbc.queryForObject(
                "select min(id) from insats where uppfoljningsmetod = 'ENDAST_ANTAL' and "
                        + "inriktning = 'INDIVIDINRIKTAD'",
                Long.class);
        SomSystem.somSystemadministrator(() -> uppdragAdministration.geInsatsuppdrag(
                "handlaggare", Roll.DELTAGARANSVARIG, volym, idag.minusDays(1), idag.plusYears(1), null));

        assertThat(antalService.insats(volym).individuell()).isFalse();
        assertRefused(() -> service.registrera(volym, inskrivning(nyttNummer())), "deltagare.fel.insats-endast-antal");
        DeltagarAntal nytt = antalService.sparaAntal(new DeltagarAntal(
                volym,
                idag.getYear(),
                0,
                0,
                0,
                antalService.antal(volym).stream()
                        .filter(a -> a.ar() == idag.getYear())
                        .map(DeltagarAntal::version)
                        .findFirst()
                        .orElse(null)));
        DeltagarAntal sparat =
                antalService.sparaAntal(new DeltagarAntal(volym, idag.getYear(), 12, 9, 1, nytt.version()));
        assertThat(sparat.totalt()).isEqualTo(22);
        assertThat(antalService.antal(volym)).contains(sparat);
        assertThatThrownBy(() ->
                        antalService.sparaAntal(new DeltagarAntal(volym, idag.getYear(), 1, 1, 1, nytt.version())))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertRefused(
                () -> antalService.sparaAntal(new DeltagarAntal(volym, idag.getYear() + 1, 1, 1, 1, null)),
                "deltagare.fel.antal-ar");
        assertRefused(
                () -> antalService.sparaAntal(new DeltagarAntal(volym, idag.getYear(), -1, 1, 1, sparat.version())),
                "deltagare.fel.antal-negativ");
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_post where atgard = 'DELTAGARANTAL_ANDRAT' and " + "objekt_id = ?",
                        Integer.class,
                        String.valueOf(volym)))
                .isEqualTo(2);
    }

    @Test
    void anInsatsansvarigMaintainsTheCountsOfTheirInsatser() throws Exception {
        login("insats");
        DeltagarAntal sparat = antalService.sparaAntal(new DeltagarAntal(
                egen,
                idag.getYear() - 1,
                3,
                4,
                0,
                antalService.antal(egen).stream()
                        .filter(a -> a.ar() == idag.getYear() - 1)
                        .map(DeltagarAntal::version)
                        .findFirst()
                        .orElse(null)));
        assertThat(sparat.man()).isEqualTo(4);
        assertThatThrownBy(() -> antalService.antal(annan)).isInstanceOf(HittadesInteException.class);
        // An insats with participants can no longer be deleted.
        assertRefused(() -> insatser.taBort(egen), "insats.fel.har-deltagare");
    }

    // ---- helpers ----

    private void login(String namn) throws Exception {
        TestInloggning.fullt(authenticationConfiguration
                .getAuthenticationManager()
                .authenticate(UsernamePasswordAuthenticationToken.unauthenticated(namn, "sus-demo-2026")));
    }

    /** A new valid test personnummer (born 1955, individual number in the 98x/99x test series). */
    static String nyttNummer() {
        int n = NASTA.incrementAndGet();
        LocalDate fodd = LocalDate.of(1955, 1, 1).plusDays(n % 365);
        return SyntetiskaDeltagare.personnummer(1955, fodd.getMonthValue(), fodd.getDayOfMonth(), 980 + n / 365);
    }

    private Inskrivning inskrivning(String nummer) {
        return inskrivning(nummer, idag.minusDays(30));
    }

    private Inskrivning inskrivning(String nummer, LocalDate start) {
        LocalDate samtycke = start.isAfter(idag) ? idag : start;
        return new Inskrivning(
                nummer,
                start,
                new Samtycke(samtycke, Set.of(Myndighet.FORSAKRINGSKASSAN, Myndighet.KOMMUN), true),
                null,
                "0114",
                Set.of(Behovsgrupp.LANGTIDSSJUKSKRIVNA),
                null,
                Myndighet.FORSAKRINGSKASSAN,
                TidIUtanforskap.AR_1_2,
                false,
                new Forsorjning(Set.of(Forsorjningskalla.SJUKPENNING), 0, 0, 0, 0));
    }

    private static Inskrivning medSamtycke(Inskrivning i, Samtycke s) {
        return new Inskrivning(
                i.identitetsnummer(),
                i.startdatum(),
                s,
                i.kon(),
                i.hemkommun(),
                i.behovsgrupper(),
                i.utbildningsniva(),
                i.remitterande(),
                i.tidIUtanforskap(),
                i.arbetssokande(),
                i.forsorjningVidStart());
    }

    private static Inskrivning medForsorjning(Inskrivning i, Forsorjning f) {
        return new Inskrivning(
                i.identitetsnummer(),
                i.startdatum(),
                i.samtycke(),
                i.kon(),
                i.hemkommun(),
                i.behovsgrupper(),
                i.utbildningsniva(),
                i.remitterande(),
                i.tidIUtanforskap(),
                i.arbetssokande(),
                f);
    }

    private static Utskrivning utskrivning(LocalDate slut, Avslutsanledning anledning) {
        return new Utskrivning(slut, anledning, new Forsorjning(Set.of(Forsorjningskalla.LON), 0, 40, 0, 0), false);
    }

    private int audit(String atgard, long id) {
        return jdbc.queryForObject(
                "select count(*) from audit_post where atgard = ? and objekt_id = ? and " + "objekttyp = 'Deltagande'",
                Integer.class,
                atgard,
                String.valueOf(id));
    }

    /** The tables holding a participation's child rows. */
    private static final List<String> BARNTABELLER =
            List.of("deltagande_forsorjning", "deltagande_samtycke_myndighet", "deltagande_andring");

    private int rader(String tabell, String kolumn, long id) {
        return jdbc.queryForObject("select count(*) from " + tabell + " where " + kolumn + " = ?", Integer.class, id);
    }

    private long nekade() {
        return jdbc.queryForObject("select count(*) from audit_post where atgard = 'ATKOMST_NEKAD'", Long.class);
    }

    private int antal(long insats, int ar, Kon kon) {
        String kolumn = switch (kon) {
            case KVINNA -> "kvinnor";
            case MAN -> "man";
            case ANNAT -> "ovriga";
        };
        List<Integer> v = jdbc.queryForList(
                "select " + kolumn + " from deltagar_antal where insats_id = ? and ar = ?", Integer.class, insats, ar);
        return v.isEmpty() ? 0 : v.getFirst();
    }

    private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable anrop, String nyckel) {
        assertThatThrownBy(anrop)
                .isInstanceOfSatisfying(
                        ValideringsException.class, e -> assertThat(e.nyckel()).isEqualTo(nyckel));
    }
}
