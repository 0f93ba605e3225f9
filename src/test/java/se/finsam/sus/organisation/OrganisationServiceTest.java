package se.finsam.sus.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.core.context.SecurityContextHolder;
import se.finsam.sus.DatabaseTest;
import se.finsam.sus.audit.AuditAtgard;
import se.finsam.sus.audit.AuditFilter;
import se.finsam.sus.audit.AuditService;
import se.finsam.sus.base.HittadesInteException;
import se.finsam.sus.base.Luhn;
import se.finsam.sus.base.ValideringsException;
import se.finsam.sus.behorighet.TestInloggning;

/** Organisations, insatser and budgets on the real database: validation, dates, scope, locking. */
class OrganisationServiceTest extends DatabaseTest {

    private static final String LOSENORD = "sus-demo-2026";
    private static int lopnummer = 500;

    @Autowired
    OrganisationService organisationer;

    @Autowired
    SamverkansbudgetService samverkansbudget;

    @Autowired
    InsatsService insatser;

    @Autowired
    AuditService audit;

    @Autowired
    AuthenticationConfiguration authenticationConfiguration;

    @AfterEach
    void logout() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void organisationsnummerNeedsTenDigitsAndAValidCheckDigit() {
        String giltigt = DemoOrganisationer.orgnr(1);
        assertThat(Organisationsnummer.arGiltigt(giltigt)).isTrue();
        assertThat(Organisationsnummer.normalisera(giltigt.substring(0, 6) + "-" + giltigt.substring(6)))
                .isEqualTo(giltigt);
        assertThat(Organisationsnummer.arGiltigt("2120000142"))
                .as("Försäkringskassan")
                .isTrue();
        String felKontroll = giltigt.substring(0, 9) + ((giltigt.charAt(9) - '0' + 1) % 10);
        assertThat(Organisationsnummer.arGiltigt(felKontroll)).isFalse();
        assertThat(Organisationsnummer.arGiltigt("212000014")).isFalse();
        assertThat(Organisationsnummer.arGiltigt("21200001420")).isFalse();
        assertThat(Organisationsnummer.arGiltigt("8112189876"))
                .as("a personnummer")
                .isFalse();
        assertThat(Organisationsnummer.arGiltigt(null)).isFalse();

        login("admin");
        assertThatThrownBy(() -> organisationer.skapa(uppgifter(felKontroll, LocalDate.of(2020, 1, 1), null)))
                .isInstanceOf(ValideringsException.class)
                .hasMessage("organisation.fel.orgnr");
        long id = organisationer.skapa(uppgifter(nyttOrgnr(), LocalDate.of(2020, 1, 1), null));
        String samma = organisationer.hamta(id).uppgifter().organisationsnummer();
        assertThatThrownBy(() -> organisationer.skapa(uppgifter(samma, LocalDate.of(2020, 1, 1), null)))
                .isInstanceOf(ValideringsException.class)
                .hasMessage("organisation.fel.orgnr-finns");
    }

