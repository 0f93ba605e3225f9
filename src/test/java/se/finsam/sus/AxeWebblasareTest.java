package se.finsam.sus;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.router.RouteData;
import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.context.WebApplicationContext;
import se.finsam.sus.behorighet.DemoAnvandare;
import se.finsam.sus.behorighet.Totp;
import se.finsam.sus.webb.Sidgranskning;
import se.finsam.sus.webb.Sidgranskning.Brott;
import se.finsam.sus.webb.Sidgranskning.Sidram;
import se.finsam.sus.webb.Webbsession;

/**
 * axe-core on every page of every demo user (issue 13, WCAG 2.1 AA): each demo user logs in (with the second factor
 * where their role needs it) and opens every view of their main menu, and from there one page of each route with
 * parameters that the pages link to (an organisation, an insats, a report…); the public pages are opened without
 * login. The routes come from Vaadin's route registry and menu, so a new view is covered without touching this
 * test, and the test fails if a registered route was opened by nobody. Every page must also have its language,
 * a title "<page> – SUS", exactly one h1 and a main landmark. Fails on any serious or critical violation; all
 * violations are written to target/axe-rapport.txt (and listed in docs/tillganglighet.md).
 */
class AxeWebblasareTest extends WebTest {

    /** The demo users, one per role (README); true: logs in with the shared second factor. */
    private static final Map<String, Boolean> ANVANDARE = new LinkedHashMap<>();

    static {
        ANVANDARE.put("admin", true);
        ANVANDARE.put("samverkan", false);
        ANVANDARE.put("insats", false);
        ANVANDARE.put("handlaggare", true);
        ANVANDARE.put("rapport", false);
        ANVANDARE.put("behorighet", true);
        ANVANDARE.put("formedlare", true);
    }

    /** Opened without login. */
    private static final List<String> PUBLIKA = List.of("/login", "/forsorjningsmatt", "/tillganglighet");

    /**
     * The not-found page: an organisation that does not exist (the view shows the not-found page). A made-up address
     * is refused by Spring Security with a plain 403 page before Vaadin is reached (docs/tillganglighet.md).
     */
    private static final String FINNS_INTE = "/organisationer/999999999";

    private static final Path RAPPORT = Path.of("target", "axe-rapport.txt");

    @Value("${local.server.port}")
    int port;

    @Autowired
    WebApplicationContext webb;

    private final List<String> rader = new ArrayList<>();
    private final List<String> fel = new ArrayList<>();
    private final Set<String> oppnadeMallar = new LinkedHashSet<>();
    private List<String> mallar;

    @Test
    void everyPageOfEveryRoleHasNoSeriousOrCriticalViolation() throws Exception {
        Webblasare.kravInstallerad();
        long start = System.nanoTime();
        mallar =
                ApplicationRouteRegistry.getInstance(new VaadinServletContext(webb.getServletContext()))
                        .getRegisteredRoutes()
                        .stream()
                        // Only the application's views: routes that test classes declare share the registry.
                        .filter(r -> !AxeWebblasareTest.iTestkoden(r.getNavigationTarget()))
                        .map(RouteData::getTemplate)
                        .toList();
        int sidor = 0;

        try (Webbsession anonym = Webbsession.starta(port, "1400,1000")) {
            for (String vag : PUBLIKA) {
                granska(anonym, "anonym", vag);
                sidor++;
                mall(mallar, vag.substring(1)).ifPresent(oppnadeMallar::add);
            }
            // One page in English: the language of the page follows the choice.
            anonym.hitta(By.id("lank-tillganglighet")).click();
            anonym.vantaPaAdress("/tillganglighet");
            anonym.granskning().vantaTillsKlar();
            anonym.hitta(By.id("byt-sprak")).click();
            anonym.vantan().until(d -> "en".equals(anonym.granskning().sidram().sprak()));
            granska(anonym, "anonym (English)", null);
            sidor++;
        }

        // -Daxe.anvandare=admin,rapport runs only those users (when working on one role's pages).
        String bara = System.getProperty("axe.anvandare", "");
        for (Map.Entry<String, Boolean> anvandare : ANVANDARE.entrySet()) {
            if (!bara.isEmpty() && !List.of(bara.split(",")).contains(anvandare.getKey())) {
                continue;
            }
            try (Webbsession session = Webbsession.starta(port, "1400,1000")) {
                try {
                    loggaIn(session, anvandare.getKey(), anvandare.getValue());
                    sidor += besokAlla(session, anvandare.getKey(), mallar);
                    if (anvandare.getKey().equals("admin")) {
                        granska(session, "admin", FINNS_INTE);
                        sidor++;
                    }
                } catch (RuntimeException | AssertionError e) {
                    // The other users' pages are still checked and reported.
                    session.skarmbild("axe-fel-" + anvandare.getKey() + ".png");
                    fel.add(anvandare.getKey() + " at " + session.adress() + ": " + e);
                }
            }
        }

        Set<String> ejOppnade = new LinkedHashSet<>(mallar);
        ejOppnade.removeAll(oppnadeMallar);
        long sekunder = (System.nanoTime() - start) / 1_000_000_000;
        rader.add(
                0,
                "# axe-core on " + sidor + " pages, " + Instant.now() + ", " + sekunder + " s; rules "
                        + "wcag2a, wcag2aa, wcag21a, wcag21aa, best-practice");
        rader.add(1, "# rule\timpact\tuser\tpage\tnodes\thelp\texamples");
        Files.createDirectories(RAPPORT.getParent());
        Files.write(RAPPORT, rader, StandardCharsets.UTF_8);
        System.out.println("axe: " + sidor + " pages in " + sekunder + " s, report in " + RAPPORT.toAbsolutePath());

        assertThat(fel)
                .as("serious or critical axe violations and broken page frames (see " + RAPPORT + ")")
                .isEmpty();
        if (bara.isEmpty()) {
            assertThat(ejOppnade)
                    .as("registered routes no demo user could reach from a menu or a link (give the test a way there)")
                    .isEmpty();
        }
    }

