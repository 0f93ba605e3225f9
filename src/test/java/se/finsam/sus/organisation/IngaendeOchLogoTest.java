package se.finsam.sus.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import javax.imageio.ImageIO;
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

/**
 * Ingående organisationer, logos, the active/ended filter and the insatsbudget shares on the real database:
 * validation, scope, locking and audit.
 */
class IngaendeOchLogoTest extends DatabaseTest {

    private static final String LOSENORD = "sus-demo-2026";

    @Autowired
    OrganisationService organisationer;

    @Autowired
    AuditService audit;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Autowired
    AuthenticationConfiguration authenticationConfiguration;

    @AfterEach
    void logout() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void demoForbundHaveFkAfTheirKommunerAndTheRegion() {
        login("samverkan");
        OrganisationDetalj org = organisationer.hamta(forstaDemoforbundet());
        assertThat(org.ingaende())
                .extracting(IngaendeOrganisation::typ)
                .contains(
                        IngaendeTyp.FORSAKRINGSKASSAN,
                        IngaendeTyp.ARBETSFORMEDLINGEN,
                        IngaendeTyp.KOMMUN,
                        IngaendeTyp.REGION);
        assertThat(org.ingaende())
                .filteredOn(o -> o.typ() == IngaendeTyp.KOMMUN)
                .extracting(IngaendeOrganisation::kommunKod)
                .containsExactlyInAnyOrderElementsOf(org.kommunKoder());
        assertThat(org.ingaende()).extracting(IngaendeOrganisation::namn).contains("Region Stockholm");
    }

    @Test
    void ingaendeAreValidatedSavedAuditedAndLocked() {
        login("admin");
        long id = nyOrganisation(null);
        long version = organisationer.hamta(id).version();

        assertThatThrownBy(() -> organisationer.sparaIngaende(
                        id, version, List.of(IngaendeOrganisation.region(" ", IngaendeRoll.FINANSIAR))))
                .isInstanceOf(ValideringsException.class)
                .hasMessage("organisation.fel.ingaende-namn");
        assertThatThrownBy(() -> organisationer.sparaIngaende(
                        id, version, List.of(IngaendeOrganisation.kommun(null, IngaendeRoll.FINANSIAR))))
                .hasMessage("organisation.fel.ingaende-namn");
        assertThatThrownBy(() -> organisationer.sparaIngaende(
                        id, version, List.of(IngaendeOrganisation.kommun("9999", IngaendeRoll.FINANSIAR))))
                .hasMessage("organisation.fel.kommun");
        assertThatThrownBy(() -> organisationer.sparaIngaende(
                        id, version, List.of(new IngaendeOrganisation(IngaendeTyp.REGION, null, "Region Skåne", null))))
                .hasMessage("organisation.fel.ingaende-roll");
        assertThatThrownBy(() -> organisationer.sparaIngaende(
                        id, version, List.of(new IngaendeOrganisation(null, null, null, IngaendeRoll.FINANSIAR))))
                .hasMessage("organisation.fel.ingaende-typ");
        assertThatThrownBy(() -> organisationer.sparaIngaende(
                        id,
                        version,
                        List.of(
                                IngaendeOrganisation.forsakringskassan(IngaendeRoll.FINANSIAR),
                                IngaendeOrganisation.forsakringskassan(IngaendeRoll.DELTAGANDE))))
                .hasMessage("organisation.fel.ingaende-dubblett");
        assertThatThrownBy(() -> organisationer.sparaIngaende(
                        id,
                        version,
                        List.of(
                                IngaendeOrganisation.region("Region Skåne", IngaendeRoll.FINANSIAR),
                                IngaendeOrganisation.region("region skåne ", IngaendeRoll.DELTAGANDE))))
                .hasMessage("organisation.fel.ingaende-dubblett");
        assertThatThrownBy(() -> organisationer.sparaIngaende(
                        id,
                        version,
                        List.of(
                                IngaendeOrganisation.kommun("1280", IngaendeRoll.FINANSIAR),
                                IngaendeOrganisation.kommun("1280", IngaendeRoll.DELTAGANDE))))
                .hasMessage("organisation.fel.ingaende-dubblett");
        assertThat(organisationer.hamta(id).ingaende())
                .as("nothing stored on error")
                .isEmpty();
        assertThat(organisationer.hamta(id).version()).isEqualTo(version);

        OrganisationDetalj sparad = organisationer.sparaIngaende(
                id,
                version,
                List.of(
                        IngaendeOrganisation.forsakringskassan(IngaendeRoll.FINANSIAR),
                        IngaendeOrganisation.arbetsformedlingen(IngaendeRoll.DELTAGANDE),
                        IngaendeOrganisation.kommun("1280", IngaendeRoll.FINANSIAR),
                        IngaendeOrganisation.kommun("0180", IngaendeRoll.DELTAGANDE),
                        IngaendeOrganisation.region(" Region Skåne ", IngaendeRoll.FINANSIAR)));
        assertThat(sparad.version()).isGreaterThan(version);
        assertThat(sparad.ingaende())
                .containsExactly(
                        new IngaendeOrganisation(IngaendeTyp.FORSAKRINGSKASSAN, null, null, IngaendeRoll.FINANSIAR),
                        new IngaendeOrganisation(IngaendeTyp.ARBETSFORMEDLINGEN, null, null, IngaendeRoll.DELTAGANDE),
                        new IngaendeOrganisation(IngaendeTyp.KOMMUN, "1280", "Malmö", IngaendeRoll.FINANSIAR),
                        new IngaendeOrganisation(IngaendeTyp.KOMMUN, "0180", "Stockholm", IngaendeRoll.DELTAGANDE),
                        new IngaendeOrganisation(IngaendeTyp.REGION, null, "Region Skåne", IngaendeRoll.FINANSIAR));
        assertThat(organisationer.hamta(id).ingaende()).isEqualTo(sparad.ingaende());

        // A stale version (read before the save above) is a conflict and changes nothing.
        assertThatThrownBy(() -> organisationer.sparaIngaende(id, version, List.of()))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThat(organisationer.hamta(id).ingaende()).hasSize(5);

        List<IngaendeOrganisation> utanAf = new ArrayList<>(sparad.ingaende());
        utanAf.remove(1);
        assertThat(organisationer.sparaIngaende(id, sparad.version(), utanAf).ingaende())
                .hasSize(4)
                .noneMatch(o -> o.typ() == IngaendeTyp.ARBETSFORMEDLINGEN);

        assertThat(audit.sok(
                                new AuditFilter(null, null, "admin", AuditAtgard.ORGANISATION_ANDRAD),
                                PageRequest.of(0, 50))
                        .filter(r -> String.valueOf(id).equals(r.objektId()))
                        .filter(r -> r.detaljer() != null && r.detaljer().startsWith("ingaende"))
                        .count())
                .isEqualTo(2);
    }

