package se.finsam.sus;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium for the browser tests: skipped where it is not installed, required with CI=true;
 * nothing is ever downloaded.
 */
public final class Webblasare {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private Webblasare() {}

    /** Skips the test (or fails it with CI=true) when Chromium is not installed. */
    public static void kravInstallerad() {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!installed && "true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new IllegalStateException("CI=true but chromium/chromedriver are not installed");
        }
        assumeTrue(installed, "Chromium not installed");
    }

    /** A headless browser with a Swedish locale and a window of the given size, e.g. {@code "1280,900"}. */
    public static WebDriver starta(String fonster) {
        return starta(fonster, null);
    }

    /**
     * As {@link #starta(String)}, and files the page offers for download are saved in {@code nedladdningar} without
     * asking (null: Chromium's default).
     */
    public static WebDriver starta(String fonster, Path nedladdningar) {
        kravInstallerad();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--window-size=" + fonster,
                "--lang=sv-SE");
        if (nedladdningar != null) {
            options.setExperimentalOption(
                    "prefs",
                    Map.of(
                            "download.default_directory",
                            nedladdningar.toAbsolutePath().toString(),
                            "download.prompt_for_download",
                            false));
        }
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        return new ChromeDriver(service, options);
    }

    /** Kept under target/screenshots so that a person can look at what the browser showed. */
    public static void skarmbild(WebDriver driver, String namn) {
        try {
            Path dir = Files.createDirectories(Path.of("target", "screenshots"));
            Files.write(dir.resolve(namn), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
