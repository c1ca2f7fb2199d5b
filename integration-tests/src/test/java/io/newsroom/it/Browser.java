package io.newsroom.it;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Chromium from the system packages, driven through the system chromedriver. Both paths
 * are given explicitly, so Selenium Manager is never asked to find (or download) anything.
 */
final class Browser {

    static final Path CHROMIUM = Path.of(System.getProperty("newsroom.it.chromium", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getProperty("newsroom.it.chromedriver", "/usr/bin/chromedriver"));

    /** Skips the calling test class, with the reason, on a machine without the browser. */
    static void assumeInstalled() {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "browser test skipped: " + CHROMIUM + " and " + CHROMEDRIVER
                        + " are needed (Debian packages chromium and chromium-driver; .ci/run installs them)");
    }

    static ChromeDriver start() {
        // Selenium warns that it has no DevTools bindings for the system's newer Chromium; WebDriver
        // itself, all these tests use, does not need them.
        Logger.getLogger("org.openqa.selenium").setLevel(Level.SEVERE);
        // Read by Selenium's driver finder: with it set, Selenium Manager is not run.
        System.setProperty(ChromeDriverService.CHROME_DRIVER_EXE_PROPERTY, CHROMEDRIVER.toString());
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--window-size=1280,960", "--lang=en-US", "--no-first-run", "--disable-extensions");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER.toString()))
                .usingAnyFreePort()
                .withTimeout(Duration.ofSeconds(60))
                .build();
        return new ChromeDriver(service, options);
    }

    private Browser() {
    }
}
