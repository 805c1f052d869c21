package org.alliancehub.bench;

import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.alliancehub.content.infrastructure.extraction.tika.TikaTextExtractor;
import org.alliancehub.stack.ConfigNames;
import org.alliancehub.stack.FreePort;
import org.alliancehub.stack.PayaraMicroServer;
import org.alliancehub.stack.PostgresServer;
import org.alliancehub.stack.ServiceSecrets;
import org.alliancehub.stack.StackFiles;
import org.alliancehub.stack.junit.ContentFixtures;
import org.alliancehub.stack.junit.JsonApi;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;

/**
 * Ingest throughput, end to end (multipart upload → type detection → content-addressed storage →
 * Tika extraction on the managed executor → stored in PostgreSQL), beside raw Tika parsing the
 * same files with the same number of threads, in the same run. Also times the uploads and a
 * concurrent read while extraction runs, to show that no request waits for extraction.
 */
public final class IngestBenchmark {

    private static final int THREADS = 2;
    /** Rounds before the measured one, on both sides, so that the JIT has compiled the parsers. */
    private static final int WARM_UP_ROUNDS = Integer.getInteger("bench.warmup.rounds", 8);
    /** Sizes of a typical fact sheet or toolbox talk (a few pages); {@code bench.scale} makes manuals of them. */
    private static final int SCALE = Integer.getInteger("bench.scale", 1);
    private static final int PDF_PAGES = 8 * SCALE;
    private static final int DOCX_PARAGRAPHS = 160 * SCALE;
    private static final String[] PARAGRAPHS = {
            "Falls from mobile equipment happen most often while climbing on or off. Keep three points of contact, face the machine and never jump from the last step.",
            "Silica dust at crushers and screens is controlled first with water sprays, enclosed cabs with filtered air and local exhaust ventilation.",
            "Las caídas desde equipo móvil ocurren sobre todo al subir o bajar. Mantenga tres puntos de contacto y nunca salte desde el último peldaño.",
            "Heat illness is preventable: water every fifteen minutes, rest in the shade, and time for new workers to acclimatize.",
            "Employers are responsible for providing a safe and healthful workplace and workers have rights."};

    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(IngestBenchmark.class.getName());

    /** One line of the benchmark's report (the root logger's format prints the message alone). */
    private static void report(String format, Object... args) {
        LOG.info(String.format(Locale.ROOT, format, args).strip());
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("java.util.logging.SimpleFormatter.format", "%5$s%6$s%n");
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 120;
        List<byte[]> documents = documents(count);
        long totalBytes = documents.stream().mapToLong(d -> d.length).sum();
        report("Corpus: %d documents (half PDF of %d pages, half DOCX of %d paragraphs), %.1f MB%n",
                count, PDF_PAGES, DOCX_PARAGRAPHS, totalBytes / 1e6);

        // both sides are measured warm: raw Tika at its best of WARM_UP_ROUNDS + 1 passes, the
        // service after WARM_UP_ROUNDS rounds of the same uploads
        RawPass raw = null;
        for (int pass = 0; pass <= WARM_UP_ROUNDS; pass++) {
            RawPass next = rawTika(documents);
            raw = raw == null || next.rate() > raw.rate() ? next : raw;
        }

        Path work = Files.createTempDirectory("alliancehub-bench");
        StackFiles files = StackFiles.fromSystemProperty();
        ServiceSecrets secrets = ServiceSecrets.generate();
        try (PostgresServer postgres = PostgresServer.start(work.resolve("postgres"), 0, true)) {
            int port = FreePort.find();
            Map<String, String> config = new java.util.LinkedHashMap<>();
            config.put(ConfigNames.DATABASE_URL, postgres.jdbcUrl());
            config.put(ConfigNames.DATABASE_USER, postgres.user());
            config.put(ConfigNames.DATABASE_PASSWORD, postgres.password());
            config.put(ConfigNames.FILES_DIR, work.resolve("files").toString());
            config.put("alliancehub.extraction.concurrency", Integer.toString(THREADS));
            config.putAll(secrets.config());
            try (PayaraMicroServer payara = PayaraMicroServer.start(new PayaraMicroServer.Settings(files.payaraMicro(),
                    List.of(new PayaraMicroServer.Deployment(files.require(StackFiles.CONTENT_SERVICE), "/content")),
                    port, config, Map.of(), payaraJvmOptions(), work.resolve("payara"),
                    List.of("/content/api/changes?limit=1"), Duration.ofMinutes(3)))) {
                String content = payara.url() + "/content";
                CpuMeter cpu = new CpuMeter(payara.pid(), postgres.port());
                JsonApi admin = new ContentFixtures(content).signedIn("admin", secrets.adminPassword());
                for (int round = 1; round <= WARM_UP_ROUNDS; round++) {
                    endToEnd(admin, documents, raw, cpu, "warm-up " + round);
                }
                endToEnd(admin, documents, raw, cpu, "measured");
            }
        }
    }

