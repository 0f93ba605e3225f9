package se.finsam.sus.webb;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * What the accessibility tests read from the page the browser shows: the page's frame (language, title, headings,
 * landmarks) and axe-core's violations. axe-core's own {@code axe.min.js} comes from the test classpath (Deque's
 * jar on Maven Central, see pom.xml), so nothing is downloaded.
 */
public final class Sidgranskning {

    /** The rules axe runs: WCAG 2.0 and 2.1, A and AA, and Deque's best practices (landmarks, one h1). */
    private static final String REGLER = "['wcag2a','wcag2aa','wcag21a','wcag21aa','best-practice']";

    private static String axe;

    private final Webbsession session;

    Sidgranskning(Webbsession session) {
        this.session = session;
    }

    /** One axe rule broken on a page: its id, impact (minor … critical), how many elements, and the first ones. */
    public record Brott(String regel, String allvar, int antal, String hjalp, List<String> exempel) {

        public boolean allvarligt() {
            return "serious".equals(allvar) || "critical".equals(allvar);
        }
    }

    /** The page's frame as assistive technology meets it. */
    public record Sidram(String sprak, String titel, List<String> h1, int main, int header, int nav, int footer) {}

    /**
     * Waits until Vaadin has answered every request and the view is drawn (at most the session's wait), and until
     * no progress bar is showing (reports are computed in the background).
     */
    public void vantaTillsKlar() {
        session.vantan().until(d -> Boolean.TRUE.equals(js(d, """
                const f = window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients;
                if (document.readyState !== 'complete' || !f) return false;
                if (Object.values(f).some(c => c.isActive && c.isActive())) return false;
                if (!document.querySelector('main *, vaadin-login-form')) return false;
                return ![...document.querySelectorAll('vaadin-progress-bar')].some(p => p.offsetParent !== null);
                """)));
    }

    public Sidram sidram() {
        @SuppressWarnings("unchecked")
        Map<String, Object> r = (Map<String, Object>) js(session.driver(), """
                const n = s => document.querySelectorAll(s).length;
                return {
                  sprak: document.documentElement.lang,
                  titel: document.title,
                  h1: [...document.querySelectorAll('h1, [role=heading][aria-level="1"]')].map(h => h.textContent.trim()),
                  main: n('main, [role=main]'),
                  header: n('header, [role=banner]'),
                  nav: n('nav, [role=navigation]'),
                  footer: n('footer, [role=contentinfo]')
                };""");
        @SuppressWarnings("unchecked")
        List<String> h1 = (List<String>) r.get("h1");
        return new Sidram(
                (String) r.get("sprak"),
                (String) r.get("titel"),
                h1,
                ((Number) r.get("main")).intValue(),
                ((Number) r.get("header")).intValue(),
                ((Number) r.get("nav")).intValue(),
                ((Number) r.get("footer")).intValue());
    }

    /**
     * Runs axe-core on the whole page and returns the rules it finds broken. Vaadin's connection indicator (an empty
     * status element Vaadin adds to the body, visible only while the server is slow) is left out: axe's region rule
     * flags it on every page (docs/tillganglighet.md).
     */
    public List<Brott> axe() {
        WebDriver driver = session.driver();
        if (!Boolean.TRUE.equals(js(driver, "return typeof window.axe !== 'undefined'"))) {
            js(driver, axeKalla());
        }
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(90));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> svar = (List<Map<String, Object>>) ((JavascriptExecutor) driver)
                .executeAsyncScript("const klar = arguments[arguments.length - 1];"
                        + "axe.run({exclude: [['vaadin-connection-indicator']]}, {runOnly: " + REGLER
                        + ", resultTypes: ['violations']})"
                        + ".then(r => klar(r.violations.map(v => ({regel: v.id, allvar: v.impact || 'okänt',"
                        + " antal: v.nodes.length, hjalp: v.help,"
                        + " exempel: v.nodes.slice(0, 3).map(n => n.target.join(' '))}))))"
                        + ".catch(e => klar([{regel: 'axe-fel', allvar: 'critical', antal: 1,"
                        + " hjalp: String(e), exempel: []}]));");
        return svar.stream()
                .map(v -> {
                    @SuppressWarnings("unchecked")
                    List<String> exempel = (List<String>) v.get("exempel");
                    return new Brott(
                            (String) v.get("regel"),
                            (String) v.get("allvar"),
                            ((Number) v.get("antal")).intValue(),
                            (String) v.get("hjalp"),
                            exempel);
                })
                .toList();
    }

    /** The paths of the main menu's items: the views Vaadin's menu offers this user. */
    @SuppressWarnings("unchecked")
    public List<String> menyval() {
        return (List<String>) js(
                session.driver(),
                "return [...document.querySelectorAll('#huvudmeny vaadin-side-nav-item')].map(i => i.path || '');");
    }

    /** Every link on the page, as written in its {@code href}. */
    @SuppressWarnings("unchecked")
    public List<String> lankar() {
        return (List<String>) js(
                session.driver(), "return [...document.querySelectorAll('a[href]')].map(a => a.getAttribute('href'));");
    }

    private static Object js(WebDriver driver, String skript) {
        return ((JavascriptExecutor) driver).executeScript(skript);
    }

    private static synchronized String axeKalla() {
        if (axe == null) {
            try (InputStream in = Sidgranskning.class.getResourceAsStream("/axe.min.js")) {
                if (in == null) {
                    throw new IllegalStateException("axe.min.js is not on the test classpath (see pom.xml)");
                }
                axe = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return axe;
    }
}
