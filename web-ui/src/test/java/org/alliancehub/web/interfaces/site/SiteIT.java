package org.alliancehub.web.interfaces.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.io.WireFeedInput;

import org.alliancehub.stack.junit.ContentFixtures;
import org.alliancehub.stack.junit.JsonApi;
import org.alliancehub.stack.junit.RealStack;
import org.alliancehub.stack.junit.RealStackExtension;
import org.alliancehub.stack.junit.RunningStack;
import org.alliancehub.web.interfaces.web.PageWeight;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The portal as a web site, through HTTP and in real Chromium: the security headers of pages,
 * resources, feeds and error pages; reading without a session; what a first and a repeat visit
 * download; the Atom feeds (parsed with ROME), the site map (parsed as XML) and robots.txt.
 */
@RealStack(elasticsearch = true, services = {RealStack.Service.CONTENT, RealStack.Service.SEARCH})
@ExtendWith({RealStackExtension.class, ArquillianExtension.class})
class SiteIT {

    static final long FIRST_VISIT_BUDGET = 300_000;
    static final long REPEAT_VISIT_BUDGET = 30_000;
    private static final String HOSTILE = "</script><script>alert(1)</script>";
    private static final Pattern NONCE = Pattern.compile("'nonce-([^']+)'");

    /** A page of the partners' area: a posting form, whose state Faces keeps in a session. */
    @Deployment(testable = false)
    static WebArchive deployment() {
        WebArchive built = ShrinkWrap.createFromZipFile(WebArchive.class, new File("target/web-ui.war"));
        // each test sees what it just published: nothing of the site map or the feeds is kept between requests
        JavaArchive freshReads = ShrinkWrap.create(JavaArchive.class, "site-test-config.jar").addAsResource(new StringAsset("""
                config_ordinal=200
                alliancehub.portal.feed-cache-seconds=0
                alliancehub.portal.sitemap-cache-seconds=0
                """), "META-INF/microprofile-config.properties");
        return ShrinkWrap.create(WebArchive.class, "portal.war").merge(built)
                .addAsLibrary(freshReads);
    }

    @ArquillianResource
    URL base;

    private String portalBase;
    private JsonApi content;
    private JsonApi search;
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeEach
    void clients(RunningStack stack) {
        String url = base.toString().replaceFirst("//[^:/]+", "//localhost");
        portalBase = url.endsWith("/") ? url : url + "/";
        content = new ContentFixtures(stack.sideServicesUrl() + "/content").admin(stack);
        search = new JsonApi(stack.sideServicesUrl() + "/search/api/");
    }