    /** -Xmx1g, plus {@code bench.payara.jvm} (e.g. a flight recording) for profiling runs. */
    private static List<String> payaraJvmOptions() {
        List<String> options = new ArrayList<>(List.of("-Xmx1g"));
        for (String option : System.getProperty("bench.payara.jvm", "").split("\\s+")) {
            if (!option.isBlank()) {
                options.add(option);
            }
        }
        return options;
    }

    /** One raw Tika pass: documents per second, and CPU per document. */
    record RawPass(double rate, double cpuMillisPerDocument) {
    }

    /**
     * Raw Tika: parse every file with the same parser, parser settings and text handler as the
     * service, THREADS at a time.
     */
    static RawPass rawTika(List<byte[]> documents) throws Exception {
        AutoDetectParser parser = new AutoDetectParser();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        Duration cpuBefore = ProcessHandle.current().info().totalCpuDuration().orElse(Duration.ZERO);
        long start = System.nanoTime();
        List<Future<Integer>> results = new ArrayList<>();
        for (byte[] document : documents) {
            results.add(pool.submit(() -> {
                BodyContentHandler handler = new BodyContentHandler(5_000_000);
                try (TikaInputStream in = TikaInputStream.get(new ByteArrayInputStream(document))) {
                    parser.parse(in, handler, new Metadata(), TikaTextExtractor.parseContext(parser));
                }
                return handler.toString().length();
            }));
        }
        long characters = 0;
        for (Future<Integer> result : results) {
            characters += result.get();
        }
        pool.shutdown();
        double seconds = (System.nanoTime() - start) / 1e9;
        double rate = documents.size() / seconds;
        double cpuPerDocument = ProcessHandle.current().info().totalCpuDuration().orElse(Duration.ZERO)
                .minus(cpuBefore).toNanos() / 1e6 / documents.size();
        report("Raw Tika (%d threads):   %6.1f documents/s  (%.2f s, %,d characters; CPU %.1f ms/document)%n",
                THREADS, rate, seconds, characters, cpuPerDocument);
        return new RawPass(rate, cpuPerDocument);
    }

