package org.alliancehub.web.interfaces.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium, driven through Debian's chromedriver (packages {@code chromium} and
 * {@code chromium-driver}); nothing is downloaded. Where they are not installed the browser tests
 * are skipped with the reason, unless {@code ALLIANCEHUB_BROWSER_REQUIRED=true} (as in CI), where
 * that is a failure.
 */
public final class Chromium implements AutoCloseable {

    static final Path BROWSER = Path.of(System.getenv().getOrDefault("ALLIANCEHUB_CHROMIUM", "/usr/bin/chromium"));
    static final Path DRIVER = Path.of(System.getenv().getOrDefault("ALLIANCEHUB_CHROMEDRIVER", "/usr/bin/chromedriver"));

    private final ChromeDriver driver;
    private final Path profile;

    private Chromium(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    /** A browser with a phone's screen (CSS pixels), touch and the viewport meta tag honoured. */
    static Chromium phone(int width, int height) throws IOException {
        requireInstalled();
        Path profile = Files.createTempDirectory("alliancehub-chromium");
        ChromeOptions options = options(profile);
        options.setExperimentalOption("mobileEmulation", Map.of("deviceMetrics",
                Map.of("width", width, "height", height, "pixelRatio", 2.0, "mobile", true, "touch", true)));
        return start(options, profile);
    }

    /**
     * A desktop browser with a fresh profile (empty cache) whose network traffic chromedriver
     * records in its performance log, as DevTools sees it ({@link PageWeight} reads it).
     */
    public static Chromium recordingNetwork() throws IOException {
        requireInstalled();
        Path profile = Files.createTempDirectory("alliancehub-chromium");
        ChromeOptions options = options(profile);
        options.addArguments("--window-size=1280,900");
        options.setCapability("goog:loggingPrefs", Map.of("performance", "ALL"));
        return start(options, profile);
    }

    private static ChromeOptions options(Path profile) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER.toFile());
        // without the background-networking flags Chromium keeps calling Google's hosts, which this
        // closed network refuses; the sandbox needs privileges a test user may not have
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--user-data-dir=" + profile);
        return options;
    }

    private static Chromium start(ChromeOptions options, Path profile) {
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(DRIVER.toFile()).usingAnyFreePort().build();
        return new Chromium(new ChromeDriver(service, options), profile);
    }

    private static void requireInstalled() {
        boolean installed = Files.isExecutable(BROWSER) && Files.isExecutable(DRIVER);
        String reason = "Browser tests need Debian's chromium and chromium-driver (" + BROWSER + ", " + DRIVER
                + "): sudo apt-get install chromium chromium-driver";
        if (!installed && "true".equals(System.getenv("ALLIANCEHUB_BROWSER_REQUIRED"))) {
            throw new IllegalStateException(reason);
        }
        Assumptions.assumeTrue(installed, reason);
    }

    public ChromeDriver driver() {
        return driver;
    }

    @Override
    public void close() throws IOException {
        try {
            driver.quit();
        } finally {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