    private HttpResponse<byte[]> get(String path, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(path.startsWith("http") ? path : portalBase + path))
                .timeout(Duration.ofSeconds(30)).GET();
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String text(HttpResponse<byte[]> response) throws IOException {
        byte[] body = response.body();
        if ("gzip".equals(response.headers().firstValue("Content-Encoding").orElse(""))) {
            try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
                body = in.readAllBytes();
            }
        }
        return new String(body, StandardCharsets.UTF_8);
    }

    private static String policy(HttpResponse<?> response) {
        List<String> policies = response.headers().allValues("Content-Security-Policy");
        assertThat(policies).as("one policy on " + response.uri()).hasSize(1);
        return policies.get(0);
    }

    // --- fixtures -------------------------------------------------------------------------------------

    private String alliance(String name) {
        String union = ContentFixtures.organization(content, name + " Union", "UNION");
        return ContentFixtures.alliance(content, name, union);
    }

    private String program(String english, String spanish) {
        String code = "SITE-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
        ContentFixtures.require(content.post("api/emphasis-programs", Json.createObjectBuilder().add("code", code)
                .add("agency", "OSHA").add("scope", "NATIONAL").add("nameEnglish", english).add("nameSpanish", spanish).build()), 201);
        return code;
    }

    /** A published material with versions {language, title} and the given programs. */
    private String material(String alliance, List<String> programs, String... languagesAndTitles) {
        var versions = Json.createArrayBuilder();
        for (int i = 0; i < languagesAndTitles.length; i += 2) {
            versions.add(Json.createObjectBuilder().add("language", languagesAndTitles[i]).add("title", languagesAndTitles[i + 1])
                    .add("summary", "Water, rest and shade: " + languagesAndTitles[i + 1]));
        }
        var programCodes = Json.createArrayBuilder();
        programs.forEach(programCodes::add);
        return ContentFixtures.publishedMaterial(content, Json.createObjectBuilder().add("allianceId", alliance).add("type", "FACT_SHEET")
                .add("topics", Json.createArrayBuilder().add("heat")).add("emphasisPrograms", programCodes)
                .add("versions", versions).build());
    }

    private void awaitIndexed(String query, String... materialIds) {
        await().atMost(Duration.ofSeconds(60)).until(() -> {
            String body = search.get("search?sort=newest&size=100&" + query).body();
            for (String id : materialIds) {
                if (!body.contains(id)) {
                    return false;
                }
            }
            return true;
        });
    }

    // --- headers and sessions -------------------------------------------------------------------------

    @Test
    void everyResponseCarriesOnePolicyAndTheSecurityHeaders() throws Exception {
        HttpResponse<byte[]> page = get("?lang=en", "Accept-Encoding", "gzip");
        assertThat(page.statusCode()).isEqualTo(200);
        String html = text(page);
        String pagePolicy = policy(page);
        assertThat(pagePolicy).contains("frame-ancestors 'none'", "object-src 'none'", "base-uri 'self'", "default-src 'self'");
        Matcher nonce = NONCE.matcher(pagePolicy);
        assertThat(nonce.find()).as("PrimeFaces' nonce in " + pagePolicy).isTrue();
        assertThat(pagePolicy).contains("script-src 'self' 'nonce-" + nonce.group(1) + "'");
        assertThat(html).as("the page's scripts carry the header's nonce").contains("nonce=\"" + nonce.group(1) + "\"");
        assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(page.headers().firstValue("Referrer-Policy")).hasValue("strict-origin-when-cross-origin");
        assertThat(page.headers().firstValue("Content-Encoding")).as("HTML is compressed").hasValue("gzip");
        assertThat(page.headers().allValues("Vary").toString()).contains("Accept-Encoding");
        assertThat(page.headers().firstValue("Set-Cookie")).isEmpty();
        String resourcePolicy = pagePolicy.substring(0, nonce.start()).strip();

        // a PrimeFaces resource and the portal's own style sheet: versioned, compressed, kept a year
        Matcher script = Pattern.compile("src=\"(/[^\"]*core\\.js[^\"]*)\"").matcher(html);
        Matcher style = Pattern.compile("href=\"(/[^\"]*css/portal\\.css[^\"]*)\"").matcher(html);
        assertThat(script.find()).isTrue();
        assertThat(style.find()).isTrue();
        assertThat(style.group(1)).as("a content hash as version").containsPattern("[?&]v=[0-9a-f]{12}");
        for (String resource : List.of(script.group(1), style.group(1))) {
            HttpResponse<byte[]> answer = get(URI.create(portalBase).resolve(resource.replace("&amp;", "&")).toString(), "Accept-Encoding", "gzip");
            assertThat(answer.statusCode()).as(resource).isEqualTo(200);
            assertThat(answer.headers().firstValue("Cache-Control")).as(resource).hasValue("public, max-age=31536000, immutable");
            assertThat(answer.headers().firstValue("Content-Encoding")).as(resource).hasValue("gzip");
            assertThat(text(answer).length()).as("compressed on the wire").isGreaterThan(answer.body().length);
            assertThat(policy(answer)).isEqualTo(resourcePolicy).doesNotContain("nonce");
            assertThat(answer.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        }

        // a feed and an error page
        HttpResponse<byte[]> feed = get("feeds/materials.atom?lang=en&language=de");
        assertThat(feed.statusCode()).isEqualTo(200);
        assertThat(feed.headers().firstValue("Content-Type").orElse("")).startsWith("application/atom+xml");
        assertThat(policy(feed)).isEqualTo(resourcePolicy);
        assertThat(feed.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(feed.headers().firstValue("Referrer-Policy")).hasValue("strict-origin-when-cross-origin");

        HttpResponse<byte[]> missing = get("no-such-page.xhtml");
        assertThat(missing.statusCode()).isEqualTo(404);
        Matcher errorNonce = NONCE.matcher(policy(missing));
        assertThat(errorNonce.find()).as("the error page is a page, with its own nonce").isTrue();
        assertThat(text(missing)).contains("nonce=\"" + errorNonce.group(1) + "\"");
        assertThat(missing.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    }

    @Test
    void readingThePortalMakesNoSessionTheSignedInAreasKeepTheirs() throws Exception {
        String id = material(alliance("Session Free Readers Alliance"), List.of(), "en", "Shade breaks every hour", "es",
                "Descansos a la sombra cada hora");
        List<String> anonymous = new ArrayList<>(List.of("", "?lang=es", "results?q=shade&lang=en", "results?lang=es",
                "material?id=" + id + "&lang=en", "material?id=" + id + "&lang=es",
                "material?id=00000000-0000-0000-0000-000000000000&lang=es", "no-such-page.xhtml",
                "feeds/materials.atom?lang=es&language=fr", "robots.txt"));
        Matcher script = Pattern.compile("src=\"(/[^\"]*core\\.js[^\"]*)\"").matcher(text(get("")));
        assertThat(script.find()).isTrue();
        anonymous.add(URI.create(portalBase).resolve(script.group(1).replace("&amp;", "&")).toString());
        for (String path : anonymous) {
            HttpResponse<byte[]> answer = get(path);
            assertThat(answer.statusCode()).as(path).isLessThan(500);
            assertThat(answer.headers().allValues("Set-Cookie")).as("no session for " + path)
                    .noneMatch(cookie -> cookie.startsWith("JSESSIONID"));
        }

        // the sign-in page posts a form, so its view keeps state in a session (the workspace behind it needs a sign-in)
        HttpResponse<byte[]> partner = get("account/sign-in");
        assertThat(partner.statusCode()).isEqualTo(200);
        assertThat(get("partner/").statusCode()).as("the workspace asks for a sign-in").isEqualTo(302);
        String cookie = partner.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID")).findFirst()
                .orElseThrow(() -> new AssertionError("a posting form keeps its state in a session"));
        assertThat(cookie).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax")
                .as("plain HTTP: not Secure").doesNotContainIgnoringCase("Secure");
    }

    // --- weight ---------------------------------------------------------------------------------------

    /** An exit reference to nothing: its 404 page is a page type too. */
    private static final String UUID_NOT_STORED = "00000000-0000-0000-0000-000000000000";

    @Test
    void aFirstVisitAndARepeatVisitStayWithinTheirBudgets() throws Exception {
        String alliance = alliance("Page Weight Alliance");
        String id = material(alliance, List.of(), "en", "Acclimatize new workers to heat", "es",
                "Aclimate a los trabajadores nuevos al calor");
        awaitIndexed("q=acclimatize&lang=en", id);

        // every public page type that needs no fixture of another test's
        List<PageWeight.Visit> visits = PageWeight.measure(List.of(portalBase + "?lang=en",
                portalBase + "results?q=acclimatize&lang=en", portalBase + "results?q=zzqxjw&lang=es",
                portalBase + "material?id=" + id + "&lang=es", portalBase + "alliances?lang=en",
                portalBase + "alliance?id=" + alliance + "&lang=es", portalBase + "programs?lang=en",
                portalBase + "events?lang=es", portalBase + "trainings?lang=en", portalBase + "calendar?lang=es",
                portalBase + "calendar?lang=en&view=list", portalBase + "exit?organization=" + UUID_NOT_STORED + "&lang=en"));
        PageWeight.write("SiteIT: budgets " + FIRST_VISIT_BUDGET + " bytes first, " + REPEAT_VISIT_BUDGET + " bytes repeat", visits);

        for (PageWeight.Visit visit : visits) {
            assertThat(visit.first().fetched()).as("a first visit fetches the page and its resources: " + visit.url()).isGreaterThan(3);
            assertThat(visit.first().bytes()).as("first visit of " + visit.url()).isLessThanOrEqualTo(FIRST_VISIT_BUDGET);
            assertThat(visit.repeat().bytes()).as("repeat visit of " + visit.url()).isLessThanOrEqualTo(REPEAT_VISIT_BUDGET);
            assertThat(visit.repeat().requests()).as("the cache answers for the resources of " + visit.url())
                    .anyMatch(PageWeight.Request::fromCache);
        }
    }

    // --- feeds ----------------------------------------------------------------------------------------

    private Feed feed(String query) throws Exception {
        HttpResponse<byte[]> answer = get("feeds/materials.atom?" + query, "Accept-Encoding", "gzip");
        assertThat(answer.statusCode()).as(query + ": " + text(answer)).isEqualTo(200);
        return (Feed) new WireFeedInput().build(new InputStreamReader(
                new ByteArrayInputStream(text(answer).getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8));
    }

    private static Map<String, Entry> byMaterial(Feed feed) {
        Map<String, Entry> entries = new LinkedHashMap<>();
        for (Entry entry : feed.getEntries()) {
            entries.put(entry.getId().replace("urn:uuid:", ""), entry);
        }
        return entries;
    }

    private static String link(Entry entry) {
        return entry.getAlternateLinks().get(0).getHref();
    }

    @Test
    void feedsListTheNewestMaterialsAllByLanguageByProgramAndByAlliance() throws Exception {
        String program = program("Heat illness prevention", "Prevención de enfermedades por calor");
        String roofers = alliance("Roofing Contractors Heat Alliance");
        String consulate = alliance("Consulate Outreach Heat Alliance");
        String bilingual = material(roofers, List.of(program), "en", "Heat illness: water, rest, shade", "es",
                "Enfermedades por calor: agua, descanso, sombra");
        String hostile = material(consulate, List.of(), "es", HOSTILE);
        String english = material(consulate, List.of(), "en", "Cooling vests for roofers");
        awaitIndexed("alliance=" + consulate, hostile, english);
        awaitIndexed("program=" + program, bilingual);

        Map<String, Entry> all = byMaterial(feed("lang=en"));
        assertThat(all).containsKeys(bilingual, hostile, english);
        assertThat(link(all.get(bilingual))).isEqualTo(portalBase + "material?id=" + bilingual + "&lang=en");
        assertThat(link(all.get(hostile))).as("shown in its only version").isEqualTo(portalBase + "material?id=" + hostile + "&lang=es");
        assertThat(all.get(hostile).getTitleEx().getValue()).as("markup in a title is text").isEqualTo(HOSTILE);
        assertThat(text(get("feeds/materials.atom?lang=en"))).doesNotContain("<script>");

        Feed spanish = feed("lang=es&language=es");
        assertThat(spanish.getTitleEx().getValue()).startsWith("Materiales nuevos en español");
        Map<String, Entry> inSpanish = byMaterial(spanish);
        assertThat(inSpanish).containsKeys(bilingual, hostile).doesNotContainKey(english);
        assertThat(inSpanish.get(bilingual).getTitleEx().getValue()).isEqualTo("Enfermedades por calor: agua, descanso, sombra");
        assertThat(link(inSpanish.get(bilingual))).endsWith("material?id=" + bilingual + "&lang=es");

        Feed byProgram = feed("lang=es&program=" + program);
        assertThat(byMaterial(byProgram).keySet()).containsExactly(bilingual);
        assertThat(byProgram.getTitleEx().getValue()).contains("Prevención de enfermedades por calor (" + program + ")");

        Feed byAlliance = feed("lang=en&alliance=" + consulate);
        assertThat(byMaterial(byAlliance).keySet()).containsExactlyInAnyOrder(hostile, english);
        assertThat(byAlliance.getTitleEx().getValue()).contains("from Consulate Outreach Heat Alliance");
        assertThat(byAlliance.getOtherLinks().get(0).getHref()).isEqualTo(portalBase + "feeds/materials.atom?alliance=" + consulate + "&lang=en");

        // feed readers poll with the ETag they have
        HttpResponse<byte[]> first = get("feeds/materials.atom?lang=en&alliance=" + consulate);
        String etag = first.headers().firstValue("ETag").orElseThrow();
        HttpResponse<byte[]> again = get("feeds/materials.atom?lang=en&alliance=" + consulate, "If-None-Match", etag);
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
    }

    @Test
    void aFeedAsksForWhatItCanServe() throws Exception {
        for (String[] bad : new String[][] {{"lang=fr", "lang"}, {"language=%3Cscript%3E", "language"},
                {"program=NEP%20HEAT", "program"}, {"alliance=a&alliance=b", "alliance"}}) {
            HttpResponse<byte[]> answer = get("feeds/materials.atom?" + bad[0]);
            assertThat(answer.statusCode()).as(bad[0]).isEqualTo(400);
            assertThat(answer.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
            JsonObject problem = Json.createReader(new StringReader(text(answer))).readObject();
            assertThat(problem.getString("field")).isEqualTo(bad[1]);
            assertThat(problem.getInt("status")).isEqualTo(400);
        }
        HttpResponse<byte[]> unknownProgram = get("feeds/materials.atom?program=NO-SUCH-PROGRAM");
        assertThat(unknownProgram.statusCode()).isEqualTo(404);
        assertThat(text(unknownProgram)).contains("NO-SUCH-PROGRAM");
        assertThat(get("feeds/materials.atom?alliance=00000000-0000-0000-0000-000000000000").statusCode()).isEqualTo(404);
    }

    // --- site map and robots.txt ----------------------------------------------------------------------

    @Test
    void theSitemapNamesEveryPublicPageInEachLanguageWithItsAlternates() throws Exception {
        String program = program("Trenching and excavation", "Zanjas y excavaciones");
        String alliance = alliance("Sitemap Trench Safety Alliance");
        String bilingual = material(alliance, List.of(program), "en", "Trench boxes save lives", "es", "Las cajas de zanja salvan vidas");
        String spanishOnly = material(alliance, List.of(), "es", "Inspección diaria de zanjas");
        String training = ContentFixtures.require(content.post("api/trainings", Json.createObjectBuilder().add("allianceId", alliance)
                .add("title", "Competent person for excavations").add("languages", Json.createArrayBuilder().add("en").add("es"))
                .add("format", "ONLINE").build()), 201).getString("id");
        ContentFixtures.require(content.post("api/trainings/" + training + "/publish", ""), 200);
        awaitIndexed("alliance=" + alliance + "&lang=en", bilingual, spanishOnly);

        HttpResponse<byte[]> answer = get("sitemap.xml", "Accept-Encoding", "gzip");
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Type").orElse("")).startsWith("application/xml");
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        Map<String, List<String>> sitemap = SitemapTest.alternatesByLocation(factory.newDocumentBuilder()
                .parse(new ByteArrayInputStream(text(answer).getBytes(StandardCharsets.UTF_8))));

        String material = portalBase + "material?id=" + bilingual;
        assertThat(sitemap.get(material + "&lang=es")).containsExactly("en " + material + "&lang=en", "es " + material + "&lang=es",
                "x-default " + material);
        assertThat(sitemap.get(material + "&lang=en")).isEqualTo(sitemap.get(material + "&lang=es"));
        assertThat(sitemap).containsEntry(portalBase + "material?id=" + spanishOnly + "&lang=es", List.of())
                .doesNotContainKey(portalBase + "material?id=" + spanishOnly + "&lang=en");
        assertThat(sitemap.get(portalBase + "?lang=en")).containsExactly("en " + portalBase + "?lang=en", "es " + portalBase + "?lang=es",
                "x-default " + portalBase);
        assertThat(sitemap).containsKeys(portalBase + "alliance?id=" + alliance + "&lang=en", portalBase + "alliance?id=" + alliance + "&lang=es",
                portalBase + "program?code=" + program + "&lang=es", portalBase + "training?id=" + training + "&lang=en",
                portalBase + "alliances?lang=es", portalBase + "events?lang=en");
    }

    @Test
    void robotsTxtLetsCrawlersReadThePublicPagesAndNamesTheSitemap() throws Exception {
        HttpResponse<byte[]> robots = get("robots.txt");
        assertThat(robots.statusCode()).isEqualTo(200);
        assertThat(robots.headers().firstValue("Content-Type").orElse("")).startsWith("text/plain");
        assertThat(text(robots).lines()).contains("User-agent: *", "Allow: /", "Disallow: /partner/", "Disallow: /staff/",
                "Disallow: /exit", "Sitemap: " + portalBase + "sitemap.xml");
    }
}