    static void endToEnd(JsonApi admin, List<byte[]> documents, RawPass raw, CpuMeter cpu, String round) throws Exception {
        String union = ContentFixtures.organization(admin, "Bench union", "UNION");
        String alliance = ContentFixtures.alliance(admin, "Bench alliance", union);
        List<String> materials = new ArrayList<>();
        for (int i = 0; i < documents.size(); i++) {
            materials.add(ContentFixtures.require(admin.post("api/materials", Json.createObjectBuilder()
                    .add("allianceId", alliance).add("type", "FACT_SHEET")
                    .add("versions", Json.createArrayBuilder().add(Json.createObjectBuilder().add("language", "en").add("title", "Doc " + i)))
                    .build()), 201).getString("id"));
        }
        List<Long> uploadMillis = Collections.synchronizedList(new ArrayList<>());
        List<Long> readMillis = Collections.synchronizedList(new ArrayList<>());
        ExecutorService clients = Executors.newFixedThreadPool(THREADS);
        AtomicInteger next = new AtomicInteger();
        JsonObject before = ContentFixtures.require(admin.get("api/extractions"), 200);
        long finishedBefore = before.getJsonNumber("finished").longValue();
        long failedBefore = before.getJsonNumber("failed").longValue();
        Map<String, Duration> cpuBefore = cpu.read();
        Map<String, Duration> threadsBefore = cpu.readServiceThreads();
        Instant started = Instant.now();
        long start = System.nanoTime();
        List<Future<?>> uploads = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            uploads.add(clients.submit(() -> {
                for (int i; (i = next.getAndIncrement()) < documents.size(); ) {
                    long t0 = System.nanoTime();
                    JsonApi.Reply reply = admin.postFile("api/materials/" + materials.get(i) + "/versions/en/file", "file",
                            "doc-" + i + (i % 2 == 0 ? ".pdf" : ".docx"), documents.get(i));
                    uploadMillis.add((System.nanoTime() - t0) / 1_000_000);
                    if (reply.status() != 202) {
                        throw new IllegalStateException("Upload failed: " + reply.status() + " " + reply.body());
                    }
                }
                return null;
            }));
        }
        clients.shutdown();
        // While the uploads go on and until every extraction is recorded: time a read and look at
        // the service's extraction status, ten times a second. The polls stay light so that they
        // do not take the CPU the service extracts with; the end is the service's own time of the
        // last recorded extraction.
        AtomicReference<JsonObject> last = new AtomicReference<>();
        AtomicLong uploadsDone = new AtomicLong();
        await().atMost(Duration.ofMinutes(30)).pollInSameThread().pollDelay(Duration.ofMillis(100))
                .pollInterval(Duration.ofMillis(100)).until(() -> {
                    long t0 = System.nanoTime();
                    admin.get("api/alliances?size=1");
                    readMillis.add((System.nanoTime() - t0) / 1_000_000);
                    JsonObject status = ContentFixtures.require(admin.get("api/extractions"), 200);
                    last.set(status);
                    if (clients.isTerminated()) {
                        uploadsDone.compareAndSet(0, System.nanoTime());
                    }
                    return clients.isTerminated() && status.getJsonNumber("finished").longValue() - finishedBefore >= documents.size();
                });
        JsonObject status = last.get();
        double uploadSeconds = (uploadsDone.get() - start) / 1e9;
        for (Future<?> upload : uploads) {
            upload.get();
        }
        Instant finished = OffsetDateTime.parse(status.getString("lastFinishedAt")).toInstant();
        long failed = status.getJsonNumber("failed").longValue() - failedBefore;
        long done = documents.size() - failed;
        double seconds = Duration.between(started, finished).toNanos() / 1e9;
        Map<String, Duration> cpuUsed = CpuMeter.between(cpuBefore, cpu.read());
        Map<String, Duration> threadsUsed = CpuMeter.between(threadsBefore, cpu.readServiceThreads());
        double rate = materials.size() / seconds;
        report("End to end, %s (%d uploaders, %d extraction threads): %6.1f documents/s  (%.2f s; uploads answered in %.2f s; %d extracted, %d failed)%n",
                round, THREADS, THREADS, rate, seconds, uploadSeconds, done, failed);
        if (!round.equals("measured")) {
            return;
        }
        report("Upload answer time:   median %d ms, p95 %d ms (the answer does not wait for extraction)%n",
                percentile(uploadMillis, 50), percentile(uploadMillis, 95));
        report("Read during ingest:   median %d ms, p95 %d ms (GET /alliances)%n",
                percentile(readMillis, 50), percentile(readMillis, 95));
        StringBuilder cpuReport = new StringBuilder();
        cpuUsed.forEach((part, used) -> cpuReport.append(String.format(Locale.ROOT, "%s %.1f, ", part, used.toNanos() / 1e6 / documents.size())));
        report("CPU per document (ms): %sagainst raw Tika's %.1f (its best pass); the round's polling and reads included%n",
                cpuReport, raw.cpuMillisPerDocument());
        if (!threadsUsed.isEmpty()) {
            StringBuilder threadReport = new StringBuilder();
            threadsUsed.forEach((kind, used) -> threadReport.append(String.format(Locale.ROOT, "%s %.1f, ", kind, used.toNanos() / 1e6 / documents.size())));
            report("Service CPU per document by thread (ms): %s(extraction beside raw Tika's %.1f)%n",
                    threadReport, raw.cpuMillisPerDocument());
        }
        double ratio = rate / raw.rate();
        report("Ratio end to end / raw Tika: %.0f%% (target: at least 70%%) %s%n",
                ratio * 100, ratio >= 0.7 ? "MET" : "NOT MET");
    }

    static long percentile(List<Long> values, int p) {
        if (values.isEmpty()) {
            return 0;
        }
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }

    /** Half PDFs, half DOCX, all different. */
    static List<byte[]> documents(int count) throws IOException {
        List<byte[]> documents = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            documents.add(i % 2 == 0 ? pdf(i) : docx(i));
        }
        return documents;
    }

    /**
     * Made like a published fact sheet: the font subset embedded (as word processors export it,
     * so accents are kept) and a picture on each page.
     */
    private static byte[] pdf(int seed) throws IOException {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream();
             java.io.InputStream fontFile = PDDocument.class.getResourceAsStream("/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf")) {
            PDType0Font font = PDType0Font.load(document, fontFile);
            PDImageXObject picture = LosslessFactory.createFromImage(document, picture(seed));
            for (int page = 0; page < PDF_PAGES; page++) {
                PDPage p = new PDPage();
                document.addPage(p);
                try (PDPageContentStream content = new PDPageContentStream(document, p)) {
                    content.drawImage(picture, 40, 620, 160, 120);
                    content.beginText();
                    content.setFont(font, 10);
                    content.newLineAtOffset(40, 600);
                    for (int line = 0; line < 40; line++) {
                        String text = PARAGRAPHS[(seed + page + line) % PARAGRAPHS.length];
                        content.showText(text.substring(0, Math.min(95, text.length())) + " " + seed);
                        content.newLineAtOffset(0, -14);
                    }
                    content.endText();
                }
            }
            document.save(out);
            return out.toByteArray();
        }
    }

    /** A small pictogram: a coloured panel with a figure on a ladder, different for each document. */
    private static java.awt.image.BufferedImage picture(int seed) {
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(320, 240, java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = image.createGraphics();
        try {
            g.setColor(new java.awt.Color(0xF2C200 ^ ((seed * 40503) & 0x3F3F3F)));
            g.fillRect(0, 0, 320, 240);
            g.setColor(java.awt.Color.BLACK);
            g.setStroke(new java.awt.BasicStroke(6));
            g.drawLine(120, 220, 180, 20);
            g.drawLine(170, 220, 230, 20);
            for (int rung = 0; rung < 6; rung++) {
                int y = 200 - rung * 32;
                g.drawLine(126 + rung * 9, y, 176 + rung * 9, y);
            }
            g.fillOval(60 + seed % 40, 60, 40, 40);
        } finally {
            g.dispose();
        }
        return image;
    }

    private static byte[] docx(int seed) throws IOException {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (int p = 0; p < DOCX_PARAGRAPHS; p++) {
                document.createParagraph().createRun().setText(PARAGRAPHS[(seed + p) % PARAGRAPHS.length] + " " + seed);
            }
            document.write(out);
            return out.toByteArray();
        }
    }

}