    @Test
    void samverkanOfForbundACannotChangeForbundBsIngaendeOrLogo() throws IOException {
        login("admin");
        long b = nyOrganisation(null);
        long version = organisationer.hamta(b).version();
        byte[] png = png();

        login("samverkan");
        long a = forstaDemoforbundet();
        OrganisationDetalj egen = organisationer.hamta(a);
        assertThat(organisationer
                        .sparaIngaende(a, egen.version(), egen.ingaende())
                        .ingaende())
                .as("its own förbund")
                .isEqualTo(egen.ingaende());
        assertThatThrownBy(() -> organisationer.sparaIngaende(
                        b, version, List.of(IngaendeOrganisation.forsakringskassan(IngaendeRoll.FINANSIAR))))
                .isInstanceOf(HittadesInteException.class);
        assertThatThrownBy(() -> organisationer.sparaLogo(b, png)).isInstanceOf(HittadesInteException.class);
        assertThatThrownBy(() -> organisationer.taBortLogo(b)).isInstanceOf(HittadesInteException.class);
        assertThatThrownBy(() -> organisationer.logo(b)).isInstanceOf(HittadesInteException.class);

        login("insats");
        assertThatThrownBy(() -> organisationer.sparaIngaende(a, egen.version(), List.of()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> organisationer.sparaLogo(a, png)).isInstanceOf(AccessDeniedException.class);

        login("admin");
        assertThat(organisationer.hamta(b).ingaende()).isEmpty();
        assertThat(organisationer.logo(b)).isEmpty();
        assertThat(audit.sok(new AuditFilter(null, null, "samverkan", AuditAtgard.ATKOMST_NEKAD), PageRequest.of(0, 50))
                        .filter(r -> String.valueOf(b).equals(r.objektId()))
                        .count())
                .isGreaterThanOrEqualTo(3);
    }

    @Test
    void aRealPngIsStoredShownAndRemoved() throws IOException {
        login("admin");
        long id = nyOrganisation(null);
        byte[] png = png();
        organisationer.sparaLogo(id, png);
        Logo logo = organisationer.logo(id).orElseThrow();
        assertThat(logo.contentType()).isEqualTo("image/png");
        assertThat(logo.data()).isEqualTo(png);
        assertThat(organisationer.hamta(id).harLogo()).isTrue();
        assertThat(organisationer
                        .sok(
                                new OrganisationFilter(
                                        organisationer.hamta(id).uppgifter().organisationsnummer(), null, null),
                                PageRequest.of(0, 5))
                        .findFirst()
                        .orElseThrow()
                        .harLogo())
                .as("shown in the list")
                .isTrue();

        organisationer.taBortLogo(id);
        assertThat(organisationer.logo(id)).isEmpty();
        assertThat(organisationer.hamta(id).harLogo()).isFalse();
    }

    @Test
    void jpegIsAcceptedAndEvenACleanSvgIsRefused() throws IOException {
        login("admin");
        long id = nyOrganisation(null);
        organisationer.sparaLogo(id, bild("jpg"));
        assertThat(organisationer.logo(id).orElseThrow().contentType()).isEqualTo("image/jpeg");
        assertThatThrownBy(() -> organisationer.sparaLogo(
                        id,
                        ("<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" "
                                        + "height=\"10\"><rect width=\"10\" height=\"10\" fill=\"#036\"/></svg>")
                                .getBytes(StandardCharsets.UTF_8)))
                .hasMessage("organisation.fel.logo-svg");
        assertThat(organisationer.logo(id).orElseThrow().contentType()).isEqualTo("image/jpeg");
    }

    /** Issue 12 #2: an SVG logo stored before SVG was refused is never served (it could carry script). */
    @Test
    void anSvgLogoStoredEarlierIsNeverServed() {
        login("admin");
        long id = nyOrganisation(null);
        jdbc.update(
                "insert into organisation_logo (organisation_id, content_type, data) values (?, ?, ?)",
                id,
                "image/svg+xml",
                svg("<a href=\"java&#x09;script:alert(1)\"><rect width=\"1\"/></a>"));
        assertThat(organisationer.logo(id)).isEmpty();
    }

    @Test
    void wrongOrDangerousOrTooLargeFilesAreRefusedAndNothingIsStored() throws IOException {
        login("admin");
        long id = nyOrganisation(null);
        assertThatThrownBy(() -> organisationer.sparaLogo(
                        id, "Det här är en textfil som heter logo.png".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(ValideringsException.class)
                .hasMessage("organisation.fel.logo-typ");
        assertThatThrownBy(() -> organisationer.sparaLogo(id, new byte[0])).hasMessage("organisation.fel.logo-tom");
        byte[] trasig = java.util.Arrays.copyOf(png(), 12);
        assertThatThrownBy(() -> organisationer.sparaLogo(id, trasig))
                .as("PNG header only")
                .hasMessage("organisation.fel.logo-typ");
        assertThatThrownBy(() -> organisationer.sparaLogo(id, svg("<script>alert(1)</script>")))
                .hasMessage("organisation.fel.logo-svg");
        assertThatThrownBy(() -> organisationer.sparaLogo(id, svg("<rect onclick=\"alert(1)\" width=\"1\"/>")))
                .hasMessage("organisation.fel.logo-svg");
        assertThatThrownBy(() ->
                        organisationer.sparaLogo(id, svg("<a href=\"javascript:alert(1)\"><rect width=\"1\"/></a>")))
                .hasMessage("organisation.fel.logo-svg");
        assertThatThrownBy(() -> organisationer.sparaLogo(
                        id, "<html><body>inte svg</body></html>".getBytes(StandardCharsets.UTF_8)))
                .hasMessage("organisation.fel.logo-typ");
        assertThatThrownBy(() -> organisationer.sparaLogo(
                        id,
                        ("<?xml version=\"1.0\"?><!DOCTYPE svg [<!ENTITY x "
                                        + "SYSTEM \"file:///etc/passwd\">]><svg xmlns=\"http://www.w3.org/2000/svg\">&x;</svg>")
                                .getBytes(StandardCharsets.UTF_8)))
                .as("no external entities")
                .hasMessage("organisation.fel.logo-svg");

        byte[] stor = new byte[OrganisationService.LOGO_MAX_STORLEK + 1];
        byte[] png = png();
        System.arraycopy(png, 0, stor, 0, png.length);
        assertThatThrownBy(() -> organisationer.sparaLogo(id, stor))
                .isInstanceOf(ValideringsException.class)
                .hasMessage("organisation.fel.logo-for-stor")
                .satisfies(
                        e -> assertThat(((ValideringsException) e).argument()).containsExactly(512));
        assertThat(organisationer.logo(id)).isEmpty();
        assertThat(organisationer.hamta(id).harLogo()).isFalse();
    }

    @Test
    void theListFiltersActiveAndEndedOrganisations() {
        login("admin");
        long aktiv = nyOrganisation(null);
        long slutarIdag = nyOrganisation(LocalDate.now());
        long avslutad = nyOrganisation(LocalDate.now().minusDays(1));
        String prefix = "Filterförbundet";
        List<Long> aktiva = organisationer
                .sok(new OrganisationFilter(prefix, null, null, true), PageRequest.of(0, 1000))
                .map(OrganisationRad::id)
                .toList();
        List<Long> avslutade = organisationer
                .sok(new OrganisationFilter(prefix, null, null, false), PageRequest.of(0, 1000))
                .map(OrganisationRad::id)
                .toList();
        assertThat(aktiva).contains(aktiv, slutarIdag).doesNotContain(avslutad);
        assertThat(avslutade).contains(avslutad).doesNotContain(aktiv, slutarIdag);
        assertThat(organisationer.rakna(new OrganisationFilter(prefix, null, null, null)))
                .isEqualTo(aktiva.size() + avslutade.size());
    }

    @Test
    void insatsbudgetShowsTheSharePerCategoryAndOutcomeOfBudget() {
        InsatsbudgetRad rad = new InsatsbudgetRad(
                1,
                0,
                1,
                new InsatsbudgetUppgifter(
                        2025,
                        10,
                        new Kostnader(kr("900"), kr("450"), kr("60"), kr("30"), kr("40"), kr("20")),
                        List.of()));
        assertThat(rad.andelPersonal()).isEqualByComparingTo("90.0");
        assertThat(rad.andelLokal()).isEqualByComparingTo("6.0");
        assertThat(rad.andelOvrigt()).isEqualByComparingTo("4.0");
        assertThat(rad.utfallAvBudget()).isEqualByComparingTo("50.0");
        InsatsbudgetRad tom = new InsatsbudgetRad(
                1,
                0,
                1,
                new InsatsbudgetUppgifter(
                        2025, 0, new Kostnader(kr("0"), kr("0"), kr("0"), kr("0"), kr("0"), kr("0")), null));
        assertThat(tom.andelPersonal()).isNull();
        assertThat(tom.utfallAvBudget()).isNull();
    }

    private long nyOrganisation(LocalDate slut) {
        String nio = "2227" + String.format("%05d", ThreadLocalRandom.current().nextInt(100_000));
        String orgnr = nio + Luhn.kontrollsiffra(nio);
        return organisationer.skapa(new OrganisationUppgifter(
                "Filterförbundet " + orgnr,
                orgnr,
                Finansieringsform.FINSAM,
                LocalDate.of(2020, 1, 1),
                slut,
                null,
                null,
                null,
                Set.of("1280"),
                Set.of()));
    }

    private long forstaDemoforbundet() {
        return organisationer
                .sok(new OrganisationFilter(DemoOrganisationer.FORSTA_ORGNR, null, null), PageRequest.of(0, 1))
                .findFirst()
                .orElseThrow()
                .id();
    }

    private static byte[] png() throws IOException {
        return bild("png");
    }

    private static byte[] bild(String format) throws IOException {
        BufferedImage bild = new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB);
        bild.setRGB(1, 1, Color.BLUE.getRGB());
        ByteArrayOutputStream ut = new ByteArrayOutputStream();
        assertThat(ImageIO.write(bild, format, ut)).isTrue();
        return ut.toByteArray();
    }

    private static byte[] svg(String innehall) {
        return ("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\">" + innehall + "</svg>")
                .getBytes(StandardCharsets.UTF_8);
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
