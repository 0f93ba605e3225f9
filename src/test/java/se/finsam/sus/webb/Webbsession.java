package se.finsam.sus.webb;

import java.time.Duration;
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

    private Webbsession(WebDriver driver, int port) {
        this.driver = driver;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(60));
        this.bas = "http://localhost:" + port;
    }

    /** Starts Chromium (skipping the test where it is not installed) with a window of the given size. */
    public static Webbsession starta(int port, String fonster) {
        return new Webbsession(Webblasare.starta(fonster), port);
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
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView()", element);
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
