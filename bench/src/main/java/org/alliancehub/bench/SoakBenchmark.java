package org.alliancehub.bench;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.json.Json;
import jakarta.json.JsonValue;

import org.alliancehub.stack.junit.ContentFixtures;
import org.alliancehub.stack.junit.JsonApi;
import org.awaitility.Awaitility;

/**
 * Soak: minutes of steady mixed traffic (searches, portal page views, uploads, publishes) through
 * the proxy of the scaled-out local stack that {@code bench/run-soak} starts. The baseline is the
 * same stack at the start: it prints the answers that were not 2xx (5xx is the target's zero),
 * each kind's median and p95 in the first minute after warm-up and in the last minute, and each
 * process's memory (PSS) at the end of warm-up and at the end, with the growth.
 */
public final class SoakBenchmark {

    private static final Logger LOG = Logger.getLogger(SoakBenchmark.class.getName());
    private static final String[][] QUERIES = {
            {"falls", "en"}, {"caida", "es"}, {"silica", "en"}, {"sílice", "es"}, {"heat", "en"}, {"calor", "es"},
            {"trench", "en"}, {"zanjas", "es"}, {"forklfit", "en"}, {"montacargas", "es"}, {"scaffold", "en"},
            {"derechos", "es"}, {"haulage", "en"}, {"cinturon", "es"}, {"rights", "en"}, {"equipo movil", "es"}};
    private static final Duration WINDOW = Duration.ofMinutes(1);
    /** How {@link ContentFixtures#require} says a step was refused. */
    private static final Pattern REFUSED = Pattern.compile("^Expected \\d+ but got (\\d+)");

    /** One answer: when it came (nanos since the start), how long it took, its status (599: no answer at all). */
    private record Sample(long atNanos, double millis, int status) {
    }

    private final Map<String, List<Sample>> samples = new LinkedHashMap<>();
    private final Map<String, String> published = new ConcurrentHashMap<>();
    private final List<String> uploaded = Collections.synchronizedList(new ArrayList<>());
    private final AtomicLong counter = new AtomicLong();
    private final AtomicLong serverErrorsShown = new AtomicLong();
    private final long begin = System.nanoTime();

    private SoakBenchmark() {
        for (String kind : List.of("search", "page view", "publish", "upload")) {
            samples.put(kind, Collections.synchronizedList(new ArrayList<>()));
        }
    }

    private static void print(String format, Object... args) {
        LOG.info(String.format(Locale.ROOT, format, args).strip());
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("java.util.logging.SimpleFormatter.format", "%5$s%6$s%n");
        String base = args[0].replaceAll("/+$", "");
        Path data = Path.of(args[1]).toAbsolutePath();
        Duration soak = Duration.ofMinutes(Integer.getInteger("bench.minutes", 10));
        Duration warmUp = Duration.ofSeconds(Integer.getInteger("bench.warmup", 60));
        new SoakBenchmark().run(base, data, soak, warmUp);
    }

