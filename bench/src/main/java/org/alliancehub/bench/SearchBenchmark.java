package org.alliancehub.bench;

import static org.awaitility.Awaitility.await;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;

import org.alliancehub.search.application.Folding;
import org.alliancehub.search.application.SearchQuery;
import org.alliancehub.search.application.glossary.Glossary;
import org.alliancehub.search.infrastructure.elasticsearch.IndexLayout;
import org.alliancehub.search.infrastructure.elasticsearch.SearchRequestFactory;
import org.alliancehub.stack.HttpProbe;
import org.alliancehub.stack.junit.ContentFixtures;
import org.alliancehub.stack.junit.JsonApi;
import org.alliancehub.stack.junit.RealStack;
import org.alliancehub.stack.junit.RunningStack;

import co.elastic.clients.json.JsonpUtils;
import co.elastic.clients.json.SimpleJsonpMapper;

/**
 * Search latency and throughput of the search API beside the very same Elasticsearch request sent
 * straight to the node, in one run: the request the API builds for a query (same factory, same
 * glossary expansion) is serialized and posted to {@code _search} over HTTP, and the API is
 * asked the same query through {@code GET /search/api/search}. Then freshness: the time from a
 * curator's publish answer to the material being found through the API.
 *
 * <p>The corpus (default 20,000 language versions: 10,000 materials in English and Spanish with
 * about 1,200 characters of text each) is bulk-loaded into the live index directly, shaped as the
 * indexer writes it: loading it through the content service would take most of an hour here and
 * measure ingestion, not search.
 */
public final class SearchBenchmark {

    private static final Logger LOG = Logger.getLogger(SearchBenchmark.class.getName());
    private static final int SECONDS = Integer.getInteger("bench.seconds", 20);
    /**
     * Long enough for the JIT: after 30 s per target the search service still used 3.3 ms of CPU
     * per search, after 120 s 1.6 ms, and the API / direct figures measured the compiler, not the
     * service (bench/README.md).
     */
    private static final int WARM_UP_SECONDS = Integer.getInteger("bench.warmup", 120);
    private static final int[] CLIENTS = {1, 4, 8};
    private static final int FRESHNESS_SAMPLES = Integer.getInteger("bench.freshness", 30);

    /** What workers and employers type: English and Spanish, with and without accents. */
    private static final String[][] QUERIES = {
            {"fall protection", "en"}, {"silica dust", "en"}, {"heat illness", "en"}, {"trench collapse", "en"},
            {"ladder", "en"}, {"scaffold inspection", "en"}, {"forklift", "en"}, {"hearing protection", "en"},
            {"respirator fit test", "en"}, {"lockout", "en"}, {"confined space entry", "en"}, {"electrical hazards", "en"},
            {"crane", "en"}, {"haul truck", "en"}, {"conveyor guarding", "en"}, {"noise", "en"}, {"lead exposure", "en"},
            {"welding fumes", "en"}, {"worker rights", "en"}, {"roofing", "en"},
            {"caídas", "es"}, {"proteccion contra caidas", "es"}, {"sílice", "es"}, {"calor", "es"}, {"zanjas", "es"},
            {"escaleras", "es"}, {"andamios", "es"}, {"montacargas", "es"}, {"protección auditiva", "es"},
            {"respirador", "es"}, {"espacio confinado", "es"}, {"electricidad", "es"}, {"grua", "es"}, {"ruido", "es"},
            {"plomo", "es"}, {"soldadura", "es"}, {"polvo", "es"}, {"camión de acarreo", "es"},
            {"derechos de los trabajadores", "es"}, {"techos", "es"}};

