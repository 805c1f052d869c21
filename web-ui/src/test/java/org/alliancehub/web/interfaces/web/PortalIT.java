package org.alliancehub.web.interfaces.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.File;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;


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
                .contains("name=\"q\"")
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

            assertThat(driver.findElement(By.cssSelector("label[for='q']")).getText()).isNotBlank();
            driver.findElement(By.id("q")).sendKeys("zanja", Keys.ENTER);
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
            assertThat(driver.findElement(By.id("q")).getAttribute("value")).isEqualTo("zanja");
            assertThat(driver.findElement(By.tagName("h1")).getText()).contains("zanja");
            assertThat(driver.findElements(By.cssSelector("ol.results li.result"))).isNotEmpty();
            driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
            assertThat(Axe.violations(driver)).as("WCAG 2.1 A/AA on the results page").isEmpty();

            // the result's title leads to its material page, which passes the same checks
            driver.findElement(By.cssSelector("ol.results li.result h2 a")).click();
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
        assertThat(portal.get("results?q=andamios&lang=es").body()).contains("no disponible en su idioma");

        Reply misspelled = portal.get("results?q=scafold&lang=en");
        assertThat(misspelled.status()).isEqualTo(200);
        assertThat(misspelled.body()).contains("Did you mean").contains("q=scaffold");
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
                .contains("FS-3151").contains("2024-06-01").contains("Scaffold Safety Alliance")
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
}