    /** Opens the main menu's views, then follows links to routes with parameters, one page per route. */
    private int besokAlla(Webbsession session, String anvandare, List<String> mallar) throws IOException {
        Set<String> oppnade = new LinkedHashSet<>();
        Deque<String> ko = new ArrayDeque<>();
        session.granskning().menyval().forEach(vag -> ko.add("/" + vag));
        int sidor = 0;
        while (!ko.isEmpty()) {
            String vag = ko.poll();
            Optional<String> mall = mall(mallar, vag.substring(1));
            if (mall.isEmpty() || !oppnade.add(mall.get())) {
                continue;
            }
            oppnadeMallar.add(mall.get());
            granska(session, anvandare, vag);
            sidor++;
            for (String lank : session.granskning().lankar()) {
                String lokal = lokal(lank);
                if (lokal == null) {
                    continue;
                }
                mall(mallar, lokal)
                        .filter(m -> m.contains(":") && !oppnade.contains(m))
                        .ifPresent(m -> ko.add("/" + lokal));
            }
        }
        return sidor;
    }

    private void granska(Webbsession session, String anvandare, String vag) {
        if (vag != null) {
            session.oppna(vag);
        }
        Sidgranskning granskning = session.granskning();
        granskning.vantaTillsKlar();
        String sida = vag == null ? session.adress().replaceFirst("^https?://[^/]+", "") : vag;
        Sidram ram = granskning.sidram();
        String var = anvandare + " " + sida + ": ";
        if (ram.sprak() == null || !ram.sprak().matches("sv|en")) {
            fel.add(var + "html lang is '" + ram.sprak() + "'");
        }
        if (!ram.titel().matches(".+ – SUS")) {
            fel.add(var + "title '" + ram.titel() + "' is not '<page> – SUS'");
        }
        if (ram.h1().size() != 1) {
            fel.add(var + ram.h1().size() + " h1 " + ram.h1());
        }
        if (ram.main() != 1) {
            fel.add(var + ram.main() + " main landmarks");
        }
        for (Brott brott : granskning.axe()) {
            rader.add(String.join(
                    "\t",
                    brott.regel(),
                    brott.allvar(),
                    anvandare,
                    sida,
                    String.valueOf(brott.antal()),
                    brott.hjalp(),
                    String.join(" | ", brott.exempel())));
            if (brott.allvarligt()) {
                fel.add(var + brott.regel() + " (" + brott.allvar() + ", " + brott.antal() + "): " + brott.hjalp() + " "
                        + brott.exempel());
            }
        }
    }

    private void loggaIn(Webbsession session, String anvandare, boolean tvafaktor) throws InterruptedException {
        session.oppna("/login");
        session.login().skickaIn(anvandare, KaribuTest.DEMO_LOSENORD);
        if (tvafaktor) {
            try {
                // The second step is shown at the address the login led to.
                session.vantaPa(By.id("engangskod"));
            } catch (RuntimeException e) {
                session.skarmbild("axe-inloggning-" + anvandare + ".png");
                throw new AssertionError(anvandare + " did not reach the second factor but " + session.adress(), e);
            }
            if (anvandare.equals("admin")) {
                granska(session, anvandare, null);
                mall(mallar, "tvafaktor").ifPresent(oppnadeMallar::add);
            }
            // The next step: a code is never accepted twice, and another test may just have used this one.
            long steg = Totp.steg(Instant.now()) + 1;
            session.tvafaktor().skickaIn(Totp.kod(DemoAnvandare.TOTP_HEMLIGHET, steg));
        }
        session.huvudlayout().vantaPa();
    }

    /** The route a path belongs to, by the registered templates ({@code organisationer/:id}, …). */
    static Optional<String> mall(List<String> mallar, String vag) {
        String stig = vag.split("[?#]", 2)[0];
        return mallar.stream().filter(m -> monster(m).matcher(stig).matches()).findFirst();
    }

    static Pattern monster(String mall) {
        if (mall.isEmpty()) {
            return Pattern.compile("");
        }
        StringBuilder re = new StringBuilder();
        String[] delar = mall.split("/");
        for (int i = 0; i < delar.length; i++) {
            String del = delar[i].replaceAll("\\(.*\\)", "");
            String skiljetecken = i == 0 ? "" : "/";
            if (del.startsWith(":")) {
                boolean valfri = del.endsWith("?") || del.endsWith("*");
                String varde = del.endsWith("*") ? ".*" : "[^/]+";
                re.append(valfri ? "(?:" + skiljetecken + varde + ")?" : skiljetecken + varde);
            } else {
                re.append(skiljetecken).append(Pattern.quote(del));
            }
        }
        return Pattern.compile(re.toString());
    }

    /** A link within the application as a path without the leading slash, or null for other sites and files. */
    private String lokal(String href) {
        if (href == null || href.startsWith("mailto:") || href.startsWith("tel:") || href.startsWith("#")) {
            return null;
        }
        String bas = "http://localhost:" + port + "/";
        String vag = href.startsWith(bas) ? href.substring(bas.length()) : href;
        if (vag.matches("^[a-z]+:.*") || vag.startsWith("//")) {
            return null;
        }
        return vag.startsWith("/") ? vag.substring(1) : vag;
    }

    /** Is the class compiled from src/test (target/test-classes) rather than from the application? */
    static boolean iTestkoden(Class<?> klass) {
        var kalla = klass.getProtectionDomain().getCodeSource();
        return kalla != null && kalla.getLocation().getPath().contains("test-classes");
    }
}
