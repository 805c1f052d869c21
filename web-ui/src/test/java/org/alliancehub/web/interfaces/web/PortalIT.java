package org.alliancehub.web.interfaces.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.File;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;


import org.alliancehub.stack.junit.ContentFixtures;
import org.alliancehub.stack.junit.JsonApi;
import org.alliancehub.stack.junit.JsonApi.Reply;
import org.alliancehub.stack.junit.RealStack;
import org.alliancehub.stack.junit.RealStackExtension;
import org.alliancehub.stack.junit.RunningStack;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The whole slice through HTTP: a material created and published through the content service is
 * indexed by the search service from the change feed, and the portal's results page lists it for
 * "caida" typed without its accent.
 */
@RealStack(elasticsearch = true, services = {RealStack.Service.CONTENT, RealStack.Service.SEARCH})
@ExtendWith({RealStackExtension.class, ArquillianExtension.class})
class PortalIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        WebArchive built = ShrinkWrap.createFromZipFile(WebArchive.class, new File("target/web-ui.war"));
        return ShrinkWrap.create(WebArchive.class, "portal.war").merge(built);
    }

    @ArquillianResource
    URL base;

    private String portalBase;
    private JsonApi portal;
    private JsonApi content;

    @BeforeEach
    void clients(RunningStack stack) {
        String url = base.toString().replaceFirst("//[^:/]+", "//localhost");
        portalBase = url.endsWith("/") ? url : url + "/";
        portal = new JsonApi(portalBase);
        content = new ContentFixtures(stack.sideServicesUrl() + "/content").admin(stack);
    }

    private String publish(String englishTitle, String spanishTitle) {
        String consulate = ContentFixtures.organization(content, "Consulado General de México en Houston", "CONSULATE");
        String alliance = ContentFixtures.alliance(content, "Hispanic Contractors Safety Alliance", consulate);
        return ContentFixtures.publishedMaterial(content, alliance,
                englishTitle, "A five-minute talk on guardrails, covers and harnesses.",
                spanishTitle, "Una charla de cinco minutos sobre barandas, cubiertas y arneses.");
    }

    private static String q(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    @Test
    void theHomePageOffersASearchBoxInTheReadersLanguage() {
        Reply english = portal.get("?lang=en");
        assertThat(english.status()).isEqualTo(200);
        assertThat(english.body())
                .containsPattern("<html[^>]* lang=\"en\"")
                .contains("role=\"search\"")
                .contains("id=\"q_input\"").contains("role=\"combobox\"")
                .contains("Search safety materials");

        Reply spanish = portal.get("?lang=es");
        assertThat(spanish.body()).containsPattern("<html[^>]* lang=\"es\"").contains("Buscar materiales de seguridad");
    }

    @Test
    void searchingCaidaWithoutTheAccentListsTheSpanishMaterial() {
        publish("Preventing falls through floor openings", "Cómo prevenir caídas por aberturas en el piso");

        await().atMost(Duration.ofSeconds(60)).until(() ->
                portal.get("results?q=caida&lang=es").body().contains("por aberturas en el piso"));

        Reply page = portal.get("results?q=caida&lang=es");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body())
                .contains("<mark>caídas</mark>")
                .contains("Resultados para «caida»")
                .contains("Hoja informativa")
                .containsPattern("role=\"status\">\\s*1 resultado\\s*<")
                .contains("Hispanic Contractors Safety Alliance")
                .contains("lang=\"es\"");
    }

    /**
     * In real Chromium with a phone's screen: the keyboard reaches the skip link first, the search
     * field is labelled and submits with Enter, the results fit the screen, and switching language
     * keeps the query.
     */
    @Test
    void aReaderOnAPhoneSearchesWithTheKeyboardAndSwitchesLanguage() throws Exception {
        publish("Trench box inspection before entry", "Inspección de la caja de zanja antes de entrar");
        await().atMost(Duration.ofSeconds(60)).until(() ->
                portal.get("results?q=zanja&lang=es").body().contains("caja de <mark>zanja</mark>"));

        try (Chromium browser = Chromium.phone(390, 844)) {
            ChromeDriver driver = browser.driver();
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
            driver.get(portalBase + "?lang=es");
            assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("es");

            new Actions(driver).sendKeys(Keys.TAB).perform();
            WebElement first = driver.switchTo().activeElement();
            assertThat(first.getAttribute("class")).contains("skip-link");
            assertThat(first.getAttribute("href")).endsWith("#main");
            assertThat(first.getText()).as("shown when focused").isEqualTo("Saltar al contenido principal");

            assertThat(driver.findElement(By.cssSelector("label[for='q_input']")).getText()).isNotBlank();
            driver.findElement(By.id("q_input")).sendKeys("zanja", Keys.ENTER);
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("ol.results li.result")));
            assertThat(driver.getCurrentUrl()).contains("/results").contains("q=zanja").contains("lang=es");
            WebElement hit = driver.findElement(By.cssSelector("ol.results li.result"));
            assertThat(hit.getAttribute("lang")).isEqualTo("es");
            assertThat(hit.findElement(By.tagName("mark")).getText()).isEqualTo("zanja");
            assertThat(driver.findElement(By.cssSelector("p.result-count[role='status']")).getText()).isEqualTo("1 resultado");
            Number overflow = (Number) driver.executeScript("return document.documentElement.scrollWidth - window.innerWidth;");
            assertThat(overflow.intValue()).as("nothing wider than the phone's screen").isLessThanOrEqualTo(0);

            WebElement toEnglish = driver.findElement(By.cssSelector("a.language-switch"));
            assertThat(toEnglish.getAttribute("hreflang")).isEqualTo("en");
            toEnglish.click();
            wait.until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "en"));
            assertThat(driver.findElement(By.id("q_input")).getAttribute("value")).isEqualTo("zanja");
            assertThat(driver.findElement(By.tagName("h1")).getText()).contains("zanja");
            assertThat(driver.findElements(By.cssSelector("ol.results li.result"))).isNotEmpty();
            driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
            assertThat(Axe.violations(driver)).as("WCAG 2.1 A/AA on the results page").isEmpty();

            // the result's title leads to its material page, which passes the same checks
            driver.findElement(By.cssSelector("ol.results li.result h3 a")).click();
            wait.until(ExpectedConditions.urlContains("/material?id="));
            assertThat(driver.findElement(By.tagName("h1")).getText()).contains("Trench box inspection");
            assertThat(driver.findElement(By.cssSelector("article.material")).getAttribute("lang")).isEqualTo("en");
            Number materialOverflow = (Number) driver.executeScript("return document.documentElement.scrollWidth - window.innerWidth;");
            assertThat(materialOverflow.intValue()).as("the material page fits the phone too").isLessThanOrEqualTo(0);
            assertThat(Axe.violations(driver)).as("WCAG 2.1 A/AA on the material page").isEmpty();
        }
    }

    @Test
    void whatTheReaderTypesIsEscaped() {
        Reply page = portal.get("results?lang=en&q=" + q("<script>alert('x')</script>"));
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).doesNotContain("<script>alert").contains("&lt;script&gt;");
    }

    @Test
    void unknownPagesSayNotFound() {
        Reply page = portal.get("no-such-page.xhtml");
        assertThat(page.status()).isEqualTo(404);
    }

    @Test
    void materialsOnlyInTheOtherLanguageAreMarkedAndMisspellingsGetASuggestion() {
        String consulate = ContentFixtures.organization(content, "Consulado de Guatemala", "CONSULATE");
        String alliance = ContentFixtures.alliance(content, "Scaffold Erectors Alliance", consulate);
        ContentFixtures.publishedMaterial(content, jakarta.json.Json.createObjectBuilder()
                .add("allianceId", alliance).add("type", "QUICK_CARD")
                .add("versions", jakarta.json.Json.createArrayBuilder().add(jakarta.json.Json.createObjectBuilder()
                        .add("language", "en").add("title", "Scaffold erection checklist")
                        .add("summary", "Base plates, mudsills, guardrails and planking, checked before use.")))
                .build());

        await().atMost(Duration.ofSeconds(60)).until(() ->
                portal.get("results?q=andamios&lang=es").body().contains("erection checklist"));
        assertThat(portal.get("results?q=andamios&lang=es").body()).contains("Solo en inglés");

        Reply misspelled = portal.get("results?q=scafold&lang=en");
        assertThat(misspelled.status()).isEqualTo(200);
        assertThat(misspelled.body()).contains("Did you mean").contains("q=scaffold").contains("erection checklist");

        // words that find nothing together: the page says it shows some of them, in the reader's language,
        // and offers the words as typed, which lead to the empty page with its ways out
        Reply some = portal.get("results?q=" + q("erection zqxwvkj") + "&lang=es");
        assertThat(some.body()).contains("Ningún material tiene la mayoría de las palabras «erection zqxwvkj»")
                .contains("Scaffold <mark>erection</mark> checklist").contains("verbatim=true");
        Reply asTyped = portal.get("results?q=" + q("erection zqxwvkj") + "&lang=en&verbatim=true");
        assertThat(asTyped.body()).doesNotContain("checklist").doesNotContain("No material has most of the words")
                .contains("Try a broader search");
    }

    @Test
    void aFrozenSearchEngineGivesAFriendlyPageInTheReadersLanguage(RunningStack stack) {
        JsonApi impatient = portal.withTimeout(java.time.Duration.ofSeconds(10));
        stack.freezeElasticsearch();
        try {
            Reply spanish = impatient.get("results?q=" + q("andamios") + "&lang=es");
            assertThat(spanish.body()).contains("disponible en este momento");
            assertThat(spanish.body()).doesNotContain("Exception");
            Reply english = impatient.get("results?q=scaffolds&lang=en");
            assertThat(english.body()).contains("Search is unavailable for a moment");
        } finally {
            stack.resumeElasticsearch();
        }
    }

    @Test
    void aMaterialHasItsOwnPageInTheReadersLanguageWithItsDownloadAndLinksToTheOtherVersion() {
        String consulate = ContentFixtures.organization(content, "Consulado de Guatemala en Houston", "CONSULATE");
        String alliance = ContentFixtures.alliance(content, "Scaffold Safety Alliance", consulate);
        String id = ContentFixtures.require(content.post("api/materials", jakarta.json.Json.createObjectBuilder()
                .add("allianceId", alliance).add("type", "FACT_SHEET").add("publicationNumber", "FS-3151")
                .add("publicationDate", "2024-06-01").add("topics", jakarta.json.Json.createArrayBuilder().add("scaffolds"))
                .add("versions", jakarta.json.Json.createArrayBuilder()
                        .add(jakarta.json.Json.createObjectBuilder().add("language", "en").add("title", "Scaffold planks that hold")
                                .add("summary", "Inspect planks before every shift."))
                        .add(jakarta.json.Json.createObjectBuilder().add("language", "es").add("title", "Tablones de andamio seguros")
                                .add("summary", "Inspeccione los tablones antes de cada turno.")))
                .build()), 201).getString("id");
        ContentFixtures.require(content.postFile("api/materials/" + id + "/versions/es/file", "file", "tablones.txt",
                "Inspeccione los tablones antes de cada turno. Los tablones rotos se retiran del andamio.".getBytes(StandardCharsets.UTF_8)), 202);
        ContentFixtures.publish(content, id);

        Reply spanish = portal.get("material?id=" + id + "&lang=es");
        assertThat(spanish.status()).as(spanish.body()).isEqualTo(200);
        assertThat(spanish.body())
                .contains("<h1>Tablones de andamio seguros</h1>")
                .contains("Inspeccione los tablones antes de cada turno.")
                .contains("FS-3151").contains("datetime=\"2024-06-01\"").contains("Scaffold Safety Alliance")
                .contains("/content/api/materials/" + id + "/versions/es/file")
                .contains("rel=\"canonical\" href=\"" + portalBase + "material?id=" + id + "&amp;lang=es\"")
                .contains("hreflang=\"en\" href=\"" + portalBase + "material?id=" + id + "&amp;lang=en\"")
                .contains("application/ld+json").contains("\"@type\":\"DigitalDocument\"")
                .contains("Programa de Alianzas de OSHA");
        Reply english = portal.get("material?id=" + id + "&lang=en");
        assertThat(english.body()).contains("<h1>Scaffold planks that hold</h1>").contains("Also available in:")
                .contains("Alliance Program");

        // another material about the same things is offered as related, once search has both
        String other = ContentFixtures.publishedMaterial(content, alliance, "Scaffold planks: inspect before every shift",
                "Inspect scaffold planks for cracks before every shift.", "Tablones de andamio: inspeccione cada turno",
                "Inspeccione los tablones de andamio antes de cada turno.");
        await().atMost(Duration.ofSeconds(60)).until(() -> portal.get("material?id=" + id + "&lang=en").body().contains("material?id=" + other));
        assertThat(portal.get("material?id=" + id + "&lang=en").body()).contains("Related materials");

        // unknown, hostile or withdrawn: a 404 page in the reader's language, never a 500
        Reply unknown = portal.get("material?id=00000000-0000-0000-0000-000000000000&lang=es");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.body()).contains("No hay ning");
        Reply hostile = portal.get("material?id=" + URLEncoder.encode("<script>alert(1)</script>", StandardCharsets.UTF_8) + "&lang=en");
        assertThat(hostile.status()).isEqualTo(404);
        assertThat(hostile.body()).doesNotContain("<script>alert(1)</script>");
        ContentFixtures.require(content.post("api/materials/" + id + "/withdraw", ""), 200);
        assertThat(portal.get("material?id=" + id + "&lang=en").status()).isEqualTo(404);
    }

    @Test
    void aResultLeadsToItsMaterialPage() {
        String id = publish("Covers over floor holes", "Cubiertas sobre huecos del piso");
        await().atMost(Duration.ofSeconds(60)).until(() ->
                portal.get("results?q=" + q("huecos del piso") + "&lang=es").body().contains("material?id=" + id));
        assertThat(portal.get("results?q=" + q("huecos del piso") + "&lang=es").body())
                .contains("material?id=" + id + "&amp;lang=es\"");
    }

    /** A material for the journeys below: an alliance with a participant's website, an emphasis program, two versions with files. */
    private record Journey(String alliance, String program, String material, byte[] spanishFile, byte[] englishFile) {
    }

    private Journey journeyMaterial() {
        String run = java.util.UUID.randomUUID().toString().substring(0, 6);
        String union = ContentFixtures.require(content.post("api/organizations", jakarta.json.Json.createObjectBuilder()
                .add("name", "Carpenters Union Local " + run).add("type", "UNION").add("website", portalBase + "?lang=en").build()), 201)
                .getString("id");
        String contractors = ContentFixtures.organization(content, "Scaffold Contractors Association", "TRADE_ASSOCIATION");
        String alliance = ContentFixtures.alliance(content, "Scaffold Safety Alliance " + run, union, contractors);
        String program = ("NEP-FALLS-" + run).toUpperCase(java.util.Locale.ROOT);
        ContentFixtures.require(content.post("api/emphasis-programs", jakarta.json.Json.createObjectBuilder()
                .add("code", program).add("agency", "OSHA").add("scope", "NATIONAL")
                .add("nameEnglish", "Work at height " + run).add("nameSpanish", "Trabajo en altura " + run).build()), 201);
        String id = ContentFixtures.require(content.post("api/materials", jakarta.json.Json.createObjectBuilder()
                .add("allianceId", alliance).add("type", "FACT_SHEET").add("publicationNumber", "FS-" + run)
                .add("publicationDate", java.time.LocalDate.now().withDayOfMonth(1).toString())
                .add("topics", jakarta.json.Json.createArrayBuilder().add("scaffolds").add("falls"))
                .add("industries", jakarta.json.Json.createArrayBuilder().add("construction"))
                .add("audiences", jakarta.json.Json.createArrayBuilder().add("workers"))
                .add("versions", jakarta.json.Json.createArrayBuilder()
                        .add(jakarta.json.Json.createObjectBuilder().add("language", "en").add("title", "Scaffold guardrails that hold " + run)
                                .add("summary", "Top rails, mid rails and toe boards on every open side."))
                        .add(jakarta.json.Json.createObjectBuilder().add("language", "es").add("title", "Barandas de andamio que resisten " + run)
                                .add("summary", "Barandas superiores, intermedias y rodapiés en cada lado abierto.")))
                .build()), 201).getString("id");
        byte[] spanish = ("Barandas superiores e intermedias en cada lado abierto del andamio. " + run).getBytes(StandardCharsets.UTF_8);
        byte[] english = ("Top rails and mid rails on every open side of the scaffold. " + run).getBytes(StandardCharsets.UTF_8);
        ContentFixtures.require(content.postFile("api/materials/" + id + "/versions/es/file", "file", "barandas.txt", spanish), 202);
        ContentFixtures.require(content.postFile("api/materials/" + id + "/versions/en/file", "file", "guardrails.txt", english), 202);
        ContentFixtures.require(content.put("api/materials/" + id + "/emphasis-programs", jakarta.json.Json.createObjectBuilder()
                .add("codes", jakarta.json.Json.createArrayBuilder().add(program)).build()), 200);
        ContentFixtures.publish(content, id);
        // another type about the same thing, so that the type facet has a choice to offer
        ContentFixtures.publishedMaterial(content, jakarta.json.Json.createObjectBuilder()
                .add("allianceId", alliance).add("type", "POSTER")
                .add("versions", jakarta.json.Json.createArrayBuilder().add(jakarta.json.Json.createObjectBuilder()
                        .add("language", "es").add("title", "Póster: barandas de andamio " + run)
                        .add("summary", "Barandas y rodapiés en cada andamio.")))
                .build());
        await().atMost(Duration.ofSeconds(60)).until(() ->
                portal.get("results?lang=es&program=" + program).body().contains("material?id=" + id));
        return new Journey(alliance, program, id, spanish, english);
    }

    private static byte[] download(String href) throws Exception {
        var response = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(href)).build(),
                java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).as(href).isEqualTo(200);
        return response.body();
    }

    /**
     * The newcomer's way through, on a phone and with the keyboard only: typing without accents, the
     * autocomplete offers the Spanish title, Enter takes it and searches; a facet narrows the results
     * and its chip removes it again; the material opens in Spanish, switches to English, and each
     * version's download is the very file uploaded.
     */
    @Test
    void aReaderOnAPhoneFindsFiltersOpensSwitchesAndDownloadsWithTheKeyboard() throws Exception {
        Journey journey = journeyMaterial();
        try (Chromium browser = Chromium.phone(390, 844)) {
            ChromeDriver driver = browser.driver();
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
            driver.get(portalBase + "?lang=es");
            WebElement box = driver.findElement(By.id("q_input"));
            assertThat(box.getAttribute("name")).as("the script names the box as the results page reads it").isEqualTo("q");
            assertThat(box.getAttribute("role")).isEqualTo("combobox");
            box.click();
            new Actions(driver).sendKeys("barandas de andam").perform();
            WebElement suggestion = wait.until(ExpectedConditions.visibilityOfElementLocated(
                    By.cssSelector("#q_panel li.ui-autocomplete-item[data-item-label^='Barandas de andamio']")));
            assertThat(suggestion.getText()).startsWith("Barandas de andamio que resisten");
            // down the list to the title (other titles with these words may come first)
            for (int step = 0; step < 8; step++) {
                new Actions(driver).sendKeys(Keys.ARROW_DOWN).perform();
                List<WebElement> highlighted = driver.findElements(By.cssSelector("#q_panel li.ui-state-highlight"));
                if (!highlighted.isEmpty() && highlighted.get(0).getAttribute("data-item-label").startsWith("Barandas de andamio")) {
                    break;
                }
            }
            assertThat(driver.findElement(By.cssSelector("#q_panel li.ui-state-highlight")).getAttribute("data-item-label"))
                    .startsWith("Barandas de andamio");
            // Enter on the highlighted suggestion searches for it
            new Actions(driver).sendKeys(Keys.ENTER).perform();
            wait.until(ExpectedConditions.urlContains("/results"));
            assertThat(driver.getCurrentUrl()).contains("lang=es").contains("q=Barandas");
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("ol.results li.result")));

            // a facet narrows, its chip widens again
            driver.get(portalBase + "results?q=barandas+andamio&lang=es");
            WebElement factSheets = driver.findElement(By.xpath("//ul[@aria-label='Tipo']//a[normalize-space()='Hoja informativa']"));
            factSheets.click();
            wait.until(ExpectedConditions.urlContains("type=FACT_SHEET"));
            WebElement chip = driver.findElement(By.cssSelector(".selected-filters a.filter-chip"));
            assertThat(chip.getAttribute("aria-label")).isEqualTo("Quitar el filtro Tipo: Hoja informativa");
            assertThat(driver.findElements(By.cssSelector("ol.results a[href*='" + journey.material() + "']"))).isNotEmpty();
            chip.click();
            wait.until(d -> !d.getCurrentUrl().contains("type="));

            // the hit downloads the reader's version directly
            WebElement hit = driver.findElement(By.xpath("//li[contains(@class,'result')][.//a[contains(@href,'" + journey.material() + "')]]"));
            String direct = hit.findElement(By.cssSelector("a.download-link")).getAttribute("href");
            assertThat(download(direct)).isEqualTo(journey.spanishFile());

            hit.findElement(By.cssSelector("h3 a")).click();
            wait.until(ExpectedConditions.urlContains("/material?id=" + journey.material()));
            assertThat(driver.findElement(By.tagName("h1")).getText()).startsWith("Barandas de andamio");
            String spanishHref = driver.findElement(By.cssSelector("li.material-version a.download")).getAttribute("href");
            assertThat(download(spanishHref)).isEqualTo(journey.spanishFile());
            driver.findElement(By.cssSelector("p.also-available a[hreflang='en']")).click();
            wait.until(ExpectedConditions.urlContains("lang=en"));
            assertThat(driver.findElement(By.tagName("h1")).getText()).startsWith("Scaffold guardrails that hold");
            String englishHref = driver.findElement(By.cssSelector("article[lang='en'] li.material-version a.download[hreflang='en']")).getAttribute("href");
            assertThat(download(englishHref)).isEqualTo(journey.englishFile());
            // its alliance, program and topics lead on
            assertThat(driver.findElement(By.cssSelector("a[href*='/alliance?id=" + journey.alliance() + "']")).isDisplayed()).isTrue();
            assertThat(driver.findElement(By.cssSelector("a[href*='/program?code=" + journey.program() + "']")).getText()).startsWith("Work at height");
            assertThat(driver.findElement(By.cssSelector("a[href*='topic=scaffolds']")).getText()).isEqualTo("scaffolds");
        }
    }

    /**
     * Every public page type of this part of the portal, in both languages, on a desktop and on a
     * phone: no serious or critical axe-core violation (nor any WCAG A/AA one), nothing wider than the
     * phone, and a screenshot of each under target/screenshots for a person to look at.
     */
    @Test
    void everyPublicPageTypeIsAccessibleInBothLanguagesOnADesktopAndAPhone() throws Exception {
        Journey journey = journeyMaterial();
        java.util.Map<String, String> pages = new java.util.LinkedHashMap<>();
        pages.put("home", "");
        pages.put("results", "results?q=andamios");
        pages.put("results-none", "results?q=zzqxjw+vvkq");
        pages.put("material", "material?id=" + journey.material());
        pages.put("alliances", "alliances");
        pages.put("alliance", "alliance?id=" + journey.alliance());
        pages.put("programs", "programs");
        pages.put("program", "program?code=" + journey.program());
        pages.put("not-found", "material?id=00000000-0000-0000-0000-000000000000");
        for (int width : new int[] {1280, 390}) {
            try (Chromium browser = width == 390 ? Chromium.phone(390, 844) : Chromium.desktop(1280, 900)) {
                ChromeDriver driver = browser.driver();
                driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
                for (var page : pages.entrySet()) {
                    for (String language : new String[] {"en", "es"}) {
                        String path = page.getValue();
                        driver.get(portalBase + path + (path.contains("?") ? "&" : "?") + "lang=" + language);
                        String where = page.getKey() + " in " + language + " at " + width + " px";
                        assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).as(where).isEqualTo(language);
                        assertThat(driver.findElements(By.tagName("h1"))).as(where + ": one main heading").hasSize(1);
                        assertThat(Axe.violations(driver)).as(where).isEmpty();
                        if (width == 390) {
                            Number overflow = (Number) driver.executeScript("return document.documentElement.scrollWidth - window.innerWidth;");
                            assertThat(overflow.intValue()).as(where + ": nothing wider than the phone").isLessThanOrEqualTo(0);
                        }
                        browser.screenshot(page.getKey() + "-" + language + "-" + width);
                    }
                }
            }
        }
    }

    @Test
    void theResultsPageSurvivesWhatReadersTypeAndNamesItsPages() {
        Reply braces = portal.get("results?lang=es&q=" + q("{"));
        assertThat(braces.status()).isEqualTo(200);
        assertThat(braces.body()).contains("Resultados para «{»");
        Reply both = portal.get("results?lang=en&q=" + q("{guardrails}"));
        assertThat(both.status()).isEqualTo(200);

        String alliance = ContentFixtures.alliance(content, "Ladder Safety Alliance",
                ContentFixtures.organization(content, "Consulado de Honduras", "CONSULATE"));
        for (int i = 0; i < 11; i++) {
            ContentFixtures.publishedMaterial(content, alliance, "Ladder inspection card " + i, "Check the feet and rungs.",
                    "Tarjeta de inspección de escaleras " + i, "Revise las patas.");
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> portal.get("results?q=ladder+inspection&lang=en").body().contains("aria-label=\"Page 2 of"));
        Reply paged = portal.get("results?q=ladder+inspection&lang=en");
        assertThat(paged.body()).doesNotContain("{0}").doesNotContain("{1}").contains("aria-current=\"page\"");
        assertThat(portal.get("results?q=ladder+inspection&lang=en&page=2").body()).contains("rel=\"prev\"");
        assertThat(portal.get("results?q=ladder+inspection&lang=en&page=abc&sort=sideways&type=" + q("<b>")).status()).isEqualTo(200);
    }

    @Test
    void theLanguageChosenIsRememberedAndOtherwiseTheBrowsersPreferenceDecides() throws Exception {
        var http = java.net.http.HttpClient.newHttpClient();
        var chosen = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(portalBase + "?lang=es")).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        String cookie = chosen.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("lang=")).findFirst().orElseThrow();
        assertThat(cookie).startsWith("lang=es").containsIgnoringCase("SameSite=Lax").containsIgnoringCase("HttpOnly");
        assertThat(chosen.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("JSESSIONID"));
        var remembered = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(portalBase))
                .header("Cookie", "lang=es").header("Accept-Language", "en-US,en").build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(remembered.body()).containsPattern("<html[^>]* lang=\"es\"");
        var preferred = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(portalBase))
                .header("Accept-Language", "es-MX,es;q=0.9,en;q=0.5").build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(preferred.body()).containsPattern("<html[^>]* lang=\"es\"");
    }

    @Test
    void anAllianceAndAProgramHaveTheirPagesAndUnknownOnesAreNotFound() {
        Journey journey = journeyMaterial();
        Reply alliance = portal.get("alliance?id=" + journey.alliance() + "&lang=es");
        assertThat(alliance.status()).isEqualTo(200);
        assertThat(alliance.body()).contains("Sindicatos").contains("Asociaciones gremiales")
                .contains("no implica respaldo").contains("/exit?organization=").contains("material?id=" + journey.material());
        Reply directory = portal.get("alliances?lang=en&agency=OSHA&level=NATIONAL&status=nonsense");
        assertThat(directory.status()).isEqualTo(200);
        assertThat(directory.body()).contains("alliance?id=" + journey.alliance());
        assertThat(portal.get("alliances?lang=en&agency=MSHA").body()).doesNotContain("alliance?id=" + journey.alliance());
        Reply program = portal.get("program?code=" + journey.program() + "&lang=es");
        assertThat(program.status()).isEqualTo(200);
        assertThat(program.body()).contains("Trabajo en altura").contains("En inglés: ").contains("material?id=" + journey.material());
        assertThat(portal.get("programs?lang=en").body()).contains("program?code=" + journey.program());
        assertThat(portal.get("program?code=NO-SUCH&lang=es").status()).isEqualTo(404);
        assertThat(portal.get("alliance?id=" + q("<x>") + "&lang=es").status()).isEqualTo(404);
        assertThat(portal.get("alliance?id=00000000-0000-0000-0000-000000000000&lang=en").body()).contains("There is no alliance");
    }
}