    private void run(String base, Path data, Duration soak, Duration warmUp) throws Exception {
        JsonApi search = new JsonApi(base + "/search").withTimeout(Duration.ofSeconds(30));
        JsonApi portal = new JsonApi(base).withTimeout(Duration.ofSeconds(30));
        Path passwordFile = data.resolve("secrets/admin-password");
        print("Waiting for the stack at %s (data in %s) and its demo content to be searchable", base, data);
        long launcher = Long.getLong("bench.launcher.pid", ProcessHandle.current().pid());
        Awaitility.await().atMost(Duration.ofMinutes(15)).pollInterval(Duration.ofSeconds(2)).ignoreExceptions()
                .failFast("the stack stopped before it was ready (see its launcher.log)",
                        () -> ProcessHandle.of(launcher).map(p -> !p.isAlive()).orElse(true)).until(() ->
                Files.exists(passwordFile) && search.get("api/search?q=caida&lang=es").json().getInt("total") > 0);
        JsonApi admin = new ContentFixtures(base + "/content").signedIn("admin", Files.readString(passwordFile).strip())
                .withTimeout(Duration.ofSeconds(60));
        String alliance = ContentFixtures.alliance(admin, "Soak alliance",
                ContentFixtures.organization(admin, "Soak union " + UUID.randomUUID(), "UNION"));
        List<String> pages = pages(search);
        StackProcesses processes = new StackProcesses(data);
        print("Processes of the stack: %s", processes.memoryMiB().keySet());
        print("Traffic: 10 searches/s, 3 page views/s (home, results, material: %d pages), a publish every 2 s, "
                + "an upload (one-page PDF) every 10 s; %d s warm-up, then %d min", pages.size(), warmUp.toSeconds(), soak.toMinutes());

        ScheduledExecutorService traffic = new ScheduledThreadPoolExecutor(6);
        for (int client = 0; client < 2; client++) {
            traffic.scheduleAtFixedRate(() -> {
                String[] query = QUERIES[(int) (counter.incrementAndGet() % QUERIES.length)];
                record("search", () -> search.get("api/search?q=" + URLEncoder.encode(query[0], StandardCharsets.UTF_8)
                        + "&lang=" + query[1]));
            }, client * 100L, 200, TimeUnit.MILLISECONDS);
        }
        traffic.scheduleAtFixedRate(() -> record("page view",
                () -> portal.get(pages.get((int) (counter.incrementAndGet() % pages.size())))), 0, 333, TimeUnit.MILLISECONDS);
        traffic.scheduleAtFixedRate(() -> record("publish", () -> publish(admin, alliance)), 0, 2, TimeUnit.SECONDS);
        traffic.scheduleAtFixedRate(() -> record("upload", () -> upload(admin, alliance)), 0, 10, TimeUnit.SECONDS);

        pause(warmUp);
        long measuredFrom = System.nanoTime() - begin;
        Map<String, Double> memoryAtStart = processes.memoryMiB();
        List<Map<String, Double>> memoryByMinute = new ArrayList<>();
        for (long minute = 1; minute <= soak.toMinutes(); minute++) {
            pause(Duration.ofMinutes(1));
            memoryByMinute.add(processes.memoryMiB());
            print("minute %d: %s", minute, progress());
        }
        traffic.shutdown();
        traffic.awaitTermination(2, TimeUnit.MINUTES);
        long measuredTo = System.nanoTime() - begin;
        Map<String, Double> memoryAtEnd = memoryByMinute.get(memoryByMinute.size() - 1);

        report(measuredFrom, measuredTo);
        print("%n%-28s %12s %12s %12s %9s", "process (PSS with children)", "start MiB", "peak MiB", "end MiB", "growth");
        for (Map.Entry<String, Double> process : memoryAtStart.entrySet()) {
            double end = memoryAtEnd.getOrDefault(process.getKey(), Double.NaN);
            double peak = memoryByMinute.stream().mapToDouble(m -> m.getOrDefault(process.getKey(), 0.0)).max().orElse(end);
            print("%-28s %12.0f %12.0f %12.0f %8.1f%%", process.getKey(), process.getValue(), peak, end,
                    100 * (end - process.getValue()) / process.getValue());
        }
        lost(search, admin);
    }

    /** The portal pages a reader opens: the home page, results pages and the pages of up to 30 published materials. */
    private static List<String> pages(JsonApi search) {
        List<String> pages = new ArrayList<>(List.of("/"));
        for (String[] query : QUERIES) {
            pages.add("/results?q=" + URLEncoder.encode(query[0], StandardCharsets.UTF_8) + "&lang=" + query[1]);
        }
        for (JsonValue hit : search.get("api/search?sort=newest&lang=en&size=30").json().getJsonArray("hits")) {
            String language = "es".equals(hit.asJsonObject().getString("language")) ? "es" : "en";
            pages.add("/material?id=" + hit.asJsonObject().getString("materialId") + "&lang=" + language);
        }
        return pages;
    }

    private JsonApi.Reply publish(JsonApi admin, String alliance) {
        String word = "soakmark" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        String id = ContentFixtures.publishedMaterial(admin, alliance, "Haul road berms " + word,
                "Berms at least mid-axle height on every haul road edge.", "Bermas en caminos de acarreo " + word,
                "Bermas a media altura del eje en cada orilla.");
        published.put(id, word);
        return admin.get("api/materials/" + id);
    }

