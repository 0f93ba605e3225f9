package se.finsam.sus.resor;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.core.context.SecurityContextHolder;
import se.finsam.sus.KaribuTest;
import se.finsam.sus.WebTest;
import se.finsam.sus.Webblasare;
import se.finsam.sus.base.Oversattningar;
import se.finsam.sus.behorighet.TestInloggning;
import se.finsam.sus.deltagare.TestDeltagare;
import se.finsam.sus.organisation.Inriktning;
import se.finsam.sus.organisation.InsatsService;
import se.finsam.sus.organisation.InsatsUppgifter;
import se.finsam.sus.organisation.OrganisationFilter;
import se.finsam.sus.organisation.OrganisationService;
import se.finsam.sus.organisation.PreciseradInriktning;
import se.finsam.sus.organisation.Uppfoljningsmetod;
import se.finsam.sus.webb.Webbsession;

/**
 * Base of the users' journeys (issue 13): each journey is a test class of its own, with its own users (with their
 * own second-factor secrets) and its own insatser under unique names, set up through the real services as the
 * demo administrator or insatsansvarig would, so that no journey depends on another test or on the order they run
 * in. The browsers a journey opens are closed after it; its run time is printed ("Journey … took … ms").
 */
abstract class Resa extends WebTest {

    /** The demo förbund the journeys work in (Stockholms län; its area holds Upplands Väsby, kommun 0114). */
    static final String NORRA_STOCKHOLM = "Samordningsförbundet Norra Stockholm";

    static final String UPPLANDS_VASBY = "Upplands Väsby";

    @Value("${local.server.port}")
    int port;

    @Autowired
    ApplicationContext spring;

    @Autowired
    AuthenticationConfiguration authenticationConfiguration;

    @Autowired
    OrganisationService organisationer;

    @Autowired
    InsatsService insatser;

    private final List<Webbsession> webblasare = new ArrayList<>();
    private long start;

    @BeforeEach
    void kravWebblasare() {
        Webblasare.kravInstallerad();
    }

    /** Closes the journey's browsers, each after a last screenshot (what it showed when the journey ended). */
    @AfterEach
    void stangWebblasare() {
        SecurityContextHolder.clearContext();
        for (int i = 0; i < webblasare.size(); i++) {
            try {
                webblasare.get(i).skarmbild("resa-slut-" + getClass().getSimpleName() + "-" + i + ".png");
            } finally {
                webblasare.get(i).close();
            }
        }
    }

    /** A browser for one person of the journey (closed after the test). */
    Webbsession webblasare() {
        Webbsession webb = Webbsession.medNedladdningar(port, "1400,1000");
        webblasare.add(webb);
        return webb;
    }

    /**
     * Starts the journey's clock: after the set-up through the services and the start of the journey's browsers
     * (the users' computers are on), before the first page is opened.
     */
    void startaResan() {
        start = System.nanoTime();
    }

    /** Prints how far into the journey a step is done (to see where the time goes). */
    void steg(String steg) {
        System.out.println("  journey step " + steg + " at " + (System.nanoTime() - start) / 1_000_000 + " ms");
    }

    /** The journey's run time since {@link #startaResan}, printed for the report. */
    long resanTog(String resa) {
        long ms = (System.nanoTime() - start) / 1_000_000;
        System.out.println("Journey " + resa + " took " + ms + " ms");
        return ms;
    }

    /** Logs in through the services (for the set-up), as a demo user or a test user. */
    void logga(String anvandare, String losenord) throws Exception {
        TestInloggning.fullt(authenticationConfiguration
                .getAuthenticationManager()
                .authenticate(UsernamePasswordAuthenticationToken.unauthenticated(anvandare, losenord)));
    }

    void loggaSomDemo(String anvandare) throws Exception {
        logga(anvandare, KaribuTest.DEMO_LOSENORD);
    }

    long norraStockholm() {
        return organisationer
                .sok(new OrganisationFilter("Norra Stockholm", null, null), PageRequest.of(0, 1))
                .findFirst()
                .orElseThrow()
                .id();
    }

    /**
     * A new individinriktad insats of Norra Stockholm from {@code start}, under a unique name; {@code
     * langtidssjukskrivna}: aimed at that priority group. Needs an insatsansvarig (or administrator) logged in.
     */
    long nyInsats(String namn, LocalDate start, boolean langtidssjukskrivna) {
        return insatser.skapa(
                norraStockholm(),
                new InsatsUppgifter(
                        unikt(namn),
                        null,
                        start,
                        null,
                        Inriktning.INDIVIDINRIKTAD,
                        PreciseradInriktning.FORBEREDANDE,
                        Set.of(),
                        langtidssjukskrivna,
                        false,
                        false,
                        Uppfoljningsmetod.INDIVID,
                        false));
    }

    /** A name no other run has used: {@code namn} and a random suffix. */
    static String unikt(String namn) {
        return namn + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    /** The next test person: from a random start, so that runs do not meet, and never twice in one run. */
    private static final AtomicInteger NASTA_PERSON =
            new AtomicInteger(ThreadLocalRandom.current().nextInt(7000));

    /** A clearly fake personnummer (born 1950, serial 98x/99x), a new person each time. */
    static String personnummer() {
        return TestDeltagare.personnummerIArbetsforAlder(NASTA_PERSON.getAndIncrement() % 7300);
    }

    /** The digits of a text: an identity number is found however the page writes it (with or without a dash). */
    static String siffror(String text) {
        return text.replaceAll("[^0-9]", "");
    }

    /** The Swedish label of a message key, as the page shows it. */
    static String sv(String nyckel, Object... argument) {
        return Oversattningar.svenska(nyckel, argument);
    }

    /** The Swedish label of an enum value under a key prefix, e.g. {@code ("deltagare.forsorjningskalla.", LON)}. */
    static String sv(String prefix, Enum<?> varde) {
        return Oversattningar.svenska(prefix + varde.name());
    }
}