    @Test
    void onlyTheSystemAdministratorCreatesOrganisations() {
        login("samverkan");
        assertThatThrownBy(() -> organisationer.skapa(uppgifter(nyttOrgnr(), LocalDate.of(2020, 1, 1), null)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void startdatumIsFixedAndSlutdatumMayNotPrecedeIt() {
        login("admin");
        LocalDate start = LocalDate.of(2020, 1, 1);
        assertThatThrownBy(() -> organisationer.skapa(uppgifter(nyttOrgnr(), start, start.minusDays(1))))
                .hasMessage("organisation.fel.slut-fore-start");
        long id = organisationer.skapa(uppgifter(nyttOrgnr(), start, null));
        OrganisationDetalj org = organisationer.hamta(id);
        OrganisationUppgifter flyttad = new OrganisationUppgifter(
                org.namn(),
                org.uppgifter().organisationsnummer(),
                org.finansieringsform(),
                start.plusDays(1),
                null,
                null,
                null,
                null,
                Set.of(),
                Set.of());
        assertThatThrownBy(() -> organisationer.uppdatera(id, org.version(), flyttad))
                .hasMessage("organisation.fel.startdatum-fast");
        OrganisationDetalj avslutad = organisationer.uppdatera(
                id,
                org.version(),
                new OrganisationUppgifter(
                        org.namn(),
                        org.uppgifter().organisationsnummer(),
                        org.finansieringsform(),
                        start,
                        LocalDate.of(2030, 12, 31),
                        null,
                        null,
                        null,
                        Set.of("0180"),
                        Set.of()));
        assertThat(avslutad.uppgifter().slutdatum()).isEqualTo(LocalDate.of(2030, 12, 31));
        assertThat(avslutad.kommunKoder()).containsExactly("0180");
    }

    @Test
    void insatsMustLieWithinTheOrganisationsPeriod() {
        login("insats");
        long forsta = forstaDemoforbundet();
        OrganisationDetalj org = organisationer.hamta(forsta);
        assertThatThrownBy(() -> insatser.skapa(
                        forsta,
                        insats(
                                unikt("Före"),
                                org.uppgifter().startdatum().minusDays(1),
                                Inriktning.INDIVIDINRIKTAD,
                                PreciseradInriktning.FORBEREDANDE)))
                .hasMessage("insats.fel.utanfor-organisationens-period");
        assertThatThrownBy(() -> insatser.skapa(
                        forsta,
                        insats(
                                unikt("Omvänd"),
                                LocalDate.of(2025, 5, 1),
                                LocalDate.of(2025, 4, 30),
                                Inriktning.INDIVIDINRIKTAD,
                                PreciseradInriktning.FORBEREDANDE)))
                .hasMessage("insats.fel.slut-fore-start");
        assertThatThrownBy(() -> insatser.skapa(
                        forsta,
                        insats(
                                unikt("Fel inriktning"),
                                LocalDate.of(2025, 1, 1),
                                Inriktning.INDIVIDINRIKTAD,
                                PreciseradInriktning.UTBILDNING_KONFERENS)))
                .hasMessage("insats.fel.preciserad-inriktning");

        // An organisation cannot end before one of its insatser does.
        login("admin");
        long ny = organisationer.skapa(uppgifter(nyttOrgnr(), LocalDate.of(2020, 1, 1), null));
        // (the insats user has no uppdrag on the new organisation, so the test reuses the first one's rule)
        OrganisationDetalj forstaOrg = organisationer.hamta(forsta);
        assertThatThrownBy(() -> organisationer.uppdatera(
                        forsta,
                        forstaOrg.version(),
                        new OrganisationUppgifter(
                                forstaOrg.namn(),
                                forstaOrg.uppgifter().organisationsnummer(),
                                forstaOrg.finansieringsform(),
                                forstaOrg.uppgifter().startdatum(),
                                forstaOrg.uppgifter().startdatum().plusDays(1),
                                forstaOrg.uppgifter().beskrivning(),
                                forstaOrg.uppgifter().adress(),
                                forstaOrg.uppgifter().kontaktperson(),
                                forstaOrg.kommunKoder(),
                                Set.of())))
                .hasMessage("organisation.fel.insatser-utanfor-period");
        assertThat(organisationer.hamta(ny).uppgifter().slutdatum()).isNull();
    }

    @Test
    void aUserOfForbundACannotReadOrChangeForbundB() {
        login("admin");
        long b = organisationer.skapa(uppgifter(nyttOrgnr(), LocalDate.of(2020, 1, 1), null));
        long version = organisationer.hamta(b).version();
        long a = forstaDemoforbundet();

        login("samverkan");
        assertThat(organisationer.hamta(a).id()).isEqualTo(a);
        assertThatThrownBy(() -> organisationer.hamta(b)).isInstanceOf(HittadesInteException.class);
        assertThatThrownBy(() ->
                        organisationer.uppdatera(b, version, uppgifter(nyttOrgnr(), LocalDate.of(2020, 1, 1), null)))
                .isInstanceOf(HittadesInteException.class);
        assertThatThrownBy(() -> samverkansbudget.samverkansbudgetar(b)).isInstanceOf(HittadesInteException.class);
        assertThatThrownBy(() -> organisationer.hamta(Long.MAX_VALUE)).isInstanceOf(HittadesInteException.class);
        assertThat(organisationer
                        .sok(OrganisationFilter.ALLA, PageRequest.of(0, 100))
                        .map(OrganisationRad::id))
                .containsExactly(a);
        assertThat(organisationer.rakna(OrganisationFilter.ALLA)).isEqualTo(1);

        login("insats");
        assertThatThrownBy(() -> insatser.skapa(
                        b,
                        insats(
                                unikt("Intrång"),
                                LocalDate.of(2025, 1, 1),
                                Inriktning.INDIVIDINRIKTAD,
                                PreciseradInriktning.FORBEREDANDE)))
                .isInstanceOf(HittadesInteException.class);
        assertThatThrownBy(() -> insatser.insatserFor(b)).isInstanceOf(HittadesInteException.class);

        login("admin");
        assertThat(audit.sok(new AuditFilter(null, null, "samverkan", AuditAtgard.ATKOMST_NEKAD), PageRequest.of(0, 50))
                        .filter(r -> String.valueOf(b).equals(r.objektId()))
                        .count())
                .isGreaterThanOrEqualTo(3);
        assertThat(organisationer.hamta(b).version()).as("unchanged").isEqualTo(version);
    }

    @Test
    void listFiltersByLanAndFinansieringsform() {
        login("admin");
        assertThat(organisationer.rakna(OrganisationFilter.ALLA)).isGreaterThanOrEqualTo(10);
        List<OrganisationRad> skane = organisationer
                .sok(new OrganisationFilter(null, "12", null), PageRequest.of(0, 100))
                .toList();
        assertThat(skane)
                .extracting(OrganisationRad::namn)
                .contains("Samordningsförbundet Malmö", "Samordningsförbundet Skåne Nordväst")
                .doesNotContain("Samordningsförbundet Göteborg");
        assertThat(organisationer
                        .sok(
                                new OrganisationFilter(null, null, Finansieringsform.HANDLINGSPLAN),
                                PageRequest.of(0, 100))
                        .map(OrganisationRad::namn))
                .contains("Handlingsplan Luleå")
                .allMatch(n -> !n.startsWith("Samordningsförbundet"));
        assertThat(organisationer.rakna(new OrganisationFilter("göteborg", "14", Finansieringsform.FINSAM)))
                .isEqualTo(1);
    }

    @Test
    void aStaleVersionIsAConflict() {
        login("admin");
        long id = organisationer.skapa(uppgifter(nyttOrgnr(), LocalDate.of(2020, 1, 1), null));
        OrganisationDetalj las1 = organisationer.hamta(id);
        OrganisationDetalj las2 = organisationer.hamta(id);
        organisationer.uppdatera(id, las1.version(), withNamn(las1, "Först"));
        assertThatThrownBy(() -> organisationer.uppdatera(id, las2.version(), withNamn(las2, "Sedan")))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThat(organisationer.hamta(id).namn()).isEqualTo("Först");
    }

    @Test
    void insatsWithBudgetRowsCannotBeDeletedAndFixedFieldsCannotChange() {
        login("insats");
        long org = forstaDemoforbundet();
        long utan = insatser.skapa(
                org,
                insats(
                        unikt("Utan budget"),
                        LocalDate.of(2025, 1, 1),
                        Inriktning.INDIVIDINRIKTAD,
                        PreciseradInriktning.FORBEREDANDE));
        long med = insatser.skapa(
                org,
                insats(
                        unikt("Med budget"),
                        LocalDate.of(2025, 1, 1),
                        Inriktning.STRUKTUROVERGRIPANDE,
                        PreciseradInriktning.UTBILDNING_KONFERENS));
        InsatsbudgetRad rad = insatser.sparaBudget(
                med,
                null,
                new InsatsbudgetUppgifter(
                        2025, 0, new Kostnader(kr("1000.50"), kr("0"), kr("200"), null, kr("0"), kr("0")), null));
        assertThat(rad.summaBudget()).isEqualByComparingTo("1200.50");
        assertThatThrownBy(() -> insatser.sparaBudget(
                        med,
                        null,
                        new InsatsbudgetUppgifter(2025, 0, new Kostnader(kr("1"), null, null, null, null, null), null)))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThatThrownBy(() -> insatser.sparaBudget(
                        med,
                        rad.version(),
                        new InsatsbudgetUppgifter(
                                2025, 0, new Kostnader(kr("1.005"), null, null, null, null, null), null)))
                .hasMessage("budget.fel.belopp");
        assertThatThrownBy(() -> insatser.sparaBudget(
                        med,
                        rad.version(),
                        new InsatsbudgetUppgifter(
                                2025, 0, new Kostnader(kr("-1"), null, null, null, null, null), null)))
                .hasMessage("budget.fel.belopp");

        assertThatThrownBy(() -> insatser.taBort(med)).hasMessage("insats.fel.har-budget");
        assertThat(insatser.hamta(med).id()).isEqualTo(med);
        insatser.taBort(utan);
        assertThatThrownBy(() -> insatser.hamta(utan)).isInstanceOf(HittadesInteException.class);

        InsatsDetalj detalj = insatser.hamta(med);
        InsatsUppgifter annanInriktning = new InsatsUppgifter(
                detalj.namn(),
                null,
                detalj.startdatum(),
                null,
                Inriktning.INDIVIDINRIKTAD,
                PreciseradInriktning.FORBEREDANDE,
                Set.of(),
                false,
                false,
                false,
                detalj.uppgifter().uppfoljningsmetod(),
                detalj.uppgifter().esfFinansierad());
        assertThatThrownBy(() -> insatser.uppdatera(med, detalj.version(), annanInriktning))
                .hasMessage("insats.fel.fasta-uppgifter");
        String namn = detalj.namn();
        assertThatThrownBy(() -> insatser.skapa(
                        org,
                        insats(
                                namn,
                                LocalDate.of(2025, 1, 1),
                                Inriktning.INDIVIDINRIKTAD,
                                PreciseradInriktning.FORBEREDANDE)))
                .hasMessage("insats.fel.namn-finns");
    }

    @Test
    void samverkansbudgetShowsTotalsAndWhatRemains() {
        login("samverkan");
        long org = forstaDemoforbundet();
        List<SamverkansbudgetRad> budgetar = samverkansbudget.samverkansbudgetar(org);
        assertThat(budgetar).as("three demo years, plus any a test added").hasSizeGreaterThanOrEqualTo(3);
        SamverkansbudgetRad forsta = budgetar.getFirst();
        assertThat(forsta.tillgangligt())
                .isEqualByComparingTo(forsta.summaMedel().add(forsta.egetKapital()));
        assertThat(forsta.kvar())
                .isEqualByComparingTo(forsta.tillgangligt()
                        .subtract(forsta.forvaltningBudget())
                        .subtract(forsta.insatsernasBudget()));
        assertThat(forsta.insatsernasBudget()).isPositive();

        SamverkansbudgetRad ny = samverkansbudget.sparaSamverkansbudget(
                org,
                null,
                new SamverkansbudgetUppgifter(
                        2040,
                        List.of(
                                new FinansiarMedel("Försäkringskassan", FinansiarTyp.FORSAKRINGSKASSAN, kr("100")),
                                new FinansiarMedel("Region", FinansiarTyp.REGION, kr("50.25"))),
                        kr("10"),
                        new Kostnader(kr("20"), null, null, null, null, null)));
        assertThat(ny.summaMedel()).isEqualByComparingTo("150.25");
        assertThat(ny.kvar()).isEqualByComparingTo("140.25");
        assertThat(ny.finansiarer())
                .extracting(FinansiarMedel::finansiar)
                .containsExactly("Försäkringskassan", "Region");
    }

    @Test
    void otherFinanciersPartIsWithinTheBudgetAndNotCountedAsTheOrganisationsCost() {
        login("insats");
        long org = forstaDemoforbundet();
        long id = insatser.skapa(
                org,
                insats(
                        unikt("Delfinansierad"),
                        LocalDate.of(2025, 1, 1),
                        Inriktning.INDIVIDINRIKTAD,
                        PreciseradInriktning.FORBEREDANDE));
        assertThatThrownBy(() -> insatser.sparaBudget(
                        id,
                        null,
                        new InsatsbudgetUppgifter(
                                2042,
                                10,
                                new Kostnader(kr("1000"), null, null, null, null, null),
                                List.of(
                                        new Medfinansiering("ESF", kr("600"), null),
                                        new Medfinansiering("Länsstyrelsen", kr("400.01"), null)))))
                .hasMessage("budget.fel.ovriga-finansiarer");
        assertThatThrownBy(() -> insatser.sparaBudget(
                        id,
                        null,
                        new InsatsbudgetUppgifter(
                                2024, 10, new Kostnader(kr("1000"), null, null, null, null, null), null)))
                .as("a year before the insats starts")
                .hasMessage("budget.fel.ar-utanfor-insats");
        InsatsbudgetRad rad = insatser.sparaBudget(
                id,
                null,
                new InsatsbudgetUppgifter(
                        2042,
                        10,
                        new Kostnader(kr("800"), null, kr("200"), null, null, null),
                        List.of(
                                new Medfinansiering("ESF", kr("300"), kr("100")),
                                new Medfinansiering("Länsstyrelsen", kr("100"), null))));
        assertThat(rad.forbundetsDel()).isEqualByComparingTo("600");
        assertThat(rad.forbundetsKostnadPerDeltagare()).isEqualByComparingTo("60");

        login("samverkan");
        SamverkansbudgetRad budget = samverkansbudget.sparaSamverkansbudget(
                org,
                null,
                new SamverkansbudgetUppgifter(
                        2042,
                        List.of(new FinansiarMedel("Försäkringskassan", FinansiarTyp.FORSAKRINGSKASSAN, kr("5000"))),
                        null,
                        new Kostnader(null, null, null, null, null, null)));
        assertThat(budget.insatsernasBudget())
                .as("the part ESF or others pay is not the förbund's cost")
                .isEqualByComparingTo("600");
        assertThat(budget.kvar()).isEqualByComparingTo("4400");
    }

    private long forstaDemoforbundet() {
        return organisationer
                .sok(new OrganisationFilter(DemoOrganisationer.FORSTA_ORGNR, null, null), PageRequest.of(0, 1))
                .findFirst()
                .orElseThrow()
                .id();
    }

    private static OrganisationUppgifter uppgifter(String orgnr, LocalDate start, LocalDate slut) {
        return new OrganisationUppgifter(
                "Testförbundet " + orgnr,
                orgnr,
                Finansieringsform.FINSAM,
                start,
                slut,
                null,
                null,
                null,
                Set.of("1280"),
                Set.of());
    }

    private static OrganisationUppgifter withNamn(OrganisationDetalj d, String namn) {
        return new OrganisationUppgifter(
                namn,
                d.uppgifter().organisationsnummer(),
                d.finansieringsform(),
                d.uppgifter().startdatum(),
                d.uppgifter().slutdatum(),
                d.uppgifter().beskrivning(),
                d.uppgifter().adress(),
                d.uppgifter().kontaktperson(),
                d.kommunKoder(),
                Set.of());
    }

    private static InsatsUppgifter insats(
            String namn, LocalDate start, Inriktning inriktning, PreciseradInriktning preciserad) {
        return insats(namn, start, null, inriktning, preciserad);
    }

    private static InsatsUppgifter insats(
            String namn, LocalDate start, LocalDate slut, Inriktning inriktning, PreciseradInriktning preciserad) {
        return new InsatsUppgifter(
                namn,
                null,
                start,
                slut,
                inriktning,
                preciserad,
                Set.of(),
                true,
                false,
                false,
                Uppfoljningsmetod.ENDAST_ANTAL,
                false);
    }

    private static synchronized String nyttOrgnr() {
        String nio = "2229" + String.format("%05d", lopnummer++ + (int) (System.nanoTime() % 1000) * 50);
        return nio.substring(0, 9) + Luhn.kontrollsiffra(nio.substring(0, 9));
    }

    private static String unikt(String namn) {
        return namn + " " + UUID.randomUUID().toString().substring(0, 6);
    }

    private static BigDecimal kr(String s) {
        return new BigDecimal(s);
    }

    private void login(String anvandarnamn) {
        TestInloggning.fullt(authenticationConfiguration
                .getAuthenticationManager()
                .authenticate(UsernamePasswordAuthenticationToken.unauthenticated(anvandarnamn, LOSENORD)));
    }
}
