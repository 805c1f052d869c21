package org.alliancehub.bench;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;
import java.util.regex.Pattern;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

/**
 * The portal against a running system ({@code ./run}), in one run:
 * <ol>
 * <li>server-side render time of the results page and the material page (full answer, no
 * compression, no cookie) beside the search API call each makes, at 1 and 4 clients, median and
 * p95, and the ratio page p95 / API p95;</li>
 * <li>{@code bench.views} anonymous page views (home, results, material pages in turn), with the
 * number of HTTP sessions and the live heap of the Payara Micro that serves the portal before and
 * after, read with {@code jcmd <pid> GC.class_histogram} (a full GC, then the live objects: the
 * sessions are the {@code StandardSession} instances).</li>
 * </ol>
 * Requests go only to the portal's own address (loopback), bounded in time and count.
 */
public final class PortalBenchmark {

    private static final Logger LOG = Logger.getLogger(PortalBenchmark.class.getName());
    private static final int SECONDS = Integer.getInteger("bench.seconds", 20);
    private static final int WARM_UP_SECONDS = Integer.getInteger("bench.warmup", 10);
    private static final int VIEWS = Integer.getInteger("bench.views", 10_000);
    private static final int[] CLIENTS = {1, 4};
    /** What the demo content answers, in both languages, with and without accents. */
    private static final String[][] QUERIES = {
            {"falls", "en"}, {"caida", "es"}, {"silica", "en"}, {"sílice", "es"}, {"heat", "en"}, {"calor", "es"},
            {"trench", "en"}, {"zanjas", "es"}, {"forklift", "en"}, {"montacargas", "es"}, {"scaffold", "en"},
            {"derechos", "es"}, {"haulage", "en"}, {"cinturon", "es"}, {"rights", "en"}, {"equipo movil", "es"}};
    private static final Pattern SESSION_CLASS = Pattern.compile("org\\.apache\\.catalina\\.session\\.\\w*Session\\b");

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).followRedirects(HttpClient.Redirect.NEVER).build();

    private PortalBenchmark() {
    }

    private static void report(String format, Object... args) {
        LOG.info(String.format(Locale.ROOT, format, args).strip());
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("java.util.logging.SimpleFormatter.format", "%5$s%6$s%n");
        String base = (args.length > 0 ? args[0] : "http://localhost:8080").replaceAll("/+$", "");
        URI portal = URI.create(base + "/");
        if (!List.of("localhost", "127.0.0.1", "[::1]").contains(portal.getHost())) {
            throw new IllegalArgumentException("The benchmark sends its load to this machine only, not to " + portal.getHost());
        }
        String searchApi = System.getProperty("bench.search", base + "/search/api/");
        List<String[]> materials = materials(searchApi);
        report("Portal %s; search API %s; %d materials, %d queries", portal, searchApi, materials.size(), QUERIES.length);

        List<HttpRequest> resultsPages = new ArrayList<>();
        List<HttpRequest> searchCalls = new ArrayList<>();
        for (String[] query : QUERIES) {
            String q = URLEncoder.encode(query[0], StandardCharsets.UTF_8);
            resultsPages.add(get(portal.resolve("results?q=" + q + "&lang=" + query[1])));
            // the call the results page makes (DefaultSearchFacade: first page of ten)
            searchCalls.add(get(URI.create(searchApi + "search?q=" + q + "&lang=" + query[1] + "&page=1&size=10")));
        }
        List<HttpRequest> materialPages = new ArrayList<>();
        List<HttpRequest> relatedCalls = new ArrayList<>();
        List<HttpRequest> contentReads = new ArrayList<>();
        for (String[] material : materials) {
            materialPages.add(get(portal.resolve("material?id=" + material[0] + "&lang=" + material[1])));
            relatedCalls.add(get(URI.create(searchApi + "materials/" + material[0] + "/related?lang=" + material[1] + "&size=5")));
            contentReads.add(get(URI.create(base + "/content/api/materials/" + material[0])));
        }
        List<Target> targets = List.of(new Target("results page", resultsPages), new Target("search API", searchCalls),
                new Target("material page", materialPages), new Target("related API", relatedCalls),
                new Target("content read", contentReads));

        report("Warm-up: %d s each at 4 clients", WARM_UP_SECONDS);
        for (Target target : targets) {
            measure(target.requests(), 4, WARM_UP_SECONDS);
        }
        report("%n%-8s %-14s %10s %10s %12s", "clients", "target", "median ms", "p95 ms", "requests/s");
        for (int clients : CLIENTS) {
            List<Latencies> results = new ArrayList<>();
            for (Target target : targets) {
                Latencies result = measure(target.requests(), clients, SECONDS);
                results.add(result);
                report("%-8d %-14s %10.1f %10.1f %12.1f", clients, target.name(), result.median(), result.p95(), result.throughput());
            }
            report("%-8d results page p95 / search API p95: %.2f; material page p95 / related API p95: %.2f "
                            + "(the material page also reads the content service: %.1f ms p95)",
                    clients, results.get(0).p95() / results.get(1).p95(), results.get(2).p95() / results.get(3).p95(), results.get(4).p95());
        }

        sessionsAndHeap(portal, resultsPages, materialPages);
    }

    /** Up to 50 published materials, each in a language it has: {id, lang}. */
    private static List<String[]> materials(String searchApi) throws Exception {
        HttpResponse<String> answer = HTTP.send(get(URI.create(searchApi + "search?sort=newest&lang=en&size=50")),
                HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200) {
            throw new IllegalStateException("The search API answered " + answer.statusCode() + ": " + answer.body());
        }
        List<String[]> materials = new ArrayList<>();
        JsonObject results = Json.createReader(new StringReader(answer.body())).readObject();
        for (JsonValue hit : results.getJsonArray("hits")) {
            String language = hit.asJsonObject().getString("language");
            materials.add(new String[] {hit.asJsonObject().getString("materialId"), "es".equals(language) ? "es" : "en"});
        }
        if (materials.isEmpty()) {
            throw new IllegalStateException("No published material to read: start ./run with its demo content");
        }
        return materials;
    }

    private static void sessionsAndHeap(URI portal, List<HttpRequest> resultsPages, List<HttpRequest> materialPages) throws Exception {
        Optional<Long> pid = portalPid(portal.getPort() == -1 ? 80 : portal.getPort());
        Histogram before = pid.map(PortalBenchmark::histogram).orElse(null);
        List<HttpRequest> views = new ArrayList<>();
        views.add(get(portal.resolve("?lang=en")));
        views.add(get(portal.resolve("?lang=es")));
        views.addAll(resultsPages);
        views.addAll(materialPages);
        AtomicInteger cookies = new AtomicInteger();
        long started = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        AtomicInteger next = new AtomicInteger();
        List<Future<?>> futures = new ArrayList<>();
        for (int c = 0; c < 4; c++) {
            futures.add(pool.submit(() -> {
                for (int i; (i = next.getAndIncrement()) < VIEWS; ) {
                    HttpResponse<byte[]> response = HTTP.send(views.get(i % views.size()), HttpResponse.BodyHandlers.ofByteArray());
                    if (response.statusCode() != 200) {
                        throw new IllegalStateException(response.uri() + " answered " + response.statusCode());
                    }
                    if (response.headers().allValues("Set-Cookie").stream().anyMatch(v -> v.startsWith("JSESSIONID"))) {
                        cookies.incrementAndGet();
                    }
                }
                return null;
            }));
        }
        for (Future<?> future : futures) {
            future.get();
        }
        pool.shutdown();
        report("%n%d anonymous page views (home, results, material pages) in %.1f s at 4 clients; %d answers set a session cookie",
                VIEWS, (System.nanoTime() - started) / 1e9, cookies.get());
        if (pid.isEmpty()) {
            report("No Payara Micro process found serving port %d (set -Dbench.pid): sessions and heap not read", portal.getPort());
            return;
        }
        Histogram after = histogram(pid.get());
        report("Payara Micro pid %d, after a full GC: HTTP sessions %d before, %d after; live heap %.1f MB before, %.1f MB after",
                pid.get(), before.sessions(), after.sessions(), before.liveBytes() / 1048576.0, after.liveBytes() / 1048576.0);
    }

    private record Histogram(long sessions, long liveBytes) {
    }

    /** {@code jcmd <pid> GC.class_histogram}: a full GC, then the live objects by class. */
    private static Histogram histogram(long pid) {
        try {
            Process jcmd = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                    Long.toString(pid), "GC.class_histogram").redirectErrorStream(true).start();
            String output = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!jcmd.waitFor(60, TimeUnit.SECONDS) || jcmd.exitValue() != 0) {
                throw new IllegalStateException("jcmd failed: " + output);
            }
            long sessions = 0;
            long total = -1;
            for (String line : output.split("\n")) {
                String[] columns = line.strip().split("\\s+");
                if (columns.length >= 4 && SESSION_CLASS.matcher(columns[3]).matches() && !columns[3].contains("$")) {
                    sessions += Long.parseLong(columns[1]);
                } else if (columns.length == 3 && columns[0].equals("Total")) {
                    total = Long.parseLong(columns[2]);
                }
            }
            return new Histogram(sessions, total);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot run jcmd", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The Payara Micro process listening on the port: -Dbench.pid, else the one started with {@code --port <port>}. */
    private static Optional<Long> portalPid(int port) {
        Long given = Long.getLong("bench.pid");
        if (given != null) {
            return Optional.of(given);
        }
        Pattern portOption = Pattern.compile("--port\\s+" + port + "\\b");
        return ProcessHandle.allProcesses()
                .filter(p -> p.info().commandLine().map(line -> line.contains("payara-micro") && portOption.matcher(line).find()).orElse(false))
                .map(ProcessHandle::pid).findFirst();
    }

    private static HttpRequest get(URI uri) {
        return HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).GET().build();
    }

    private record Target(String name, List<HttpRequest> requests) {
    }

    /** {@code clients} threads ask the requests round-robin for {@code seconds}; every answer must be 200. */
    private static Latencies measure(List<HttpRequest> requests, int clients, int seconds) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        long start = System.nanoTime();
        List<Future<List<Double>>> futures = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int offset = c * 5;
            futures.add(pool.submit(() -> {
                List<Double> latencies = new ArrayList<>();
                for (int i = offset; System.nanoTime() < end; i++) {
                    HttpRequest request = requests.get(i % requests.size());
                    long t0 = System.nanoTime();
                    HttpResponse<byte[]> response = HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray());
                    latencies.add((System.nanoTime() - t0) / 1e6);
                    if (response.statusCode() != 200) {
                        throw new IllegalStateException(request.uri() + " answered " + response.statusCode());
                    }
                }
                return latencies;
            }));
        }
        List<Double> all = new ArrayList<>();
        for (Future<List<Double>> future : futures) {
            all.addAll(future.get());
        }
        pool.shutdown();
        return new Latencies(all, (System.nanoTime() - start) / 1e9);
    }
}