    private JsonApi.Reply upload(JsonApi admin, String alliance) {
        String id = ContentFixtures.require(admin.post("api/materials", Json.createObjectBuilder().add("allianceId", alliance)
                .add("type", "FACT_SHEET").add("versions", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("language", "en").add("title", "Spotter duties " + counter.incrementAndGet()))).build()), 201).getString("id");
        try {
            Path pdf = Files.createTempFile("soak", ".pdf");
            try {
                UploadPdfs.small(pdf, "Spotter duties at the dump point " + UUID.randomUUID());
                JsonApi.Reply reply = admin.postFile("api/materials/" + id + "/versions/en/file", "file", "spotter.pdf",
                        Files.readAllBytes(pdf));
                if (reply.status() == 202) {
                    uploaded.add(id);
                }
                return reply;
            } finally {
                Files.deleteIfExists(pdf);
            }
        } catch (java.io.IOException e) {
            throw new IllegalStateException("Cannot write the upload's PDF", e);
        }
    }

    private void record(String kind, Supplier<JsonApi.Reply> request) {
        long start = System.nanoTime();
        int status;
        try {
            status = request.get().status();
        } catch (RuntimeException e) {
            // a step of a publish or upload that was refused (its status), or no answer at all (599, as a reader sees a 5xx)
            Matcher refused = e.getMessage() == null ? null : REFUSED.matcher(e.getMessage());
            status = refused != null && refused.find() ? Integer.parseInt(refused.group(1)) : 599;
        }
        long end = System.nanoTime();
        if (status >= 500 && serverErrorsShown.incrementAndGet() <= 20) {
            print("%s answered %d at %.1f s", kind, status, (end - begin) / 1e9);
        }
        samples.get(kind).add(new Sample(end - begin, (end - start) / 1e6, status));
    }

    private String progress() {
        StringBuilder line = new StringBuilder();
        samples.forEach((kind, list) -> {
            synchronized (list) {
                long failed = list.stream().filter(s -> s.status() >= 300).count();
                line.append(String.format(Locale.ROOT, "%s %d (%d not 2xx)  ", kind, list.size(), failed));
            }
        });
        return line.toString().strip();
    }

    private void report(long from, long to) {
        long window = WINDOW.toNanos();
        print("%n%-10s %8s %6s %10s %13s %13s %13s %13s", "kind", "answers", "5xx", "other", "start p50 ms", "start p95 ms",
                "end p50 ms", "end p95 ms");
        samples.forEach((kind, list) -> {
            List<Sample> all = List.copyOf(list);
            long serverErrors = all.stream().filter(s -> s.status() >= 500).count();
            long other = all.stream().filter(s -> s.status() >= 300 && s.status() < 500).count();
            Latencies start = window(all, from, from + window);
            Latencies end = window(all, to - window, to);
            print("%-10s %8d %6d %10d %13.1f %13.1f %13.1f %13.1f", kind, all.size(), serverErrors, other, start.median(),
                    start.p95(), end.median(), end.p95());
        });
    }

    private static Latencies window(List<Sample> all, long from, long to) {
        List<Double> millis = all.stream().filter(s -> s.atNanos() >= from && s.atNanos() < to && s.status() < 300)
                .map(Sample::millis).toList();
        return new Latencies(millis, (to - from) / 1e9);
    }

    /** Every acknowledged publish is found by its word, and every accepted upload is extracted. */
    private void lost(JsonApi search, JsonApi admin) {
        long missing = published.entrySet().stream().filter(material -> {
            try {
                Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250)).until(() ->
                        search.get("api/search?q=" + material.getValue()).body().contains(material.getKey()));
                return false;
            } catch (org.awaitility.core.ConditionTimeoutException e) {
                return true;
            }
        }).count();
        long extracted = List.copyOf(uploaded).stream().filter(id -> {
            try {
                Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(() ->
                        admin.get("api/materials/" + id).body().contains("\"status\":\"DONE\""));
                return true;
            } catch (org.awaitility.core.ConditionTimeoutException e) {
                return false;
            }
        }).count();
        print("%nAcknowledged publishes not found by search: %d of %d; uploads extracted: %d of %d",
                missing, published.size(), extracted, uploaded.size());
    }

    /** Lets the traffic threads run; this thread only waits. */
    private static void pause(Duration duration) {
        Awaitility.await().pollDelay(duration).atMost(duration.plusSeconds(5)).until(() -> true);
    }
}
