package se.finsam.sus.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.core.context.SecurityContextHolder;
import se.finsam.sus.DatabaseTest;
import se.finsam.sus.KaribuTest;
import se.finsam.sus.base.Luhn;
import se.finsam.sus.base.ValideringsException;
import se.finsam.sus.behorighet.TestInloggning;
import se.finsam.sus.forsorjning.ForbundKatalog;
import se.finsam.sus.forsorjning.Omrade;

/**
 * A förbund's area of stadsdelar (e.g. Göteborg Nordost: Angered and Östra Göteborg), on the real database:
 * stored and read back, refused together with the whole kommun or when unknown, found by the län filter, and
 * counted as members of the förbund for the försörjningsmått.
 */
class StadsdelOmradeTest extends DatabaseTest {

    static final String ANGERED = "1480-01";
    static final String OSTRA_GOTEBORG = "1480-02";

    @Autowired
    OrganisationService organisationer;

    @Autowired
    ForbundKatalog katalog;

    @Autowired
    AuthenticationConfiguration authenticationConfiguration;

    @BeforeEach
    void admin() {
        TestInloggning.fullt(authenticationConfiguration
                .getAuthenticationManager()
                .authenticate(UsernamePasswordAuthenticationToken.unauthenticated("admin", KaribuTest.DEMO_LOSENORD)));
    }

    @AfterEach
    void logout() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void anAreaOfStadsdelarIsStoredAndIsTheForbundsMemberListForTheMeasure() {
        long id = organisationer.skapa(
                uppgifter("Stadsdelsförbundet Nordost", Set.of("1401"), Set.of(ANGERED, OSTRA_GOTEBORG)));

        OrganisationDetalj d = organisationer.hamta(id);
        assertThat(d.stadsdelKoder()).containsExactly(ANGERED, OSTRA_GOTEBORG);
        assertThat(d.kommunKoder()).containsExactly("1401");
        assertThat(d.uppgifter().stadsdelKoder()).containsExactlyInAnyOrder(ANGERED, OSTRA_GOTEBORG);

        Omrade omrade = katalog.forbund(String.valueOf(id)).orElseThrow();
        assertThat(omrade.medlemmar()).containsExactly("1401", ANGERED, OSTRA_GOTEBORG);
        assertThat(katalog.allaForbund()).extracting(Omrade::kod).contains(String.valueOf(id));

        // Changing the area replaces the stadsdelar too.
        organisationer.uppdatera(
                id,
                d.version(),
                new OrganisationUppgifter(
                        d.namn(),
                        d.uppgifter().organisationsnummer(),
                        d.finansieringsform(),
                        d.uppgifter().startdatum(),
                        null,
                        null,
                        null,
                        null,
                        Set.of(),
                        Set.of(ANGERED)));
        assertThat(katalog.forbund(String.valueOf(id)).orElseThrow().medlemmar())
                .containsExactly(ANGERED);
    }

    @Test
    void anAreaOfOnlyStadsdelarIsFoundByTheLanFilterAndIsAForbundForTheMeasure() {
        long id = organisationer.skapa(uppgifter("Stadsdelsförbundet Centrum", Set.of(), Set.of("1480-04")));
        assertThat(organisationer.sok(new OrganisationFilter(null, "14", null), PageRequest.of(0, 1000)))
                .extracting(OrganisationRad::id)
                .contains(id);
        assertThat(organisationer.sok(new OrganisationFilter(null, "01", null), PageRequest.of(0, 1000)))
                .extracting(OrganisationRad::id)
                .doesNotContain(id);
        assertThat(katalog.forbund(String.valueOf(id)).orElseThrow().medlemmar())
                .containsExactly("1480-04");
    }

    @Test
    void aStadsdelTogetherWithItsWholeKommunIsRefusedWithBothNames() {
        assertThatThrownBy(() -> organisationer.skapa(uppgifter("Dubbelt förbund", Set.of("1480"), Set.of(ANGERED))))
                .isInstanceOfSatisfying(ValideringsException.class, e -> {
                    assertThat(e.nyckel()).isEqualTo("organisation.fel.stadsdel-och-kommun");
                    assertThat(e.argument()).containsExactly("Angered", "Göteborg");
                });
        // A stadsdel of another kommun is fine next to a whole kommun.
        long id = organisationer.skapa(uppgifter("Blandat förbund", Set.of("1280"), Set.of("0180-04")));
        OrganisationDetalj d = organisationer.hamta(id);
        assertThatThrownBy(() -> organisationer.uppdatera(
                        id,
                        d.version(),
                        new OrganisationUppgifter(
                                d.namn(),
                                d.uppgifter().organisationsnummer(),
                                d.finansieringsform(),
                                d.uppgifter().startdatum(),
                                null,
                                null,
                                null,
                                null,
                                Set.of("1280", "0180"),
                                Set.of("0180-04"))))
                .isInstanceOf(ValideringsException.class)
                .hasMessage("organisation.fel.stadsdel-och-kommun");
        assertThat(organisationer.hamta(id).kommunKoder()).containsExactly("1280");
    }

    @Test
    void anUnknownStadsdelIsRefused() {
        assertThatThrownBy(() -> organisationer.skapa(uppgifter("Okänt förbund", Set.of(), Set.of("1480-99"))))
                .isInstanceOf(ValideringsException.class)
                .hasMessage("organisation.fel.stadsdel");
    }

    static OrganisationUppgifter uppgifter(String namn, Set<String> kommuner, Set<String> stadsdelar) {
        return new OrganisationUppgifter(
                namn + " " + ThreadLocalRandom.current().nextInt(10_000),
                nyttOrgnr(),
                Finansieringsform.FINSAM,
                LocalDate.of(2021, 1, 1),
                null,
                null,
                null,
                null,
                kommuner,
                stadsdelar);
    }

    static String nyttOrgnr() {
        String nio = "2227" + String.format("%05d", ThreadLocalRandom.current().nextInt(100_000));
        return nio + Luhn.kontrollsiffra(nio);
    }
}
