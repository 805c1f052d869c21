package org.alliancehub.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

/**
 * A partner's upload through the portal against a running system ({@code ./run}), in one run:
 * <ol>
 * <li>setup through the content API as admin: an organization, an alliance with it, a partner
 * account for it, and the partner's draft material with an English version;</li>
 * <li>a ~49 MiB PDF (three pages of text, then a picture of random noise) and small one-page PDFs;</li>
 * <li>the partner signed in to the portal over HTTP, uploading through the material editor's
 * PrimeFaces upload exactly as the browser's script does, beside the same file uploaded directly
 * to the content service (the baseline): answer times and their ratio, then the time until the
 * content API shows the version's findings (extraction DONE);</li>
 * <li>the heap of the Payara Micro that serves the portal while the large file goes through it:
 * live objects after a forced full GC, sampled again and again during each upload, the largest
 * growth set against the target (at most 16 MB).</li>
 * </ol>
 * Everything goes to the portal's own address (loopback only).
 */
public final class UploadBenchmark {

    private static final Logger LOG = Logger.getLogger(UploadBenchmark.class.getName());
    private static final double MB = 1024 * 1024;
    private static final double TARGET_GROWTH_MB = 16;
    private static final int ROUNDS = Integer.getInteger("bench.rounds", 2);
    private static final int HEAP_UPLOADS = Integer.getInteger("bench.uploads", 3);
    private static final Duration POLL = Duration.ofMillis(100);
    private static final Duration SAMPLE_EVERY = Duration.ofMillis(100);
    private static final Duration EXTRACTED_WITHIN = Duration.ofMinutes(3);
    private static final String LANGUAGE = "en";
    /** The editor page's p:poll interval (partner/material.xhtml). */
    private static final int EDITOR_POLL_SECONDS = 2;

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).followRedirects(HttpClient.Redirect.NEVER).build();
    private static final ScheduledExecutorService POLLER = Executors.newSingleThreadScheduledExecutor(daemon("findings-poll"));
    private static final ScheduledExecutorService SAMPLER = Executors.newSingleThreadScheduledExecutor(daemon("heap-sampler"));

    private final URI contentApi;
    private final PortalSession portal;
    private final String materialId;
    private final String partnerToken;
    private boolean failed;

    private UploadBenchmark(URI contentApi, PortalSession portal, String materialId, String partnerToken) {
        this.contentApi = contentApi;
        this.portal = portal;
        this.materialId = materialId;
        this.partnerToken = partnerToken;
    }

    private static void report(String format, Object... args) {
        LOG.info(String.format(Locale.ROOT, format, args).strip());
    }

    public static void main(String[] args) {
        System.setProperty("java.util.logging.SimpleFormatter.format", "%5$s%6$s%n");
        try {
            boolean passed = run(args.length > 0 ? args[0] : "http://localhost:8080");
            System.exit(passed ? 0 : 1);
        } catch (Exception e) {
            LOG.log(Level.SEVERE, "The upload benchmark failed: " + e.getMessage(), e);
            System.exit(1);
        }
    }

    private static boolean run(String address) throws Exception {
        String base = address.replaceAll("/+$", "");
        URI portalUri = URI.create(base + "/");
        if (!List.of("localhost", "127.0.0.1", "[::1]").contains(portalUri.getHost())) {
            throw new IllegalArgumentException("The benchmark sends its load to this machine only, not to " + portalUri.getHost());
        }
        URI contentApi = URI.create(System.getProperty("bench.content", base + "/content/api/"));
        Path dataDirectory = Path.of(System.getProperty("bench.data", "data")).toAbsolutePath();
        Path adminPasswordFile = dataDirectory.resolve("secrets").resolve("admin-password");
        if (!Files.isReadable(adminPasswordFile)) {
            throw new IllegalStateException("No " + adminPasswordFile + ": set ALLIANCEHUB_DATA_DIR to the data directory of the running ./run");
        }
        String adminToken = token(contentApi, "admin", Files.readString(adminPasswordFile).strip());

        // 1. an organization, an alliance with it, its partner and the partner's draft
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String organization = send(contentApi, adminToken, "POST", "organizations", Json.createObjectBuilder()
                .add("name", "Upload benchmark union " + suffix).add("type", "UNION").build(), 201).getString("id");
        String alliance = send(contentApi, adminToken, "POST", "alliances", Json.createObjectBuilder()
                .add("name", "Upload benchmark alliance " + suffix).add("agency", "OSHA").add("level", "NATIONAL")
                .add("signedOn", LocalDate.now().minusMonths(1).toString())
                .add("participantIds", Json.createArrayBuilder().add(organization)).build(), 201).getString("id");
        String username = "upload-bench-" + suffix;
        String password = randomPassword();
        send(contentApi, adminToken, "POST", "accounts", Json.createObjectBuilder().add("username", username)
                .add("password", password).add("displayName", "Upload benchmark partner").add("role", "PARTNER")
                .add("organizationIds", Json.createArrayBuilder().add(organization)).build(), 201);
        String partnerToken = token(contentApi, username, password);
        String material = send(contentApi, partnerToken, "POST", "materials", Json.createObjectBuilder()
                .add("allianceId", alliance).add("type", "FACT_SHEET").add("publicationNumber", "UB-" + suffix)
                .add("publicationDate", LocalDate.now().toString()).add("topics", Json.createArrayBuilder().add("falls"))
                .add("versions", Json.createArrayBuilder().add(Json.createObjectBuilder().add("language", LANGUAGE)
                        .add("title", "Working safely at heights").add("summary", "Ladders, scaffolds and floor holes.")))
                .build(), 201).getString("id");
        report("Portal %s; content API %s; partner %s (alliance %s), draft material %s", portalUri, contentApi, username, alliance, material);

        Path files = Files.createTempDirectory("upload-bench");
        try {
            // 2. the files
            long started = System.nanoTime();
            Path large = files.resolve("working-at-heights.pdf");
            UploadPdfs.large(large, "Working Safely at Heights", 20_240_501L);
            Document largeDocument = Document.of(large);
            report("Large PDF: %,d bytes (%.1f MiB: 3 pages of text, a %d x %d picture of noise), written in %.1f s",
                    largeDocument.size(), largeDocument.size() / MB, UploadPdfs.NOISE_WIDTH, UploadPdfs.NOISE_HEIGHT,
                    (System.nanoTime() - started) / 1e9);

            // 3. the partner in the portal, as a browser
            PortalSession portal = new PortalSession(portalUri);
            portal.signIn(username, password);
            UploadBenchmark bench = new UploadBenchmark(contentApi, portal, material, partnerToken);
            long pid = portalPid(portalUri.getPort() == -1 ? 80 : portalUri.getPort()).orElseThrow(() -> new IllegalStateException(
                    "No Payara Micro process serves port " + portalUri.getPort() + " on this machine: set BENCH_PORTAL_PID"));
            bench.measure(files, largeDocument, pid);
            return !bench.failed;
        } finally {
            try (var listing = Files.list(files)) {
                for (Path file : listing.toList()) {
                    Files.deleteIfExists(file);
                }
            }
            Files.deleteIfExists(files);
        }
    }

    private void measure(Path files, Document large, long pid) throws Exception {
        Document small = small(files, 0);
        report("Small PDF: %,d bytes, one page of text", small.size());

        report("%nWarm-up: the small and the large file, each once directly and once through the portal");
        direct(small);
        throughPortal(small);
        direct(large);
        throughPortal(large);

        // 5. answer times, beside the direct upload
        report("%n%-7s %-30s %12s %14s", "round", "upload", "answer s", "findings s");
        List<Timed> directLarge = new ArrayList<>();
        List<Timed> portalLarge = new ArrayList<>();
        List<Timed> directSmall = new ArrayList<>();
        List<Timed> portalSmall = new ArrayList<>();
        for (int round = 1; round <= ROUNDS; round++) {
            line(round, "50 MB direct to content API", directLarge, direct(large));
            line(round, "50 MB through the portal", portalLarge, throughPortal(large));
            line(round, "small direct to content API", directSmall, direct(small(files, round)));
            line(round, "small through the portal", portalSmall, throughPortal(small(files, ROUNDS + round)));
        }
        Timed bestDirect = best(directLarge);
        Timed bestPortal = best(portalLarge);
        report("Large file answer (best of %d): portal %.2f s (%.0f MB/s), direct %.2f s (%.0f MB/s); portal / direct %.2f",
                ROUNDS, bestPortal.answerSeconds(), large.size() / MB / bestPortal.answerSeconds(),
                bestDirect.answerSeconds(), large.size() / MB / bestDirect.answerSeconds(),
                bestPortal.answerSeconds() / bestDirect.answerSeconds());
        // 6. upload to findings
        report("Upload to findings (extraction DONE in the content API, polled every %d ms; best of %d): "
                        + "small PDF %.2f s through the portal (%.2f s direct), 50 MB PDF %.2f s through the portal (%.2f s direct). "
                        + "The editor page polls every %d s, so it shows them at most %d s later",
                POLL.toMillis(), ROUNDS, best(portalSmall).findingsSeconds(), best(directSmall).findingsSeconds(),
                bestPortal.findingsSeconds(), bestDirect.findingsSeconds(), EDITOR_POLL_SECONDS, EDITOR_POLL_SECONDS);

        // 4. the heap while the large file goes through
        heap(large, pid);
    }

    private void line(int round, String what, List<Timed> into, Timed timed) {
        into.add(timed);
        report("%-7d %-30s %12.2f %14.2f%s", round, what, timed.answerSeconds(), timed.findingsSeconds(),
                "DONE".equals(timed.status()) ? "" : "  extraction " + timed.status());
    }

    private static Timed best(List<Timed> timed) {
        return timed.stream().min(Comparator.comparingDouble(Timed::answerSeconds)).orElseThrow();
    }

    private void heap(Document large, long pid) throws Exception {
        try (HeapProbe probe = HeapProbe.attach(pid)) {
            report("%nHeap of Payara Micro pid %d (portal, content and search services in one JVM), live = after a forced full GC "
                    + "(jcmd GC.run), sampled every %d ms while the upload runs; target: live heap growth at most %.0f MB",
                    pid, SAMPLE_EVERY.toMillis(), TARGET_GROWTH_MB);
            long first = probe.live();
            report("Before: live heap %.1f MB", first / MB);
            double worst = 0;
            for (int upload = 1; upload <= HEAP_UPLOADS; upload++) {
                PortalSession.Editor editor = portal.openEditor(materialId, LANGUAGE);
                Sampled sampled = sampled(probe, () -> upload(editor, large));
                worst = Math.max(worst, sampled.liveGrowthMb());
                report("Portal upload %d: answer %.2f s while sampled, %d samples; live heap before %.1f MB, max during %.1f MB: "
                                + "growth %.1f MB (target %.0f; each sample: %s MB); heap used (garbage included) peak %.1f MB, %.1f MB over before",
                        upload, sampled.seconds(), sampled.samples(), sampled.before() / MB, sampled.maxLive() / MB,
                        sampled.liveGrowthMb(), TARGET_GROWTH_MB, sampled.growths(), sampled.maxUsed() / MB,
                        (sampled.maxUsed() - sampled.before()) / MB);
                awaitFindings(large, System.nanoTime());
            }
            Sampled direct = sampled(probe, () -> postDirect(large));
            awaitFindings(large, System.nanoTime());
            report("Baseline, direct upload to the content service: live heap growth %.1f MB in %d samples (each: %s MB; "
                    + "the content service's own share)", direct.liveGrowthMb(), direct.samples(), direct.growths());
            long last = probe.live();
            report("After: live heap %.1f MB (%+.1f MB over the first before)", last / MB, (last - first) / MB);
            boolean met = worst <= TARGET_GROWTH_MB;
            report("Live heap growth during a portal upload of %.1f MiB: max %.1f MB over %d uploads, target at most %.0f MB: %s",
                    large.size() / MB, worst, HEAP_UPLOADS, TARGET_GROWTH_MB, met ? "met" : "NOT met");
            if (!met) {
                failed = true;
            }
            if (!met || Boolean.getBoolean("bench.histogram")) {
                whereTheMemoryGoes(probe, large);
            }
        }
    }

    /** The classes that grew most between a histogram before an upload and the fullest one taken during it. */
    private void whereTheMemoryGoes(HeapProbe probe, Document large) throws Exception {
        Map<String, Long> before = probe.histogram();
        PortalSession.Editor editor = portal.openEditor(materialId, LANGUAGE);
        AtomicReference<Map<String, Long>> fullest = new AtomicReference<>(before);
        Uploading uploading = start(() -> upload(editor, large));
        ScheduledFuture<?> sampling = SAMPLER.scheduleWithFixedDelay(() -> {
            try {
                Map<String, Long> now = probe.histogram();
                if (now.getOrDefault("Total", 0L) > fullest.get().getOrDefault("Total", 0L)) {
                    fullest.set(now);
                }
            } catch (Exception e) {
                LOG.warning("A class histogram failed: " + e);
            }
        }, 0, SAMPLE_EVERY.toMillis(), TimeUnit.MILLISECONDS);
        uploading.done().get(5, TimeUnit.MINUTES);
        sampling.cancel(false);
        SAMPLER.submit(() -> { }).get();
        awaitFindings(large, System.nanoTime());
        Map<String, Long> during = fullest.get();
        report("Where it goes (jcmd GC.class_histogram before an upload and the fullest one during it, total %+.1f MB):",
                (during.getOrDefault("Total", 0L) - before.getOrDefault("Total", 0L)) / MB);
        during.entrySet().stream().filter(e -> !e.getKey().equals("Total"))
                .map(e -> Map.entry(e.getKey(), e.getValue() - before.getOrDefault(e.getKey(), 0L)))
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(12)
                .forEach(e -> report("  %+10.2f MB  %s", e.getValue() / MB, e.getKey()));
    }

    private record Sampled(double seconds, List<Long> live, long before, long maxLive, long maxUsed) {
        double liveGrowthMb() {
            return (maxLive - before) / MB;
        }

        int samples() {
            return live.size();
        }

        /** Each sample's growth over before, in the order taken. */
        String growths() {
            return live.stream().map(l -> String.format(Locale.ROOT, "%+.1f", (l - before) / MB)).collect(java.util.stream.Collectors.joining(" "));
        }
    }

    private interface Upload {
        void run() throws Exception;
    }

    private record Uploading(CompletableFuture<Double> done) {
    }

    /** Runs the upload on its own thread and answers when it finishes, with its time in seconds. */
    private static Uploading start(Upload upload) {
        CompletableFuture<Double> done = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            long t0 = System.nanoTime();
            try {
                upload.run();
                done.complete((System.nanoTime() - t0) / 1e9);
            } catch (Exception e) {
                done.completeExceptionally(e);
            }
        }, "upload");
        thread.setDaemon(true);
        thread.start();
        return new Uploading(done);
    }

    /** The live heap before, then sampled while {@code upload} runs: forced full GC and live bytes, and the heap used just before each GC. */
    private static Sampled sampled(HeapProbe probe, Upload upload) throws Exception {
        long before = probe.live();
        long[] maxLive = {before};
        long[] maxUsed = {before};
        List<Long> live = new java.util.concurrent.CopyOnWriteArrayList<>();
        Uploading uploading = start(upload);
        ScheduledFuture<?> sampling = SAMPLER.scheduleWithFixedDelay(() -> {
            try {
                maxUsed[0] = Math.max(maxUsed[0], probe.used());
                long now = probe.live();
                maxLive[0] = Math.max(maxLive[0], now);
                live.add(now);
            } catch (Exception e) {
                LOG.warning("A heap sample failed: " + e);
            }
        }, 0, SAMPLE_EVERY.toMillis(), TimeUnit.MILLISECONDS);
        double seconds;
        try {
            seconds = uploading.done().get(5, TimeUnit.MINUTES);
        } finally {
            sampling.cancel(false);
            // the sample under way, if any, finishes before the figures are read
            SAMPLER.submit(() -> { }).get();
        }
        return new Sampled(seconds, List.copyOf(live), before, maxLive[0], maxUsed[0]);
    }

    /** One PDF to upload: its bytes on disk, size and SHA-256. */
    private record Document(Path path, long size, String sha256) {
        static Document of(Path path) throws IOException {
            try (InputStream in = Files.newInputStream(path)) {
                MessageDigest digest = MessageDigest.getInstance("SHA-256");
                byte[] buffer = new byte[1 << 16];
                for (int n; (n = in.read(buffer)) > 0; ) {
                    digest.update(buffer, 0, n);
                }
                return new Document(path, Files.size(path), HexFormat.of().formatHex(digest.digest()));
            } catch (java.security.NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** A small PDF different from every other (its title carries a number), so each upload is a new file. */
    private static Document small(Path files, int number) throws IOException {
        Path path = files.resolve("ladder-safety-" + number + ".pdf");
        UploadPdfs.small(path, "Ladder Safety, sheet " + (number + 1));
        return Document.of(path);
    }

    /** Answer time and upload-to-findings time, both from the moment the upload is sent. */
    private record Timed(double answerSeconds, double findingsSeconds, String status) {
    }

    private Timed throughPortal(Document document) throws Exception {
        PortalSession.Editor editor = portal.openEditor(materialId, LANGUAGE);
        long sent = System.nanoTime();
        upload(editor, document);
        double answered = (System.nanoTime() - sent) / 1e9;
        return findings(document, sent, answered);
    }

    private void upload(PortalSession.Editor editor, Document document) throws Exception {
        HttpResponse<String> answer = portal.upload(editor, document.path(), document.path().getFileName().toString());
        String refusal = PortalSession.refusal(answer);
        if (refusal != null) {
            throw new IllegalStateException("The portal did not take the upload: " + refusal);
        }
    }

    private Timed direct(Document document) throws Exception {
        long sent = System.nanoTime();
        postDirect(document);
        double answered = (System.nanoTime() - sent) / 1e9;
        return findings(document, sent, answered);
    }

    /** The content service's own upload, multipart field {@code file}, streamed from disk with a known length. */
    private void postDirect(Document document) throws Exception {
        String boundary = "bench-" + UUID.randomUUID();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                + document.path().getFileName() + "\"\r\nContent-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII);
        HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(contentApi.resolve("materials/" + materialId
                        + "/versions/" + LANGUAGE + "/file"))
                .timeout(Duration.ofMinutes(5))
                .header("Authorization", "Bearer " + partnerToken)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.concat(HttpRequest.BodyPublishers.ofByteArray(head),
                        HttpRequest.BodyPublishers.ofFile(document.path()), HttpRequest.BodyPublishers.ofByteArray(tail)))
                .build(), HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 202) {
            throw new IllegalStateException("The content service answered " + answer.statusCode() + " to the upload: " + answer.body());
        }
        JsonObject upload = Json.createReader(new StringReader(answer.body())).readObject();
        if (!document.sha256().equals(upload.getString("sha256")) || upload.getJsonNumber("size").longValue() != document.size()) {
            throw new IllegalStateException("The content service stored other bytes: " + upload.getString("sha256") + ", "
                    + upload.getJsonNumber("size") + " bytes");
        }
    }

    private Timed findings(Document document, long sent, double answered) throws Exception {
        JsonObject version = awaitFindings(document, sent);
        double seconds = version.getJsonNumber("benchSeconds").doubleValue();
        String status = version.getJsonObject("extraction").getString("status");
        if (!"DONE".equals(status)) {
            failed = true;
        }
        return new Timed(answered, seconds, status);
    }

    /**
     * Polls the material every 100 ms until its version holds exactly this file (size and SHA-256)
     * and its extraction is no longer pending; the version, with the seconds since {@code sent} in
     * {@code benchSeconds}.
     */
    private JsonObject awaitFindings(Document document, long sent) throws Exception {
        CompletableFuture<JsonObject> found = new CompletableFuture<>();
        AtomicReference<String> seen = new AtomicReference<>("nothing yet");
        ScheduledFuture<?> polling = POLLER.scheduleWithFixedDelay(() -> {
            try {
                JsonObject version = version();
                long at = System.nanoTime();
                JsonObject file = version.getJsonObject("file");
                JsonObject extraction = version.getJsonObject("extraction");
                boolean same = file != null && document.sha256().equals(file.getString("sha256"))
                        && file.getJsonNumber("size").longValue() == document.size();
                seen.set(file == null ? "no file" : file.getString("sha256") + ", " + file.getJsonNumber("size") + " bytes, extraction "
                        + (extraction == null ? "none" : extraction.getString("status")));
                if (same && extraction != null && !"PENDING".equals(extraction.getString("status"))) {
                    found.complete(Json.createObjectBuilder(version).add("benchSeconds", (at - sent) / 1e9).build());
                }
            } catch (Exception e) {
                found.completeExceptionally(e);
            }
        }, 0, POLL.toMillis(), TimeUnit.MILLISECONDS);
        try {
            return found.get(EXTRACTED_WITHIN.toSeconds(), TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            throw new IllegalStateException("Within " + EXTRACTED_WITHIN + " the content API did not show " + document.path().getFileName()
                    + " (" + document.sha256() + ", " + document.size() + " bytes) extracted; it shows " + seen.get());
        } finally {
            polling.cancel(false);
        }
    }

    private JsonObject version() throws Exception {
        JsonObject material = send(contentApi, partnerToken, "GET", "materials/" + materialId, null, 200);
        for (JsonValue version : material.getJsonArray("versions")) {
            if (LANGUAGE.equals(version.asJsonObject().getString("language"))) {
                return version.asJsonObject();
            }
        }
        throw new IllegalStateException("The material has no " + LANGUAGE + " version");
    }

    private static String token(URI api, String username, String password) throws Exception {
        return send(api, null, "POST", "auth/token", Json.createObjectBuilder().add("username", username)
                .add("password", password).build(), 200).getString("token");
    }

    private static JsonObject send(URI api, String token, String method, String path, JsonObject body, int expected) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(api.resolve(path)).timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body.toString()));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> answer = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != expected) {
            throw new IllegalStateException(method + " " + path + " answered " + answer.statusCode() + ": " + answer.body());
        }
        return Json.createReader(new StringReader(answer.body())).readObject();
    }

    /** 24 characters from a secure random source, made for this run only. */
    private static String randomPassword() {
        byte[] bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
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

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }
}
