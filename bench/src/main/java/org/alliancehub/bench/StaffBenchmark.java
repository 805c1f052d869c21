package org.alliancehub.bench;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.logging.Logger;

import jakarta.json.Json;

import org.alliancehub.stack.FreePort;
import org.alliancehub.stack.PayaraMicroServer;
import org.alliancehub.stack.StackFiles;
import org.alliancehub.stack.junit.ContentFixtures;
import org.alliancehub.stack.junit.JsonApi;
import org.alliancehub.stack.junit.RealStack;
import org.alliancehub.stack.junit.RunningStack;

/**
 * Staff pages at program scale: starts PostgreSQL, the content service and the portal, loads
 * alliances (each with an English-and-Spanish and an English-only published material and three
 * outreach reports) through the API, then times the review screen, the annual activity report
 * page and its PDF as a signed-in curator sees them, each beside the content-service calls behind it.
 */
public final class StaffBenchmark {

    private static final Logger LOG = Logger.getLogger(StaffBenchmark.class.getName());

    private StaffBenchmark() {
    }

    private static void print(String format, Object... args) {
        LOG.info(String.format(Locale.ROOT, format, args).strip());
    }

    public static void main(String[] args) throws Exception {
        int alliances = args.length > 0 ? Integer.parseInt(args[0]) : 300;
        int rounds = Integer.getInteger("bench.rounds", 30);
        int warmup = Integer.getInteger("bench.warmup", 10);
        try (RunningStack stack = RunningStack.start(false, RealStack.Service.CONTENT)) {
            ContentFixtures fixtures = new ContentFixtures(stack.sideServicesUrl() + "/content");
            JsonApi admin = fixtures.admin(stack);
            long loading = System.nanoTime();
            String today = LocalDate.now(ZoneOffset.UTC).toString();
            for (int i = 0; i < alliances; i++) {
                String org = ContentFixtures.organization(admin, "Bench union " + i + " " + UUID.randomUUID(), "UNION");
                String alliance = ContentFixtures.alliance(admin, "Bench alliance " + i, org);
                ContentFixtures.publishedMaterial(admin, alliance, "Heat safety " + i, "Water, rest, shade", "Calor " + i, "Agua, descanso, sombra");
                ContentFixtures.publishedMaterial(admin, Json.createObjectBuilder().add("allianceId", alliance).add("type", "POSTER")
                        .add("versions", Json.createArrayBuilder().add(Json.createObjectBuilder().add("language", "en")
                                .add("title", "Ladder safety " + i))).build());
                for (String kind : new String[] {"DISSEMINATION", "SPEECH_OR_EXHIBIT", "TRAINING_DELIVERED"}) {
                    ContentFixtures.require(admin.post("api/outreach-activities", Json.createObjectBuilder().add("allianceId", alliance)
                            .add("kind", kind).add("date", today).add("language", "en").add("peopleReached", 10 + i)
                            .add("description", "Bench outreach").build()), 201);
                }
            }
            double loadSeconds = (System.nanoTime() - loading) / 1e9;
            String submitted = ContentFixtures.require(admin.post("api/materials", Json.createObjectBuilder()
                    .add("allianceId", ContentFixtures.alliance(admin, "Bench review alliance", ContentFixtures.organization(admin,
                            "Bench review union " + UUID.randomUUID(), "UNION"))).add("type", "FACT_SHEET")
                    .add("versions", Json.createArrayBuilder()
                            .add(Json.createObjectBuilder().add("language", "en").add("title", "Trench boxes"))
                            .add(Json.createObjectBuilder().add("language", "es").add("title", "Cajas de zanja"))).build()), 201).getString("id");
            ContentFixtures.require(admin.post("api/materials/" + submitted + "/submit", ""), 200);
            String curator = "bench-curator-" + UUID.randomUUID().toString().substring(0, 8);
            String password = UUID.randomUUID().toString();
            ContentFixtures.require(admin.post("api/accounts", Json.createObjectBuilder().add("username", curator).add("password", password)
                    .add("role", "CURATOR").build()), 201);
            JsonApi api = fixtures.signedIn(curator, password);

            StackFiles files = StackFiles.fromSystemProperty();
            Path work = Path.of(System.getProperty("alliancehub.test.work", "bench/target/staff-work")).toAbsolutePath();
            Map<String, String> config = stack.configForDeploymentUnderTest();
            try (PayaraMicroServer portal = PayaraMicroServer.start(new PayaraMicroServer.Settings(files.payaraMicro(),
                    List.of(new PayaraMicroServer.Deployment(files.require(StackFiles.WEB_UI), "/")), FreePort.find(), config, Map.of(),
                    RunningStack.jvmOptions(), work.resolve("portal"), List.of("/account/sign-in"), Duration.ofSeconds(180)))) {
                PortalSession session = new PortalSession(URI.create(portal.url() + "/"));
                session.signIn(curator, password);
                int fy = LocalDate.now(ZoneOffset.UTC).getMonthValue() >= 10 ? LocalDate.now(ZoneOffset.UTC).getYear() + 1
                        : LocalDate.now(ZoneOffset.UTC).getYear();
                print("Loaded %d alliances (%d published materials, %d outreach reports) through the API in %.1f s",
                        alliances, 2 * alliances, 3 * alliances, loadSeconds);
                print("%-36s %12s %12s %12s %12s %8s", "measurement (" + rounds + " requests each)", "page median",
                        "page p95", "API median", "API p95", "ratio");
                row("review screen /staff/review?id=", rounds, warmup,
                        () -> session.bytes("staff/review?id=" + submitted + "&lang=en").length,
                        () -> api.get("api/materials/" + submitted).body().length() + api.get("api/materials/" + submitted + "/history").body().length());
                row("annual report page (" + alliances + ")", rounds, warmup,
                        () -> session.bytes("staff/reports/annual-activity?fy=" + fy + "&lang=en").length,
                        () -> api.get("api/reports/annual-activity?fiscalYear=" + fy).body().length());
                byte[] pdf = session.bytes("staff/reports/export?report=annual-activity&format=pdf&fy=" + fy + "&lang=en");
                row("annual report PDF (" + pdf.length / 1024 + " KB)", rounds, warmup,
                        () -> session.bytes("staff/reports/export?report=annual-activity&format=pdf&fy=" + fy + "&lang=en").length,
                        () -> api.get("api/reports/annual-activity?fiscalYear=" + fy).body().length());
            }
        }
    }

    private static void row(String what, int rounds, int warmup, Callable<Integer> page, Callable<Integer> baseline) throws Exception {
        Latencies pageTimes = time(page, rounds, warmup);
        Latencies apiTimes = time(baseline, rounds, warmup);
        print("%-36s %9.1f ms %9.1f ms %9.1f ms %9.1f ms %7.1fx", what, pageTimes.median(), pageTimes.p95(), apiTimes.median(),
                apiTimes.p95(), pageTimes.median() / apiTimes.median());
    }

    /** Sequential requests, one client: the time a single reader waits. */
    private static Latencies time(Callable<Integer> request, int rounds, int warmup) throws Exception {
        for (int i = 0; i < warmup; i++) {
            request.call();
        }
        List<Double> millis = new ArrayList<>();
        long start = System.nanoTime();
        for (int i = 0; i < rounds; i++) {
            long t = System.nanoTime();
            if (request.call() <= 0) {
                throw new IllegalStateException(request + " answered nothing");
            }
            millis.add((System.nanoTime() - t) / 1e6);
        }
        return new Latencies(millis, (System.nanoTime() - start) / 1e9);
    }
}
