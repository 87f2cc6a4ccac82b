package org.layerwise;

import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * A headless Chromium for browser tests, driven through Selenium. The browser and its driver are
 * Debian's ({@code apt-get install chromium chromium-driver}); both paths are given to Selenium, so
 * Selenium Manager never looks for or downloads anything. When either is missing, {@link #start}
 * fails with a message saying what to install: browser tests are never skipped.
 */
public final class Browser implements AutoCloseable {

    /** Debian's paths; CHROME_BIN and CHROMEDRIVER override them (GitHub's runners ship Chrome elsewhere). */
    public static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CHROME_BIN", "/usr/bin/chromium"));
    public static final Path CHROMEDRIVER = Path.of(System.getenv().getOrDefault("CHROMEDRIVER", "/usr/bin/chromedriver"));

    private static final Duration PATIENCE = Duration.ofSeconds(10);

    private final ChromeDriverService service;
    private final ChromeDriver driver;

    private Browser(ChromeDriverService service, ChromeDriver driver) {
        this.service = service;
        this.driver = driver;
    }

    /** Starts a fresh headless Chromium with a 1280×900 window. */
    public static Browser start() {
        return start(true);
    }

    /** Starts a headless Chromium that runs no JavaScript, as some readers browse. */
    public static Browser startWithoutJavaScript() {
        return start(false);
    }

    private static Browser start(boolean javaScript) {
        require(CHROMIUM, "chromium");
        require(CHROMEDRIVER, "chromium-driver");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .withSilent(true)
                .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--window-size=1280,900");
        if (!javaScript) {
            options.setExperimentalOption("prefs", Map.of("profile.managed_default_content_settings.javascript", 2));
        }
        try {
            return new Browser(service, new ChromeDriver(service, options));
        } catch (RuntimeException e) {
            service.stop();
            throw new AssertionError("Chromium did not start from " + CHROMIUM + " with " + CHROMEDRIVER
                    + " (are the chromium and chromium-driver packages the same version?): " + e.getMessage(), e);
        }
    }

    public WebDriver driver() {
        return driver;
    }

    /** Loads {@code url} and waits for the page's load event. */
    public Browser open(String url) {
        driver.get(url);
        return this;
    }

    /** Waits up to ten seconds for {@code condition} to hold, returning its value. */
    public <T> T await(ExpectedCondition<T> condition) {
        return new WebDriverWait(driver, PATIENCE).until(condition);
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            service.stop();
        }
    }

    private static void require(Path executable, String debianPackage) {
        if (!Files.isExecutable(executable)) {
            throw new AssertionError("browser tests need " + executable + ", which is missing: install it with "
                    + "`apt-get install -y chromium chromium-driver` (package " + debianPackage + ")");
        }
    }
}