    private static final String[][] TOPICS = {
            {"falls", "Fall protection", "Protección contra caídas"}, {"ladders", "Ladder safety", "Seguridad con escaleras"},
            {"scaffolds", "Scaffold safety", "Seguridad en andamios"}, {"trenching", "Trench safety", "Seguridad en zanjas"},
            {"heat", "Heat illness prevention", "Prevención de enfermedades por calor"},
            {"silica", "Silica dust control", "Control del polvo de sílice"}, {"noise", "Hearing protection", "Protección auditiva"},
            {"electrical", "Electrical hazards", "Peligros eléctricos"}, {"forklifts", "Forklift operation", "Operación de montacargas"},
            {"cranes", "Crane and rigging safety", "Seguridad con grúas y aparejos"},
            {"confined spaces", "Confined space entry", "Entrada a espacios confinados"},
            {"respirators", "Respirator use", "Uso de respiradores"}, {"lockout", "Lockout/tagout", "Bloqueo y etiquetado"},
            {"mining haulage", "Haul truck safety", "Seguridad con camiones de acarreo"},
            {"conveyors", "Conveyor guarding", "Protección de bandas transportadoras"}, {"lead", "Lead exposure", "Exposición al plomo"},
            {"welding", "Welding fumes", "Humos de soldadura"}, {"worker rights", "Worker rights", "Derechos de los trabajadores"},
            {"roofing", "Roofing work", "Trabajo en techos"}, {"chemicals", "Hazard communication", "Comunicación de peligros"}};
    private static final String[] FORMS_EN = {"for construction workers", "on mine sites", "for supervisors", "quick card",
            "toolbox talk", "checklist", "for small employers", "in warehouses", "at road work zones", "for young workers"};
    private static final String[] FORMS_ES = {"para trabajadores de la construcción", "en las minas", "para supervisores",
            "tarjeta rápida", "charla de seguridad", "lista de verificación", "para pequeños empleadores", "en almacenes",
            "en zonas de obras viales", "para trabajadores jóvenes"};
    private static final String[] SENTENCES_EN = {
            "Fall protection is required at six feet in construction; use guardrails, safety nets or personal fall arrest systems.",
            "Inspect ladders before each use and keep three points of contact while climbing.",
            "Competent persons inspect scaffolds before each shift and after anything that could affect their structure.",
            "Trenches five feet deep or more need a protective system: sloping, shoring or a trench box.",
            "Water, rest and shade prevent heat illness; new workers need time to build tolerance.",
            "Control silica dust with water sprays and vacuum dust collection; respirators come when controls are not enough.",
            "Hearing protection is needed where noise reaches 85 decibels averaged over a shift.",
            "Only trained and authorized operators drive forklifts, with the seat belt fastened.",
            "Lock out and tag out energy sources before servicing machines.",
            "Test the atmosphere before entering a confined space and keep an attendant outside.",
            "Haul truck drivers check blind spots and berms, and keep safe distances from edges.",
            "Guard conveyor pinch points and never clean a moving belt.",
            "Workers have the right to a safe workplace and to report hazards without retaliation.",
            "Employers must train workers in a language and vocabulary they understand."};
    private static final String[] SENTENCES_ES = {
            "La protección contra caídas es obligatoria a seis pies en la construcción; use barandas, redes o sistemas personales de detención de caídas.",
            "Inspeccione las escaleras antes de cada uso y mantenga tres puntos de contacto al subir.",
            "Una persona competente inspecciona los andamios antes de cada turno.",
            "Las zanjas de cinco pies o más necesitan un sistema de protección: taludes, apuntalamiento o una caja de zanja.",
            "Agua, descanso y sombra previenen las enfermedades por calor; los trabajadores nuevos necesitan aclimatarse.",
            "Controle el polvo de sílice con agua y aspiración; los respiradores se usan cuando los controles no bastan.",
            "Se necesita protección auditiva donde el ruido llega a 85 decibeles en promedio durante el turno.",
            "Solo operadores capacitados y autorizados manejan montacargas, con el cinturón abrochado.",
            "Bloquee y etiquete las fuentes de energía antes de dar servicio a las máquinas.",
            "Pruebe la atmósfera antes de entrar a un espacio confinado y mantenga un vigilante afuera.",
            "Los conductores de camiones de acarreo revisan los puntos ciegos y los bordos.",
            "Proteja los puntos de atrapamiento de las bandas transportadoras y nunca limpie una banda en movimiento.",
            "Los trabajadores tienen derecho a un lugar de trabajo seguro y a reportar peligros sin represalias.",
            "Los empleadores deben capacitar a los trabajadores en un idioma y vocabulario que entiendan."};

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private SearchBenchmark() {
    }

