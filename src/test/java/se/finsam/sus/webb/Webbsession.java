package se.finsam.sus.webb;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import se.finsam.sus.Webblasare;

/**
 * One headless browser against the running server, with the page objects of the browser tests and the one login
 * helper they share ({@link #loggaIn}). Close it after the test.
 */
public final class Webbsession implements AutoCloseable {

    private final WebDriver driver;
    private final WebDriverWait wait;
    private final String bas;
    private final Path nedladdningar;

    private Webbsession(WebDriver driver, int port, Path nedladdningar) {
        this.driver = driver;
        // Polled often: a journey waits for many short round trips, and the default half second adds up.
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(60), Duration.ofMillis(100));
        this.bas = "http://localhost:" + port;
        this.nedladdningar = nedladdningar;
    }

    /** Starts Chromium (skipping the test where it is not installed) with a window of the given size. */
    public static Webbsession starta(int port, String fonster) {
        return new Webbsession(Webblasare.starta(fonster), port, null);
    }

    /** As {@link #starta(int, String)}, saving downloads in a new empty folder for {@link #laddaNed}. */
    public static Webbsession medNedladdningar(int port, String fonster) {
        try {
            Path mapp = Files.createTempDirectory("sus-nedladdningar");
            return new Webbsession(Webblasare.starta(fonster, mapp), port, mapp);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public WebDriver driver() {
        return driver;
    }

    public WebDriverWait vantan() {
        return wait;
    }

    /** Opens a route of the application, e.g. {@code "/organisationer"}. */
    public void oppna(String vag) {
        driver.get(bas + vag);
    }

    public String adress() {
        return driver.getCurrentUrl();
    }

    /** Waits until the address ends with the given route, e.g. {@code "/login"}. */
    public void vantaPaAdress(String slut) {
        wait.until(d -> d.getCurrentUrl().endsWith(slut));
    }

    /** Waits for the first element the selector finds. */
    public WebElement vantaPa(By selektor) {
        return wait.until(d -> d.findElements(selektor).stream().findFirst().orElse(null));
    }

    public WebElement hitta(By selektor) {
        return driver.findElement(selektor);
    }

    public void rullaFram(WebElement element) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
    }

    /**
     * Clicks a download link as a user would and waits for the file Chromium saves (a file ending in {@code .slut},
     * complete, that was not there before). Needs a session from {@link #medNedladdningar}.
     */
    public Path laddaNed(By lank, String slut) {
        if (nedladdningar == null) {
            throw new IllegalStateException("a session without a download folder: use medNedladdningar");
        }
        List<Path> fore = filer(slut);
        WebElement a = vantaPa(lank);
        rullaFram(a);
        a.click();
        return wait.until(d -> filer(slut).stream()
                .filter(f -> !fore.contains(f))
                .filter(f -> !Files.exists(Path.of(f + ".crdownload")))
                .findFirst()
                .orElse(null));
    }

    private List<Path> filer(String slut) {
        try (Stream<Path> filer = Files.list(nedladdningar)) {
            return filer.filter(f -> f.getFileName().toString().endsWith("." + slut))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The text of a Vaadin grid's rendered rows in row order, cell by cell (the cells live in the light DOM, mapped
     * to rows through the slots of the grid's shadow table). Rows outside the rendered range are not included.
     */
    @SuppressWarnings("unchecked")
    public List<List<String>> gridrader(WebElement grid) {
        return (List<List<String>>) ((JavascriptExecutor) driver)
                .executeScript(
                        "const g = arguments[0];"
                                + "return [...g.shadowRoot.querySelectorAll('#items tr')]"
                                + ".filter(tr => !tr.hidden && tr.index !== undefined && tr.index < g.size)"
                                + ".sort((a, b) => a.index - b.index)"
                                + ".map(tr => [...tr.querySelectorAll('td')].map(td => {"
                                + "  const s = td.querySelector('slot');"
                                + "  const n = s && s.assignedNodes()[0];"
                                + "  return n ? n.textContent.trim() : ''; }));",
                        grid);
    }

    /** The header texts of a Vaadin grid's columns, in column order. */
    @SuppressWarnings("unchecked")
    public List<String> gridrubriker(WebElement grid) {
        return (List<String>) ((JavascriptExecutor) driver)
                .executeScript(
                        "const g = arguments[0];"
                                + "const tr = [...g.shadowRoot.querySelectorAll('#header tr')].pop();"
                                + "return [...tr.querySelectorAll('th')].map(th => {"
                                + "  const s = th.querySelector('slot');"
                                + "  const n = s && s.assignedNodes()[0];"
                                + "  return n ? n.textContent.trim() : ''; });",
                        grid);
    }

    /**
     * The shown option (e.g. {@code vaadin-combo-box-item}, {@code vaadin-select-item}) with exactly this text, or
     * null: one script instead of a round trip per option.
     */
    public WebElement synligtAlternativ(String tagg, String text) {
        return (WebElement) ((JavascriptExecutor) driver)
                .executeScript(
                        "return [...document.querySelectorAll(arguments[0])]"
                                + ".find(e => e.checkVisibility() && e.textContent.trim() === arguments[1]) || null;",
                        tagg,
                        text);
    }

    /** Whether any element of the tag is shown (an option list is open). */
    public boolean visas(String tagg) {
        return Boolean.TRUE.equals(((JavascriptExecutor) driver)
                .executeScript(
                        "return [...document.querySelectorAll(arguments[0])].some(e => e.checkVisibility());", tagg));
    }

    public Falt falt() {
        return new Falt(this);
    }

    public Tangentbord tangentbord() {
        return new Tangentbord(this);
    }

    /** Kept under target/screenshots so that a person can look at what the browser showed. */
    public void skarmbild(String namn) {
        Webblasare.skarmbild(driver, namn);
    }

    public LoginSida login() {
        return new LoginSida(this);
    }

    public TvafaktorSida tvafaktor() {
        return new TvafaktorSida(this);
    }

    public Huvudlayout huvudlayout() {
        return new Huvudlayout(this);
    }

    public StartSida start() {
        return new StartSida(this);
    }

    public DeltagareSida deltagare() {
        return new DeltagareSida(this);
    }

    public DeltagandeSida deltagande() {
        return new DeltagandeSida(this);
    }

    public RapportSida rapport() {
        return new RapportSida(this);
    }

    public InsatsSidor insatser() {
        return new InsatsSidor(this);
    }

    public ForsorjningsmattSida forsorjningsmatt() {
        return new ForsorjningsmattSida(this);
    }

    /** The page's frame (language, title, headings, landmarks) and axe-core's verdict on it. */
    public Sidgranskning granskning() {
        return new Sidgranskning(this);
    }

    /**
     * The whole login of a user with a second factor, from the login page the browser shows now: password, then
     * the user's next unused one-time code, until the main layout is there. Takes a screenshot when the page after
     * the code does not come.
     */
    public void loggaIn(WebbAnvandare anvandare) throws InterruptedException {
        login().skickaIn(anvandare.anvandarnamn(), anvandare.losenord());
        tvafaktor().skickaIn(anvandare.nastaKod());
        try {
            huvudlayout().vantaPa();
        } catch (TimeoutException e) {
            skarmbild("fel-efter-engangskod.png");
            throw e;
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
