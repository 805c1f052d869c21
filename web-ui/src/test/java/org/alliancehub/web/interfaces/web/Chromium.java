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
        return start(options -> options.setExperimentalOption("mobileEmulation", Map.of("deviceMetrics",
                Map.of("width", width, "height", height, "pixelRatio", 2.0, "mobile", true, "touch", true))));
    }

    /** A browser with a desktop window of this size. */
    static Chromium desktop(int width, int height) throws IOException {
        return start(options -> options.addArguments("--hide-scrollbars", "--window-size=" + width + "," + height));
    }

    /**
     * A desktop browser with a fresh profile (empty cache) whose network traffic chromedriver
     * records in its performance log, as DevTools sees it ({@link PageWeight} reads it).
     */
    public static Chromium recordingNetwork() throws IOException {
        return start(options -> {
            options.addArguments("--window-size=1280,900");
            options.setCapability("goog:loggingPrefs", Map.of("performance", "ALL"));
        });
    }

    private static Chromium start(java.util.function.Consumer<ChromeOptions> screen) throws IOException {
        requireInstalled();
        Path profile = Files.createTempDirectory("alliancehub-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER.toFile());
        // without the background-networking flags Chromium keeps calling Google's hosts, which this
        // closed network refuses; the sandbox needs privileges a test user may not have
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--user-data-dir=" + profile);
        screen.accept(options);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(DRIVER.toFile()).usingAnyFreePort().build();
        return new Chromium(new ChromeDriver(service, options), profile);
    }

    /**
     * Saves what the page shows, the whole page's height, as {@code target/screenshots/<name>.png}:
     * the record of how each page type looks at each width, for a person to look at.
     */
    void screenshot(String name) throws IOException {
        Number height = (Number) driver.executeScript("return Math.ceil(document.documentElement.scrollHeight);");
        Number width = (Number) driver.executeScript("return window.innerWidth;");
        Object shot = driver.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png", "captureBeyondViewport", true,
                "clip", Map.of("x", 0, "y", 0, "width", width.intValue(), "height", Math.min(height.intValue(), 8000), "scale", 1)));
        @SuppressWarnings("unchecked")
        String data = ((Map<String, Object>) shot).get("data").toString();
        Path file = Path.of("target", "screenshots", name + ".png");
        Files.createDirectories(file.getParent());
        Files.write(file, java.util.Base64.getDecoder().decode(data));
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