    private static void report(String format, Object... args) {
        LOG.info(String.format(Locale.ROOT, format, args).strip());
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("java.util.logging.SimpleFormatter.format", "%5$s%6$s%n");
        int versions = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        try (RunningStack stack = RunningStack.start(true, RealStack.Service.CONTENT, RealStack.Service.SEARCH)) {
            String searchApi = stack.sideServicesUrl() + "/search/api/";
            String elasticsearch = stack.elasticsearchUrl();
            String liveIndex = awaitLiveIndex(searchApi);
            long started = System.nanoTime();
            load(elasticsearch, liveIndex, versions);
            report("Corpus: %d language versions bulk-loaded into %s in %.1f s", versions, liveIndex, seconds(started));

            Glossary glossary = bundledGlossary();
            SearchRequestFactory requests = new SearchRequestFactory();
            List<Target> plain = new ArrayList<>();
            // the full request less one part at a time: where its cost is
            List<Target> withoutHighlights = new ArrayList<>();
            List<Target> withoutFacets = new ArrayList<>();
            List<Target> withoutAlternatives = new ArrayList<>();
            List<Target> direct = new ArrayList<>();
            List<Target> api = new ArrayList<>();
            for (String[] query : QUERIES) {
                SearchQuery search = new SearchQuery(query[0], query[1], SearchQuery.Filters.NONE, null, 1, 10);
                // as the API asks it: the glossary's alternatives and its spelling of a term typed with typos
                String respelled = glossary.corrected(query[0]).filter(c -> !Folding.fold(c).equals(Folding.fold(query[0]))).orElse(null);
                String body = JsonpUtils.toJsonString(requests.build(search, glossary.alternativesFor(query[0], 12), respelled,
                        SearchQuery.Words.MOST), new SimpleJsonpMapper());
                direct.add(post(elasticsearch, body));
                plain.add(post(elasticsearch, plainQuery(query[0]).toString()));
                // ten hits, as the portal's results page asks and the direct request carries (the API's own default is 20)
                api.add(new Target(HttpRequest.newBuilder(URI.create(searchApi + "search?q="
                        + URLEncoder.encode(query[0], StandardCharsets.UTF_8) + "&lang=" + query[1] + "&size=10")).GET().build()));
                JsonObject full = Json.createReader(new java.io.StringReader(body)).readObject();
                withoutHighlights.add(post(elasticsearch, Json.createObjectBuilder(full).remove("highlight").build().toString()));
                withoutFacets.add(post(elasticsearch, Json.createObjectBuilder(full).remove("aggregations").build().toString()));
                withoutAlternatives.add(post(elasticsearch, JsonpUtils.toJsonString(requests.build(search, List.of(), respelled,
                        SearchQuery.Words.MOST), new SimpleJsonpMapper())));
            }
            report("Each query: multi-match over title, summary, text (folded, English, Spanish), glossary alternative, "
                    + "language preference, one hit per material, 10 hits with highlights, 9 facets and the material count "
                    + "(typos forgiven and the spelling suggester only when the words find fewer than 10)");
            report("Plain (baseline): multi-match over the folded, English and Spanish title, summary and text, "
                    + "most words, 10 hits, no highlights, one facet");
            report("Warm-up: %d s each", WARM_UP_SECONDS);
            measure(plain, 4, WARM_UP_SECONDS);
            measure(direct, 4, WARM_UP_SECONDS);
            measure(api, 4, WARM_UP_SECONDS);

            report("%n%-8s %-8s %10s %10s %12s", "clients", "target", "median ms", "p95 ms", "requests/s");
            Latencies[] plainResults = new Latencies[CLIENTS.length];
            Latencies[] directResults = new Latencies[CLIENTS.length];
            Latencies[] apiResults = new Latencies[CLIENTS.length];
            StackProcesses processes = new StackProcesses(Path.of(System.getProperty("alliancehub.test.work")));
            Map<String, Double> directCpu = Map.of();
            Map<String, Double> apiCpu = Map.of();
            for (int i = 0; i < CLIENTS.length; i++) {
                plainResults[i] = measure(plain, CLIENTS[i], SECONDS);
                Map<String, Duration> before = processes.cpu();
                directResults[i] = measure(direct, CLIENTS[i], SECONDS);
                Map<String, Duration> between = processes.cpu();
                apiResults[i] = measure(api, CLIENTS[i], SECONDS);
                Map<String, Duration> after = processes.cpu();
                if (CLIENTS[i] == 4) {
                    directCpu = perSearch(before, between, directResults[i]);
                    apiCpu = perSearch(between, after, apiResults[i]);
                }
                report("%-8d %-8s %10.1f %10.1f %12.1f", CLIENTS[i], "plain", plainResults[i].median(), plainResults[i].p95(),
                        plainResults[i].throughput());
                report("%-8d %-8s %10.1f %10.1f %12.1f", CLIENTS[i], "direct", directResults[i].median(), directResults[i].p95(),
                        directResults[i].throughput());
                report("%-8d %-8s %10.1f %10.1f %12.1f", CLIENTS[i], "API", apiResults[i].median(), apiResults[i].p95(),
                        apiResults[i].throughput());
            }
            double directPeak = 0;
            double apiPeak = 0;
            for (int i = 0; i < CLIENTS.length; i++) {
                directPeak = Math.max(directPeak, directResults[i].throughput());
                apiPeak = Math.max(apiPeak, apiResults[i].throughput());
            }
            report("");
            for (int i = 0; i < 2; i++) {
                report("Full direct / plain at %d client(s): median %.2f, p95 %.2f (target at most 1.5 each)", CLIENTS[i],
                        directResults[i].median() / plainResults[i].median(), directResults[i].p95() / plainResults[i].p95());
            }
            report("%nThe full direct request less one part, at 1 client:");
            report("%-26s %10s %10s", "left out", "median ms", "p95 ms");
            for (var part : List.of(java.util.Map.entry("without highlights", withoutHighlights),
                    java.util.Map.entry("without facets and count", withoutFacets),
                    java.util.Map.entry("without glossary terms", withoutAlternatives))) {
                Latencies less = measure(part.getValue(), 1, SECONDS);
                report("%-26s %10.1f %10.1f", part.getKey(), less.median(), less.p95());
            }
            report("%nCPU per search at 4 clients, ms (both cores count; the benchmark client's own time is not in these):");
            report("%-22s %10s %10s", "process", "direct", "API");
            for (String process : apiCpu.keySet()) {
                report("%-22s %10.2f %10.2f", process, directCpu.getOrDefault(process, 0.0), apiCpu.get(process));
            }
            int four = 1;
            report("API median / direct median at 4 clients: %.2f (target at most 1.15)",
                    apiResults[four].median() / directResults[four].median());
            report("API peak / direct peak throughput: %.0f / %.0f requests/s = %.0f%% (target at least 85%%)",
                    apiPeak, directPeak, 100 * apiPeak / directPeak);

            freshness(stack, searchApi);
        }
    }

