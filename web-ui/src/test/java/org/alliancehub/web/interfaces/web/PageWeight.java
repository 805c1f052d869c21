package org.alliancehub.web.interfaces.web;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.logging.Logger;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What a reader's browser downloads for a page, measured in real headless Chromium: the bytes on
 * the wire (compressed bodies and headers, DevTools' "transferred") of every request the page
 * makes, from chromedriver's performance log. For each address, a first visit with a fresh profile
 * (empty cache) and a repeat visit in the same browser (a new navigation: what the cache keeps is
 * not fetched again). Give it any list of portal addresses; {@link #write} logs the figures and
 * appends them to {@code target/page-weight.txt}.
 */
public final class PageWeight {

    private static final Logger LOG = Logger.getLogger(PageWeight.class.getName());
    public static final Path REPORT = Path.of("target", "page-weight.txt");

    /** One request as the browser made it; {@code bytes} 0 when the cache answered it. */
    public record Request(String url, int status, long bytes, boolean fromCache) {
    }

    /** The requests of one navigation, until the network went quiet after the load event. */
    public record Traffic(List<Request> requests) {

        public long bytes() {
            return requests.stream().mapToLong(Request::bytes).sum();
        }

        /** Requests that went to the network. */
        public long fetched() {
            return requests.stream().filter(r -> !r.fromCache()).count();
        }

        String summary() {
            return String.format(Locale.ROOT, "%8.1f KB in %2d requests (%d from the cache)", bytes() / 1024.0,
                    requests.size(), requests.size() - fetched());
        }
    }

    public record Visit(String url, Traffic first, Traffic repeat) {
    }

    private PageWeight() {
    }

    /** Measures each address: a fresh browser for its first visit, the same browser again for the repeat. */
    public static List<Visit> measure(List<String> urls) throws IOException {
        List<Visit> visits = new ArrayList<>();
        for (String url : urls) {
            try (Chromium browser = Chromium.recordingNetwork()) {
                ChromeDriver driver = browser.driver();
                driver.manage().logs().get(LogType.PERFORMANCE); // the blank start page's events
                Traffic first = navigate(driver, url);
                Traffic repeat = navigate(driver, url);
                visits.add(new Visit(url, first, repeat));
            }
        }
        return visits;
    }

    /** Logs the figures and appends them, under {@code title}, to {@link #REPORT}. */
    public static void write(String title, List<Visit> visits) throws IOException {
        StringBuilder text = new StringBuilder(title).append(" (").append(Instant.now()).append(")\n");
        for (Visit visit : visits) {
            text.append(visit.url()).append('\n')
                    .append("  first visit ").append(visit.first().summary()).append('\n')
                    .append("  repeat      ").append(visit.repeat().summary()).append('\n');
            for (Request request : visit.first().requests()) {
                text.append(String.format(Locale.ROOT, "      %7.1f KB  %d  %s%n", request.bytes() / 1024.0, request.status(),
                        request.url()));
            }
        }
        LOG.info(text::toString);
        Files.createDirectories(REPORT.getParent());
        Files.writeString(REPORT, text.append('\n'), StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    private static Traffic navigate(ChromeDriver driver, String url) {
        NetworkLog log = new NetworkLog();
        driver.get(url);
        // the page is loaded; wait until nothing more is on the wire (late fonts, images, the favicon)
        new WebDriverWait(driver, Duration.ofSeconds(30)).pollingEvery(Duration.ofMillis(250)).until(d -> {
            boolean quiet = log.read(driver.manage().logs().get(LogType.PERFORMANCE).getAll()) == 0;
            boolean loaded = "complete".equals(driver.executeScript("return document.readyState"));
            return loaded && log.quietPolls(quiet) >= 2 && log.allFinished();
        });
        return new Traffic(log.requests());
    }

    /** Reads DevTools' Network events out of chromedriver's performance log. */
    private static final class NetworkLog {

        private static final class Seen {
            String url;
            int status;
            long bytes;
            boolean fromCache;
            boolean finished;
        }

        private static final JsonReaderFactory JSON = Json.createReaderFactory(Map.of());

        private final Map<String, Seen> byId = new LinkedHashMap<>();
        private int quiet;

        /** Takes in the entries; answers how many were Network events. */
        int read(List<LogEntry> entries) {
            int events = 0;
            for (LogEntry entry : entries) {
                JsonObject message;
                try (JsonReader reader = JSON.createReader(new StringReader(entry.getMessage()))) {
                    message = reader.readObject().getJsonObject("message");
                }
                String method = message.getString("method", "");
                if (!method.startsWith("Network.")) {
                    continue;
                }
                events++;
                JsonObject params = message.getJsonObject("params");
                String id = params.getString("requestId", null);
                if (id == null) {
                    continue;
                }
                switch (method) {
                    case "Network.requestWillBeSent" -> {
                        String requested = params.getJsonObject("request").getString("url");
                        if (requested.startsWith("http")) {
                            byId.computeIfAbsent(id, k -> new Seen()).url = requested;
                        }
                    }
                    case "Network.responseReceived" -> seen(id, s -> {
                        JsonObject response = params.getJsonObject("response");
                        s.status = response.getInt("status", 0);
                        s.fromCache |= response.getBoolean("fromDiskCache", false) || response.getBoolean("fromPrefetchCache", false);
                    });
                    case "Network.requestServedFromCache" -> seen(id, s -> s.fromCache = true);
                    case "Network.loadingFinished" -> seen(id, s -> {
                        s.bytes = params.getJsonNumber("encodedDataLength").longValue();
                        s.finished = true;
                    });
                    case "Network.loadingFailed" -> seen(id, s -> s.finished = true);
                    default -> {
                    }
                }
            }
            return events;
        }

        private void seen(String id, Consumer<Seen> update) {
            Seen seen = byId.get(id);
            if (seen != null) {
                update.accept(seen);
            }
        }

        int quietPolls(boolean quietNow) {
            quiet = quietNow ? quiet + 1 : 0;
            return quiet;
        }

        boolean allFinished() {
            return byId.values().stream().allMatch(s -> s.finished);
        }

        List<Request> requests() {
            return byId.values().stream().map(s -> new Request(s.url, s.status, s.bytes, s.fromCache && s.bytes == 0)).toList();
        }
    }
}