    private record Target(HttpRequest request) {
    }

    /** Each process's CPU between two readings over the searches answered meanwhile, in ms per search. */
    private static Map<String, Double> perSearch(Map<String, Duration> before, Map<String, Duration> after, Latencies searches) {
        Map<String, Double> perSearch = new java.util.TreeMap<>();
        after.forEach((process, total) -> perSearch.put(process,
                total.minus(before.getOrDefault(process, Duration.ZERO)).toNanos() / 1e6 / searches.millis().size()));
        return perSearch;
    }

    private static Target post(String elasticsearch, String body) {
        return new Target(HttpRequest.newBuilder(URI.create(elasticsearch + "/" + IndexLayout.ALIAS + "/_search"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    /**
     * The careful plain query the full one is measured against: the words over the folded,
     * English and Spanish title, summary and text as one field, most of them required, ten hits
     * without the extracted text, the total, and one facet; no glossary, typos, highlights,
     * collapse or suggestions.
     */
    static JsonObject plainQuery(String text) {
        return Json.createObjectBuilder()
                .add("size", 10)
                .add("track_total_hits", true)
                .add("_source", Json.createObjectBuilder().add("excludes", Json.createArrayBuilder().add("text")))
                .add("query", Json.createObjectBuilder().add("bool", Json.createObjectBuilder()
                        .add("must", Json.createObjectBuilder().add("multi_match", Json.createObjectBuilder()
                                .add("query", text).add("type", "cross_fields").add("minimum_should_match", "2<75%")
                                .add("fields", Json.createArrayBuilder().add("title^4").add("title.en^3").add("title.es^3")
                                        .add("summary^1.5").add("summary.en").add("summary.es")
                                        .add("text").add("text.en^0.8").add("text.es^0.8"))))
                        .add("filter", Json.createObjectBuilder().add("term", Json.createObjectBuilder().add("kind", "material")))))
                .add("aggs", Json.createObjectBuilder().add("type", Json.createObjectBuilder()
                        .add("terms", Json.createObjectBuilder().add("field", "type").add("size", 15))))
                .build();
    }

    /** {@code clients} threads ask the targets round-robin for {@code seconds}; every answer must be 200. */
    private static Latencies measure(List<Target> targets, int clients, int seconds) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        List<Future<List<Double>>> futures = new ArrayList<>();
        long start = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            int offset = c * 7;
            futures.add(pool.submit(() -> {
                List<Double> latencies = new ArrayList<>();
                int i = offset;
                while (System.nanoTime() < end) {
                    Target target = targets.get(i++ % targets.size());
                    long t0 = System.nanoTime();
                    HttpResponse<byte[]> response = HTTP.send(target.request(), HttpResponse.BodyHandlers.ofByteArray());
                    latencies.add((System.nanoTime() - t0) / 1e6);
                    if (response.statusCode() != 200) {
                        throw new IllegalStateException(target.request().uri() + " answered " + response.statusCode() + ": "
                                + new String(response.body(), StandardCharsets.UTF_8));
                    }
                }
                return latencies;
            }));
        }
        List<Double> all = new ArrayList<>();
        for (Future<List<Double>> future : futures) {
            all.addAll(future.get());
        }
        double elapsed = seconds(start);
        pool.shutdown();
        return new Latencies(all, elapsed);
    }

    /** Publishes materials one by one and times each from the publish answer until the API finds it. */
    private static void freshness(RunningStack stack, String searchApi) throws Exception {
        JsonApi content = new ContentFixtures(stack.sideServicesUrl() + "/content").admin(stack);
        String union = ContentFixtures.organization(content, "Benchmark Union", "UNION");
        String alliance = ContentFixtures.alliance(content, "Freshness alliance", union);
        JsonApi search = new JsonApi(searchApi);
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < FRESHNESS_SAMPLES; i++) {
            String marker = "fresh" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
            String id = ContentFixtures.require(content.post("api/materials", Json.createObjectBuilder()
                    .add("allianceId", alliance).add("type", "FACT_SHEET")
                    .add("versions", Json.createArrayBuilder().add(Json.createObjectBuilder().add("language", "en")
                            .add("title", "Heat stress checklist " + marker).add("summary", "Water, rest, shade.")))
                    .build()), 201).getString("id");
            ContentFixtures.require(content.post("api/materials/" + id + "/submit", ""), 200);
            ContentFixtures.require(content.post("api/materials/" + id + "/review", ""), 200);
            ContentFixtures.require(content.post("api/materials/" + id + "/publish", ""), 200);
            long published = System.nanoTime();
            // a fine poll: its interval bounds the error of each figure
            await().atMost(Duration.ofSeconds(60)).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(20))
                    .until(() -> search.get("search?q=" + marker).body().contains(id));
            millis.add((System.nanoTime() - published) / 1e6);
        }
        Latencies result = new Latencies(millis, 1);
        report("%nFreshness over %d publishes (publish answer → found by the API): median %.0f ms, p95 %.0f ms (target p95 at most 1200)",
                millis.size(), result.median(), result.p95());
    }

    private static String awaitLiveIndex(String searchApi) {
        HttpProbe.awaitBody(URI.create(searchApi + "index"), body -> body.contains("\"liveIndex\""), Duration.ofSeconds(120),
                () -> true, () -> "the search service made no index");
        return new JsonApi(searchApi).get("index").json().getString("liveIndex");
    }

    /** Bulk-loads {@code versions} documents, half English and half Spanish, as the indexer shapes them. */
    private static void load(String elasticsearch, String index, int versions) throws Exception {
        Random random = new Random(42);
        StringBuilder bulk = new StringBuilder();
        int inBulk = 0;
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        for (int m = 0; m < versions / 2; m++) {
            String materialId = "bench-" + m;
            String[] topic = TOPICS[random.nextInt(TOPICS.length)];
            int form = random.nextInt(FORMS_EN.length);
            LocalDate published = LocalDate.of(2010, 1, 1).plusDays(random.nextInt(5_800));
            for (String language : new String[] {"en", "es"}) {
                boolean english = "en".equals(language);
                String title = (english ? topic[1] + " " + FORMS_EN[form] : topic[2] + " " + FORMS_ES[form]);
                String[] sentences = english ? SENTENCES_EN : SENTENCES_ES;
                StringBuilder text = new StringBuilder();
                while (text.length() < 1_200) {
                    text.append(sentences[random.nextInt(sentences.length)]).append(' ');
                }
                JsonArrayBuilder topics = Json.createArrayBuilder().add(topic[0]);
                JsonObject doc = Json.createObjectBuilder()
                        .add("kind", "material").add("materialId", materialId).add("language", language)
                        .add("title", title).add("titleSort", Folding.fold(title))
                        .add("summary", sentences[random.nextInt(sentences.length)])
                        .add("text", text.toString().strip())
                        .add("type", random.nextBoolean() ? "FACT_SHEET" : "TOOLBOX_TALK")
                        .add("topics", topics).add("topicKeys", Json.createArrayBuilder().add(topic[0]))
                        .add("industries", Json.createArrayBuilder().add(m % 3 == 0 ? "mining" : "construction"))
                        .add("industryKeys", Json.createArrayBuilder().add(m % 3 == 0 ? "mining" : "construction"))
                        .add("audiences", Json.createArrayBuilder().add("workers"))
                        .add("audienceKeys", Json.createArrayBuilder().add("workers"))
                        .add("allianceId", "bench-alliance-" + (m % 40))
                        .add("allianceName", "Benchmark Alliance " + (m % 40))
                        .add("agency", m % 3 == 0 ? "MSHA" : "OSHA")
                        .add("participants", Json.createArrayBuilder().add("Benchmark Union " + (m % 40)))
                        .add("publicationNumber", "BENCH-" + m)
                        .add("publicationDate", published.toString())
                        .add("publishedAt", now.minusDays(random.nextInt(3_000)).toString())
                        .add("availableLanguages", Json.createArrayBuilder().add("en").add("es"))
                        .build();
                bulk.append("{\"index\":{\"_id\":\"").append(materialId).append(':').append(language).append("\"}}\n")
                        .append(doc).append('\n');
                if (++inBulk == 1_000) {
                    sendBulk(elasticsearch, index, bulk);
                    bulk.setLength(0);
                    inBulk = 0;
                }
            }
        }
        if (inBulk > 0) {
            sendBulk(elasticsearch, index, bulk);
        }
        send(HttpRequest.newBuilder(URI.create(elasticsearch + "/" + index + "/_refresh")).POST(HttpRequest.BodyPublishers.noBody()).build());
    }

    private static void sendBulk(String elasticsearch, String index, StringBuilder bulk) throws Exception {
        String answer = send(HttpRequest.newBuilder(URI.create(elasticsearch + "/" + index + "/_bulk"))
                .header("Content-Type", "application/x-ndjson")
                .POST(HttpRequest.BodyPublishers.ofString(bulk.toString())).build());
        if (answer.startsWith("{\"errors\":true") || answer.contains("\"errors\":true")) {
            throw new IllegalStateException("Bulk refused: " + answer.substring(0, Math.min(answer.length(), 600)));
        }
    }

    private static String send(HttpRequest request) throws Exception {
        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new IllegalStateException(request.uri() + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    private static Glossary bundledGlossary() throws Exception {
        try (InputStream in = SearchBenchmark.class.getResourceAsStream("/org/alliancehub/search/glossary/safety-glossary-en-es.tsv")) {
            return Glossary.parse(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
