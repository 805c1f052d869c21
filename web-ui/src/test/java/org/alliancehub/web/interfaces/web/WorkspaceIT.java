package org.alliancehub.web.interfaces.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.alliancehub.stack.junit.ContentFixtures;
import org.alliancehub.stack.junit.JsonApi;
import org.alliancehub.stack.junit.RealStack;
import org.alliancehub.stack.junit.RealStackExtension;
import org.alliancehub.stack.junit.RunningStack;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The partner workspace in real Chromium against the real services: a partner signs in with the
 * content service's account, creates a material, uploads an English PDF and a Spanish DOCX the test
 * writes, sees the findings arrive, submits, answers a curator's return and submits again; another
 * partner reaches none of it; a forged form post is refused.
 */
@RealStack(elasticsearch = true, services = {RealStack.Service.CONTENT, RealStack.Service.SEARCH})
@ExtendWith({RealStackExtension.class, ArquillianExtension.class})
class WorkspaceIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        WebArchive built = ShrinkWrap.createFromZipFile(WebArchive.class, new File("target/web-ui.war"));
        return ShrinkWrap.create(WebArchive.class, "portal.war").merge(built);
    }

    @ArquillianResource
    URL base;

    private String portalBase;
    private JsonApi admin;
    private ContentFixtures contentService;

    @BeforeEach
    void clients(RunningStack stack) {
        String url = base.toString().replaceFirst("//[^:/]+", "//localhost");
        portalBase = url.endsWith("/") ? url : url + "/";
        contentService = new ContentFixtures(stack.sideServicesUrl() + "/content");
        admin = contentService.admin(stack);
    }

    /** A partner's account for a new alliance, and the alliance. */
    private record Partner(String username, String password, String allianceId, String allianceName, JsonApi api) {
    }

    private Partner partner(String allianceName) {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String organization = ContentFixtures.organization(admin, "Roofers Union Local " + run, "UNION");
        String name = allianceName + " " + run;
        String alliance = ContentFixtures.alliance(admin, name, organization);
        String username = "partner-" + run;
        String password = UUID.randomUUID().toString();
        ContentFixtures.require(admin.post("api/accounts", Json.createObjectBuilder().add("username", username)
                .add("password", password).add("displayName", "Pat " + run).add("role", "PARTNER")
                .add("organizationIds", Json.createArrayBuilder().add(organization)).build()), 201);
        return new Partner(username, password, alliance, name, contentService.signedIn(username, password));
    }

    private void signIn(ChromeDriver driver, Partner partner, String language) {
        driver.get(portalBase + "partner/?lang=" + language);
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("/account/sign-in"));
        driver.findElement(By.id("sign-in:username")).sendKeys(partner.username());
        driver.findElement(By.id("sign-in:password")).sendKeys(partner.password());
        driver.findElement(By.id("sign-in:submit")).click();
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("/partner/"));
    }

    @Test
    void aPartnerCreatesAMaterialInTwoLanguagesSeesTheFindingsSubmitsAndAnswersAReturn() throws Exception {
        Partner partner = partner("Roofing Safety Alliance");
        Path englishPdf = englishPdf();
        Path spanishDocx = spanishDocx();
        try (Chromium browser = Chromium.desktop(1280, 900)) {
            ChromeDriver driver = browser.driver();
            signIn(driver, partner, "en");
            assertThat(driver.findElement(By.tagName("h1")).getText()).as(shown(driver)).isEqualTo("My alliances");
            assertThat(driver.findElement(By.cssSelector("section.alliance-board h2")).getText()).isEqualTo(partner.allianceName());

            // a new material with its English version
            driver.findElement(By.linkText("New material")).click();
            until(driver, ExpectedConditions.presenceOfElementLocated(By.id("create:first-title")));
            driver.findElement(By.id("create:first-title")).sendKeys("Fall protection on low-slope roofs");
            driver.findElement(By.id("create:first-summary")).sendKeys("Warning lines, guardrails and personal fall arrest.");
            driver.findElement(By.id("create:topics_input")).sendKeys("falls, roofing");
            driver.findElement(By.id("create:create-button")).click();
            until(driver, ExpectedConditions.urlContains("id="));
            String materialId = driver.getCurrentUrl().replaceFirst(".*[?&]id=([0-9a-f-]{36}).*", "$1");
            assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Fall protection on low-slope roofs");
            assertThat(driver.findElement(By.id("state")).getText()).isEqualTo("Draft");

            // the upload button is a button for the keyboard, and Enter opens the file chooser
            WebElement choose = driver.findElement(By.cssSelector("section.version-panel[lang='en'] .ui-fileupload-choose"));
            assertThat(choose.getAttribute("role")).isEqualTo("button");
            driver.executeScript("const input = document.getElementById(arguments[0].getAttribute('data-file-input'));"
                    + " input.addEventListener('click', e => { e.preventDefault(); document.body.dataset.chooserOpened = 'yes'; });", choose);
            choose.sendKeys(org.openqa.selenium.Keys.ENTER);
            assertThat(driver.findElement(By.tagName("body")).getAttribute("data-chooser-opened")).isEqualTo("yes");

            // the English PDF: the findings arrive without a reload
            upload(driver, "en", englishPdf);
            WebElement englishFindings = until(driver, ExpectedConditions.presenceOfElementLocated(
                    By.cssSelector("section.version-panel[lang='en'] .findings ul.finding-list")));
            assertThat(englishFindings.getText()).contains("Written in English, as declared").contains("1 page")
                    .contains("Agency disclaimer found").contains("Worker rights statement found")
                    .contains("Plain language: grade").contains("The PDF has text that screen readers can read")
                    .contains("The PDF is not tagged").contains("The PDF has a title");

            // the Spanish version and its DOCX
            new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("editor:new-language"))).selectByValue("es");
            driver.findElement(By.id("editor:new-title")).sendKeys("Protección contra caídas en techos de baja pendiente");
            driver.findElement(By.id("editor:add-version")).click();
            until(driver, ExpectedConditions.presenceOfElementLocated(By.cssSelector("section.version-panel[lang='es']")));
            upload(driver, "es", spanishDocx);
            WebElement spanishFindings = until(driver, ExpectedConditions.presenceOfElementLocated(
                    By.cssSelector("section.version-panel[lang='es'] .findings ul.finding-list")));
            assertThat(spanishFindings.getText()).contains("Written in Spanish, as declared").contains("Agency disclaimer missing");

            // submitted with a comment
            driver.findElement(By.id("editor:comment")).sendKeys("Both versions ready for review.");
            driver.findElement(By.id("editor:submit")).click();
            until(driver, ExpectedConditions.textToBe(By.id("state"), "Submitted"));
            assertThat(driver.findElement(By.cssSelector("ol.history")).getText()).contains("Both versions ready for review.");

            // a curator returns it through the API
            ContentFixtures.require(admin.post("api/materials/" + materialId + "/review", "{\"comment\": \"Starting review\"}"), 200);
            ContentFixtures.require(admin.post("api/materials/" + materialId + "/return",
                    "{\"comment\": \"Please add the worker-rights statement.\"}"), 200);

            // the dashboard says it came back, and why
            driver.get(portalBase + "partner/?lang=en");
            WebElement row = driver.findElement(By.xpath("//tr[.//a[contains(@href,'" + materialId + "')]]"));
            assertThat(row.getText()).contains("Returned").contains("Please add the worker-rights statement.");

            // fixed and submitted again; meanwhile a curator retitles the English version
            row.findElement(By.cssSelector("a")).click();
            until(driver, ExpectedConditions.presenceOfElementLocated(By.id("editor:comment")));
            ContentFixtures.require(admin.put("api/materials/" + materialId + "/versions/en", Json.createObjectBuilder()
                    .add("title", "Fall protection on low-slope roofs (OSHA 1926.501)")
                    .add("summary", "Warning lines, guardrails and personal fall arrest.").build()), 200);
            WebElement summary = driver.findElement(By.cssSelector("section.version-panel[lang='en'] textarea"));
            summary.clear();
            summary.sendKeys("Warning lines, guardrails and personal fall arrest. You have the right to a safe workplace.");
            driver.findElement(By.cssSelector("section.version-panel[lang='en'] .version-actions input.primary-button")).click();
            WebElement conflict = until(driver, ExpectedConditions.presenceOfElementLocated(By.id("editor:conflict")));
            assertThat(conflict.getText()).as("what changed meanwhile is shown, nothing is overwritten")
                    .contains("Fall protection on low-slope roofs (OSHA 1926.501)");
            assertThat(admin.get("api/materials/" + materialId).json().getJsonArray("versions").toString())
                    .contains("(OSHA 1926.501)");
            // the partner takes the curator's title and makes the fix again
            driver.findElement(By.cssSelector("#editor\\:conflict input.link-button")).click();
            until(driver, ExpectedConditions.invisibilityOfElementLocated(By.id("editor:conflict")));
            summary = driver.findElement(By.cssSelector("section.version-panel[lang='en'] textarea"));
            summary.clear();
            summary.sendKeys("Warning lines, guardrails and personal fall arrest. You have the right to a safe workplace.");
            driver.findElement(By.cssSelector("section.version-panel[lang='en'] .version-actions input.primary-button")).click();
            until(driver, ExpectedConditions.presenceOfElementLocated(By.cssSelector("#editor\\:messages .ui-messages-info")));
            // and its publication number, in the description
            driver.findElement(By.id("editor:number")).sendKeys("FS-ROOF-01");
            driver.findElement(By.id("editor:describe")).click();
            until(driver, ExpectedConditions.textToBePresentInElementLocated(By.id("editor:messages"), "The description is saved."));
            driver.findElement(By.id("editor:comment")).sendKeys("Statement added.");
            driver.findElement(By.id("editor:submit")).click();
            until(driver, ExpectedConditions.textToBe(By.id("state"), "Submitted"));
            assertThat(driver.findElement(By.cssSelector("ol.history")).getText())
                    .contains("Please add the worker-rights statement.").contains("Statement added.");
            browser.screenshot("workspace-material-en-1280");
        }
        var stored = partner.api().get("api/materials?state=SUBMITTED&alliance=" + partner.allianceId()).json().getJsonArray("items");
        assertThat(stored).hasSize(1);
        var material = stored.getJsonObject(0);
        assertThat(material.getString("state")).isEqualTo("SUBMITTED");
        assertThat(material.getString("publicationNumber")).isEqualTo("FS-ROOF-01");
        assertThat(material.getJsonArray("topics").toString()).contains("falls").contains("roofing");
        assertThat(material.getJsonArray("versions")).hasSize(2)
                .allSatisfy(v -> assertThat(v.asJsonObject().get("file")).isNotNull());
    }

    /**
     * On a phone: a webinar without its online link is refused in the service's words, then
     * announced in Chicago's time (the browser and the portal run in UTC) with its link; a
     * training program is created; an outreach activity is reported with the people reached.
     */
    @Test
    void aPartnerOnAPhoneAnnouncesAnEventInItsOwnTimeZoneCreatesATrainingAndReportsOutreach() throws Exception {
        Partner partner = partner("Tree Care Safety Alliance");
        java.time.LocalDate day = java.time.LocalDate.now().plusMonths(2).withDayOfMonth(10);
        try (Chromium browser = Chromium.phone(390, 844)) {
            ChromeDriver driver = browser.driver();
            signIn(driver, partner, "es");
            driver.findElement(By.linkText("Nuevo evento")).click();
            until(driver, ExpectedConditions.presenceOfElementLocated(By.id("activity:title")));
            new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("activity:kind"))).selectByValue("WEBINAR");
            driver.findElement(By.id("activity:title")).sendKeys("Seminario web: trabajo seguro con motosierras");
            typeDateTime(driver, "activity:starts", day + "T09:00");
            typeDateTime(driver, "activity:ends", day + "T10:30");
            new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("activity:zone"))).selectByValue("America/Chicago");
            driver.findElement(By.cssSelector("input[name='activity:languages'][value='es']")).click();
            browser.screenshot("workspace-event-typed-es-390");
            WebElement save = driver.findElement(By.id("activity:save"));
            Number overflow = (Number) driver.executeScript("return document.documentElement.scrollWidth - window.innerWidth;");
            assertThat(overflow.intValue()).as("the form fits the phone").isLessThanOrEqualTo(0);
            save.click();
            WebElement refusal = until(driver, ExpectedConditions.presenceOfElementLocated(By.cssSelector("#activity\\:messages .message-error")));
            assertThat(refusal.getText()).as(shown(driver)).contains("online link");
            assertThat(driver.findElement(By.id("activity:title")).getAttribute("value")).as("what was typed is kept")
                    .isEqualTo("Seminario web: trabajo seguro con motosierras");

            driver.findElement(By.id("activity:online")).sendKeys("https://meet.example.org/motosierras");
            driver.findElement(By.id("activity:save")).click();
            until(driver, ExpectedConditions.urlContains("id="));
            assertThat(driver.findElement(By.id("state")).getText()).as(shown(driver)).isEqualTo("Borrador");
            String eventId = driver.getCurrentUrl().replaceFirst(".*[?&]id=([0-9a-f-]{36}).*", "$1");
            var event = partner.api().get("api/events/" + eventId).json();
            assertThat(java.time.OffsetDateTime.parse(event.getString("startsAt")).toInstant())
                    .as("09:00 in Chicago, whatever the browser's or the portal's zone")
                    .isEqualTo(day.atTime(9, 0).atZone(java.time.ZoneId.of("America/Chicago")).toInstant());
            assertThat(driver.findElement(By.id("activity:starts")).getAttribute("value")).isEqualTo(day + "T09:00");

            // a training program
            driver.get(portalBase + "partner/?lang=es");
            driver.findElement(By.linkText("Nuevo programa de capacitación")).click();
            until(driver, ExpectedConditions.presenceOfElementLocated(By.id("activity:title")));
            driver.findElement(By.id("activity:title")).sendKeys("Capacitación para trepadores de árboles");
            driver.findElement(By.id("activity:duration")).sendKeys("240");
            driver.findElement(By.cssSelector("input[name='activity:languages'][value='es']")).click();
            driver.findElement(By.id("activity:save")).click();
            until(driver, ExpectedConditions.urlContains("id="));
            assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Capacitación para trepadores de árboles");

            // both appear on the dashboard with their state
            driver.get(portalBase + "partner/?lang=es");
            assertThat(driver.findElement(By.cssSelector("ul.activity-states")).getText())
                    .contains("Seminario web: trabajo seguro con motosierras").contains("Capacitación para trepadores de árboles")
                    .contains("Borrador");

            // an outreach activity
            driver.findElement(By.partialLinkText("difusión")).click();
            until(driver, ExpectedConditions.presenceOfElementLocated(By.id("report:description")));
            typeDateTime(driver, "report:date", java.time.LocalDate.now().minusDays(3).toString());
            new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("report:language"))).selectByValue("es");
            driver.findElement(By.id("report:people")).sendKeys("85");
            driver.findElement(By.id("report:description")).sendKeys("Charla en la feria de empleo del condado.");
            driver.findElement(By.id("report:report-button")).click();
            until(driver, ExpectedConditions.presenceOfElementLocated(By.cssSelector("#report\\:messages .message-info")));
            assertThat(driver.findElement(By.cssSelector("table.work-table")).getText()).contains("Charla en la feria de empleo del condado.").contains("85");
            assertThat(((Number) driver.executeScript("return document.documentElement.scrollWidth - window.innerWidth;")).intValue())
                    .as("nothing wider than the phone").isLessThanOrEqualTo(0);
        }
        var summary = partner.api().get("api/outreach-activities/summary?alliance=" + partner.allianceId()).json();
        assertThat(summary.toString()).contains("85");
    }

    /**
     * A curator clears a submission from the queue: both versions side by side with their findings,
     * a return without a reason refused, a return with one, the partner's fix, publication, and the
     * public search finds it. A partner cannot open the staff pages. Every staff page passes axe in
     * both languages at both widths.
     */
    @Test
    void aCuratorReviewsFromTheQueueReturnsThenPublishesCuratesAndAPartnerCannotOpenStaffPages() throws Exception {
        Partner partner = partner("Grain Handling Safety Alliance");
        String run = UUID.randomUUID().toString().substring(0, 8);
        String program = ("NEP-GRAIN-" + run).toUpperCase();
        ContentFixtures.require(admin.post("api/emphasis-programs", Json.createObjectBuilder().add("code", program).add("agency", "OSHA")
                .add("scope", "NATIONAL").add("nameEnglish", "Grain handling " + run).add("nameSpanish", "Manejo de granos " + run).build()), 201);
        String materialId = ContentFixtures.require(partner.api().post("api/materials", Json.createObjectBuilder()
                .add("allianceId", partner.allianceId()).add("type", "FACT_SHEET")
                .add("emphasisPrograms", Json.createArrayBuilder().add(program))
                .add("versions", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("language", "en").add("title", "Grain bin entry permits " + run))
                        .add(Json.createObjectBuilder().add("language", "es").add("title", "Permisos para entrar a silos " + run)))
                .build()), 201).getString("id");
        ContentFixtures.require(partner.api().postFile("api/materials/" + materialId + "/versions/en/file", "file", "grain-bins.pdf",
                Files.readAllBytes(englishPdf())), 202);
        ContentFixtures.require(partner.api().postFile("api/materials/" + materialId + "/versions/es/file", "file", "silos.docx",
                Files.readAllBytes(spanishDocx())), 202);
        ContentFixtures.require(partner.api().post("api/materials/" + materialId + "/submit", "{\"comment\": \"Ready\"}"), 200);
        Partner curator = curator();
        String curatorName = curator.username();
        String curatorPassword = curator.password();

        try (Chromium browser = Chromium.desktop(1280, 900)) {
            ChromeDriver driver = browser.driver();
            driver.get(portalBase + "account/sign-in?lang=en");
            driver.findElement(By.id("sign-in:username")).sendKeys(curatorName);
            driver.findElement(By.id("sign-in:password")).sendKeys(curatorPassword);
            driver.findElement(By.id("sign-in:submit")).click();
            until(driver, ExpectedConditions.urlContains("/staff/"));
            assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Review queue");
            driver.get(portalBase + "staff/?lang=en&language=es&state=SUBMITTED");
            driver.findElement(By.partialLinkText("Grain bin entry permits " + run)).click();
            until(driver, ExpectedConditions.urlContains("/staff/review?id=" + materialId));
            until(driver, d -> {
                d.navigate().refresh();
                return d.findElements(By.cssSelector(".versions-side-by-side .findings ul.finding-list")).size() == 2;
            });
            assertThat(driver.findElements(By.cssSelector(".versions-side-by-side section.version-panel"))).hasSize(2);
            assertThat(driver.findElement(By.cssSelector(".versions-side-by-side")).getText())
                    .contains("Permisos para entrar a silos " + run).contains("Written in Spanish, as declared")
                    .contains("Agency disclaimer missing");

            // the English PDF in an in-page viewer, streamed by the portal with the curator's session only
            String preview = driver.findElement(By.cssSelector("iframe.file-preview")).getAttribute("src");
            String session = driver.manage().getCookieNamed("JSESSIONID").getValue();
            HttpResponse<byte[]> file = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(preview))
                    .header("Cookie", "JSESSIONID=" + session).build(), HttpResponse.BodyHandlers.ofByteArray());
            assertThat(file.statusCode()).isEqualTo(200);
            assertThat(file.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/pdf");
            assertThat(file.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("inline");
            assertThat(file.headers().firstValue("Content-Security-Policy").orElseThrow()).contains("frame-ancestors 'self'");
            assertThat(new String(file.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
            assertThat(HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(preview)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode()).as("no session, no file").isEqualTo(302);
            HttpResponse<byte[]> docx = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(preview.replace("lang=en", "lang=es")))
                    .header("Cookie", "JSESSIONID=" + session).build(), HttpResponse.BodyHandlers.ofByteArray());
            assertThat(docx.headers().firstValue("Content-Disposition").orElseThrow()).as("other types download").startsWith("attachment");

            driver.findElement(By.id("review:start")).click();
            until(driver, ExpectedConditions.textToBe(By.id("state"), "In review"));
            driver.findElement(By.id("review:return")).click();
            assertThat(until(driver, ExpectedConditions.presenceOfElementLocated(By.cssSelector("#review\\:messages .message-error"))).getText())
                    .isEqualTo("Say why, in the comment: the partner reads it.");
            driver.findElement(By.id("review:comment")).sendKeys("Add the disclaimer to the Spanish file.");
            driver.findElement(By.id("review:return")).click();
            until(driver, ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("ol.history"), "Add the disclaimer to the Spanish file."));
            assertThat(partner.api().get("api/materials/" + materialId).json().getString("state")).isEqualTo("DRAFT");

            // the partner fixes it and submits again; the curator publishes from the queue
            ContentFixtures.require(partner.api().post("api/materials/" + materialId + "/submit", "{\"comment\": \"Fixed\"}"), 200);
            driver.get(portalBase + "staff/review?id=" + materialId + "&lang=en");
            assertThat(driver.findElements(By.id("review:publish"))).as("a submitted material is reviewed before it is published").isEmpty();
            driver.findElement(By.id("review:start")).click();
            until(driver, ExpectedConditions.textToBe(By.id("state"), "In review"));
            driver.findElement(By.id("review:publish")).click();
            until(driver, ExpectedConditions.textToBe(By.id("state"), "Published"));
            // the next submission is one click away: clearing a queue needs no trip back to it
            String waiting = ContentFixtures.require(partner.api().post("api/materials", Json.createObjectBuilder()
                    .add("allianceId", partner.allianceId()).add("type", "POSTER").add("versions", Json.createArrayBuilder()
                            .add(Json.createObjectBuilder().add("language", "en").add("title", "Grain dust housekeeping " + run))).build()), 201)
                    .getString("id");
            ContentFixtures.require(partner.api().post("api/materials/" + waiting + "/submit", "{}"), 200);
            driver.get(portalBase + "staff/review?id=" + materialId + "&lang=en");
            String next = until(driver, ExpectedConditions.presenceOfElementLocated(By.id("next"))).getAttribute("href");
            assertThat(next).contains("/staff/review?id=").doesNotContain(materialId);
            org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30)).until(() ->
                    new JsonApi(portalBase).get("results?lang=es&q=" + java.net.URLEncoder.encode("silos " + run, StandardCharsets.UTF_8))
                            .body().contains("material?id=" + materialId));
            assertThat(curator.api().get("api/materials/" + materialId + "/history").body())
                    .contains("Add the disclaimer to the Spanish file.").contains(curatorName);

            // curation: a newer material supports the program too; the curator puts the reviewed one first, featured
            String newer = ContentFixtures.publishedMaterial(admin, Json.createObjectBuilder().add("allianceId", partner.allianceId())
                    .add("type", "POSTER").add("emphasisPrograms", Json.createArrayBuilder().add(program))
                    .add("versions", Json.createArrayBuilder().add(Json.createObjectBuilder().add("language", "es")
                            .add("title", "Cartel de silos " + run))).build());
            org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> programPageOrder(program).equals(List.of(newer, materialId)));
            driver.get(portalBase + "staff/curation?lang=en");
            driver.findElement(By.partialLinkText("Grain handling " + run)).click();
            until(driver, ExpectedConditions.urlContains("program=" + program));
            assertThat(driver.findElement(By.cssSelector("#curation\\:curated")).getText()).contains("Nothing is curated yet");
            addCandidate(driver, "Cartel de silos " + run);
            addCandidate(driver, "Grain bin entry permits " + run);
            assertThat(curatedTitles(driver)).containsExactly("Cartel de silos " + run, "Grain bin entry permits " + run);
            assertThat(driver.findElement(By.id("unsaved")).getText()).isEqualTo("The order has changed and is not saved yet.");
            // the keyboard way: the arrow button of the second row moves it up
            clickOnceStill(driver, By.id("curation:curated:1:up"));
            until(driver, d -> curatedTitles(d).get(0).equals("Grain bin entry permits " + run));
            // the mouse way: dragging the first row below the second puts it back
            dragRow(driver, 0, 1);
            until(driver, d -> curatedTitles(d).get(0).equals("Cartel de silos " + run));
            clickOnceStill(driver, By.id("curation:curated:1:up"));
            until(driver, d -> curatedTitles(d).get(0).equals("Grain bin entry permits " + run));
            clickOnceStill(driver, By.id("curation:curated:0:featured"));
            clickOnceStill(driver, By.id("curation:save"));
            until(driver, ExpectedConditions.textToBePresentInElementLocated(By.id("curation:messages"), "The order is saved"));
            assertThat(driver.findElements(By.id("unsaved"))).isEmpty();
            org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> programPageOrder(program).equals(List.of(materialId, newer)));
            driver.get(portalBase + "program?code=" + program + "&lang=es");
            WebElement first = driver.findElement(By.cssSelector("main li.result"));
            assertThat(first.getText()).contains("Permisos para entrar a silos " + run).contains("Destacado");

            // a list saved by someone else meanwhile is not overwritten
            driver.get(portalBase + "staff/curation?program=" + program + "&lang=en");
            String tag = curator.api().get("api/emphasis-programs/" + program + "/curation").headers().firstValue("ETag").orElseThrow();
            ContentFixtures.require(curator.api().withHeader("If-Match", tag).put("api/emphasis-programs/" + program + "/curation",
                    Json.createObjectBuilder().add("items", Json.createArrayBuilder()).build()), 200);
            driver.findElement(By.id("curation:curated:0:remove")).click();
            until(driver, ExpectedConditions.presenceOfElementLocated(By.id("unsaved")));
            driver.findElement(By.id("curation:save")).click();
            until(driver, ExpectedConditions.textToBePresentInElementLocated(By.id("curation:messages"), "Someone else saved"));
            assertThat(driver.findElement(By.cssSelector("#curation\\:curated")).getText()).contains("Nothing is curated yet");
        }
        // a partner gets the forbidden page, not the queue
        try (Chromium browser = Chromium.desktop(1280, 900)) {
            ChromeDriver driver = browser.driver();
            signIn(driver, partner, "en");
            driver.get(portalBase + "staff/?lang=en");
            assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Not for this account");
            assertThat(driver.getPageSource()).doesNotContain("Grain bin entry permits");
        }
        // every staff page, both languages, both widths
        for (int width : new int[] {1280, 390}) {
            try (Chromium browser = width == 390 ? Chromium.phone(390, 844) : Chromium.desktop(1280, 900)) {
                ChromeDriver driver = browser.driver();
                driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
                driver.get(portalBase + "account/sign-in?lang=en");
                driver.findElement(By.id("sign-in:username")).sendKeys(curatorName);
                driver.findElement(By.id("sign-in:password")).sendKeys(curatorPassword);
                driver.findElement(By.id("sign-in:submit")).click();
                until(driver, ExpectedConditions.urlContains("/staff/"));
                for (String language : new String[] {"en", "es"}) {
                    driver.get(portalBase + "staff/?lang=" + language);
                    check(browser, "staff-queue", language, width);
                    driver.get(portalBase + "staff/review?id=" + materialId + "&lang=" + language);
                    check(browser, "staff-review", language, width);
                    driver.get(portalBase + "staff/curation?lang=" + language);
                    check(browser, "staff-programs", language, width);
                    driver.get(portalBase + "staff/curation?program=" + program + "&lang=" + language);
                    // a click that lands while the page is still settling is made again until a row is there
                    until(driver, d -> {
                        if (!d.findElements(By.cssSelector("#curation\\:curated tbody tr td.curated-place")).isEmpty()) {
                            return true;
                        }
                        d.findElements(By.cssSelector("#curation input[value='Add'], #curation input[value='Añadir']")).stream().findFirst()
                                .ifPresent(WebElement::click);
                        return false;
                    });
                    check(browser, "staff-curation", language, width);
                }
            }
        }
    }

    @Test
    void anotherPartnerFindsNothingByUrlAndAForgedPostIsRefused() throws Exception {
        Partner owner = partner("Roofing Safety Alliance");
        String materialId = ContentFixtures.require(owner.api().post("api/materials", Json.createObjectBuilder()
                .add("allianceId", owner.allianceId()).add("type", "FACT_SHEET")
                .add("versions", Json.createArrayBuilder().add(Json.createObjectBuilder().add("language", "en")
                        .add("title", "Owner's draft"))).build()), 201).getString("id");
        Partner stranger = partner("Masonry Safety Alliance");
        try (Chromium browser = Chromium.desktop(1280, 900)) {
            ChromeDriver driver = browser.driver();
            signIn(driver, stranger, "en");
            driver.get(portalBase + "partner/material?id=" + materialId + "&lang=en");
            String owners = driver.getPageSource();
            String ownersHeading = driver.findElement(By.tagName("h1")).getText();
            driver.get(portalBase + "partner/material?id=" + UUID.randomUUID() + "&lang=en");
            assertThat(owners).doesNotContain("Owner's draft");
            assertThat(ownersHeading).as("another alliance's item is the same page as a missing one")
                    .isEqualTo(driver.findElement(By.tagName("h1")).getText()).isNotBlank();

            // a POST without the page's view state (a forged cross-site form) changes nothing
            String cookie = driver.manage().getCookieNamed("JSESSIONID").getValue();
            HttpResponse<String> forged = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                            URI.create(portalBase + "partner/material.xhtml?id=" + materialId))
                    .header("Cookie", "JSESSIONID=" + cookie).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("editor=editor&editor%3Acomment=forged&editor%3Asubmit=Submit"
                            + "&jakarta.faces.ViewState=forged"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(forged.statusCode()).as("not acted on: back to the page, which says nothing was saved").isIn(302, 303);
            assertThat(forged.headers().firstValue("Location").orElseThrow()).contains("/partner/material");
        }
        assertThat(owner.api().get("api/materials/" + materialId).json().getString("state")).isEqualTo("DRAFT");
    }

    /**
     * Every workspace page, in both languages, on a desktop and on a phone: no axe-core violation
     * of WCAG 2.1 A or AA (serious, critical or any other), one main heading, nothing wider than the
     * phone, and a screenshot of each under target/screenshots.
     */
    @Test
    void everyWorkspacePageIsAccessibleInBothLanguagesOnADesktopAndAPhone() throws Exception {
        Partner partner = partner("Warehouse Safety Alliance");
        String materialId = ContentFixtures.require(partner.api().post("api/materials", Json.createObjectBuilder()
                .add("allianceId", partner.allianceId()).add("type", "POSTER").add("topics", Json.createArrayBuilder().add("forklifts"))
                .add("versions", Json.createArrayBuilder().add(Json.createObjectBuilder().add("language", "en")
                        .add("title", "Forklift <b>pre-shift</b> check"))).build()), 201).getString("id");
        ContentFixtures.require(partner.api().postFile("api/materials/" + materialId + "/versions/en/file", "file",
                "forklift <check> & list.pdf", Files.readAllBytes(englishPdf())), 202);
        String eventId = ContentFixtures.require(partner.api().post("api/events", Json.createObjectBuilder()
                .add("allianceId", partner.allianceId()).add("kind", "SEMINAR").add("title", "Forklift safety day")
                .add("startsLocal", java.time.LocalDate.now().plusMonths(1) + "T09:00").add("endsLocal", java.time.LocalDate.now().plusMonths(1) + "T12:00")
                .add("timeZone", "America/Denver").add("place", "Denver, CO")
                .add("languages", Json.createArrayBuilder().add("en").add("es")).build()), 201).getString("id");
        java.util.Map<String, String> pages = new java.util.LinkedHashMap<>();
        pages.put("dashboard", "partner/");
        pages.put("material-new", "partner/material?alliance=" + partner.allianceId());
        pages.put("material", "partner/material?id=" + materialId);
        pages.put("event-new", "partner/activity?type=event&alliance=" + partner.allianceId());
        pages.put("event", "partner/activity?type=event&id=" + eventId);
        pages.put("training-new", "partner/activity?type=training&alliance=" + partner.allianceId());
        pages.put("outreach", "partner/outreach?alliance=" + partner.allianceId());
        pages.put("password", "account/password");
        Partner staff = curator();
        for (int width : new int[] {1280, 390}) {
            try (Chromium browser = width == 390 ? Chromium.phone(390, 844) : Chromium.desktop(1280, 900)) {
                ChromeDriver driver = browser.driver();
                driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
                for (String language : new String[] {"en", "es"}) {
                    driver.get(portalBase + "account/sign-in?lang=" + language);
                    check(browser, "sign-in", language, width);
                }
                signIn(driver, partner, "en");
                // the file's findings are in before the pages are looked at
                until(driver, d -> partner.api().get("api/materials/" + materialId).body().contains("\"status\":\"DONE\""));
                if (width == 1280) {
                    // the tags a partner types are completed from the words the alliance uses already
                    driver.get(portalBase + "partner/material?alliance=" + partner.allianceId() + "&lang=en");
                    driver.findElement(By.id("create:topics_input")).sendKeys("ladders, fork");
                    assertThat(until(driver, ExpectedConditions.visibilityOfElementLocated(
                            By.cssSelector("[id='create:topics_panel'] li.ui-autocomplete-item"))).getAttribute("data-item-label"))
                            .isEqualTo("ladders, forklifts");
                }
                for (var page : pages.entrySet()) {
                    for (String language : new String[] {"en", "es"}) {
                        String path = page.getValue();
                        driver.get(portalBase + path + (path.contains("?") ? "&" : "?") + "lang=" + language);
                        check(browser, page.getKey(), language, width);
                    }
                }
                assertThat(driver.getPageSource()).as("a title with markup is shown as text").doesNotContain("<b>pre-shift</b>");
                // the staff's report pages, for a curator
                driver.manage().deleteAllCookies();
                signInAsStaff(driver, staff, "en");
                for (String report : new String[] {"translation-gaps", "annual-activity", "dashboard", "content-gaps"}) {
                    for (String language : new String[] {"en", "es"}) {
                        driver.get(portalBase + "staff/reports/" + report + "?lang=" + language);
                        check(browser, "report-" + report, language, width);
                    }
                }
            }
        }
    }

    private static void check(Chromium browser, String page, String language, int width) throws IOException {
        ChromeDriver driver = browser.driver();
        String where = page + " in " + language + " at " + width + " px";
        assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).as(where).isEqualTo(language);
        assertThat(driver.findElements(By.tagName("h1"))).as(where + ": one main heading").hasSize(1);
        browser.screenshot("workspace-" + page + "-" + language + "-" + width);
        List<String> violations = Axe.violations(driver);
        if (!violations.isEmpty()) {
            Files.createDirectories(Path.of("target/failures"));
            Files.writeString(Path.of("target/failures/workspace-" + page + "-" + language + "-" + width + ".html"), driver.getPageSource());
        }
        assertThat(violations).as(where).isEmpty();
        if (width == 390) {
            Number overflow = (Number) driver.executeScript("return document.documentElement.scrollWidth - window.innerWidth;");
            assertThat(overflow.intValue()).as(where + ": nothing wider than the phone").isLessThanOrEqualTo(0);
        }
    }

    /** The password changes in the page, the partner stays signed in, and only the new one signs in from then on. */
    @Test
    void aPartnerChangesThePasswordAndStaysSignedIn() throws Exception {
        Partner partner = partner("Laboratory Safety Alliance");
        String chosen = "new " + UUID.randomUUID();
        try (Chromium browser = Chromium.desktop(1280, 900)) {
            ChromeDriver driver = browser.driver();
            signIn(driver, partner, "en");
            driver.findElement(By.linkText("Change password")).click();
            until(driver, ExpectedConditions.presenceOfElementLocated(By.id("password:current")));
            driver.findElement(By.id("password:current")).sendKeys("not-" + partner.password());
            driver.findElement(By.id("password:chosen")).sendKeys(chosen);
            driver.findElement(By.id("password:repeated")).sendKeys(chosen);
            driver.findElement(By.id("password:change")).click();
            assertThat(until(driver, ExpectedConditions.presenceOfElementLocated(By.cssSelector("#password\\:messages li"))).getText())
                    .isEqualTo("The current password is not right. Nothing was changed.");

            driver.findElement(By.id("password:current")).sendKeys(partner.password());
            driver.findElement(By.id("password:chosen")).sendKeys(chosen);
            driver.findElement(By.id("password:repeated")).sendKeys(chosen);
            driver.findElement(By.id("password:change")).click();
            until(driver, ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("main"), "Your password is changed."));
            driver.get(portalBase + "partner/?lang=en");
            assertThat(driver.findElement(By.tagName("h1")).getText()).as("still signed in").isEqualTo("My alliances");
        }
        assertThat(partner.api().get("api/auth/caller").status()).as("the token from before the change is over").isEqualTo(401);
        assertThat(contentService.signedIn(partner.username(), chosen).get("api/auth/caller").status()).isEqualTo(200);
    }

    @Test
    void partnerPagesNeedASignInAndAWrongPasswordSaysSo() throws Exception {
        Partner partner = partner("Roofing Safety Alliance");
        HttpResponse<String> anonymous = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(portalBase + "partner/")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(anonymous.statusCode()).isEqualTo(302);
        assertThat(anonymous.headers().firstValue("Location").orElseThrow()).contains("/account/sign-in?next=");
        try (Chromium browser = Chromium.phone(390, 844)) {
            ChromeDriver driver = browser.driver();
            driver.get(portalBase + "partner/?lang=es");
            driver.findElement(By.id("sign-in:username")).sendKeys(partner.username());
            driver.findElement(By.id("sign-in:password")).sendKeys("not-" + partner.password());
            driver.findElement(By.id("sign-in:submit")).click();
            WebElement messages = new WebDriverWait(driver, Duration.ofSeconds(20))
                    .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#sign-in\\:messages li")));
            assertThat(messages.getText()).isNotBlank();
            assertThat(driver.getCurrentUrl()).contains("/account/sign-in");
            assertThat(driver.getPageSource()).doesNotContain(partner.password());

            // repeated wrong passwords are throttled as the API throttles them, and the page says for how long
            Partner guessed = partner("Guessed Passwords Alliance");
            String said = "";
            for (int attempt = 0; attempt < 8 && !said.contains("segundos"); attempt++) {
                driver.findElement(By.id("sign-in:username")).clear();
                driver.findElement(By.id("sign-in:username")).sendKeys(guessed.username());
                driver.findElement(By.id("sign-in:password")).sendKeys("guess-" + attempt);
                submitAndAwaitThePage(driver, "sign-in:submit");
                said = until(driver, ExpectedConditions.presenceOfElementLocated(By.cssSelector("#sign-in\\:messages li"))).getText();
            }
            assertThat(said).as("throttled after the API's five wrong passwords").containsPattern("Espere \\d+ segundos");
            assertThat(guessed.api().get("api/auth/caller").status()).as("the throttle keeps nobody out who is signed in").isEqualTo(200);

            // signed in, then the session ends (here: the server no longer knows its id): the page says why
            driver.findElement(By.id("sign-in:username")).clear();
            driver.findElement(By.id("sign-in:username")).sendKeys(partner.username());
            driver.findElement(By.id("sign-in:password")).sendKeys(partner.password());
            driver.findElement(By.id("sign-in:submit")).click();
            until(driver, ExpectedConditions.urlContains("/partner/"));
            driver.manage().deleteCookieNamed("JSESSIONID");
            driver.manage().addCookie(new org.openqa.selenium.Cookie("JSESSIONID", "ended-" + UUID.randomUUID(), "/"));
            driver.get(portalBase + "partner/material?alliance=" + partner.allianceId() + "&lang=es");
            until(driver, ExpectedConditions.urlContains("ended=true"));
            assertThat(driver.findElement(By.cssSelector("main .notice")).getText()).as(shown(driver)).startsWith("Su sesión terminó");
            assertThat(driver.getCurrentUrl()).contains("next=%2Fpartner%2Fmaterial");
        }
    }

    /** Waits for the condition; when it does not come, the failure says where the browser is and what it shows. */
    private static <T> T until(ChromeDriver driver, org.openqa.selenium.support.ui.ExpectedCondition<T> condition) {
        try {
            // an element read while an Ajax answer replaces it is read again on the next poll
            return new WebDriverWait(driver, Duration.ofSeconds(30))
                    .ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d -> {
                        try {
                            return condition.apply(d);
                        } catch (org.openqa.selenium.WebDriverException e) {
                            // Chromium's way of saying the same while the page is replaced
                            if (e.getMessage() != null && e.getMessage().contains("does not belong to the document")) {
                                return null;
                            }
                            throw e;
                        }
                    });
        } catch (org.openqa.selenium.TimeoutException e) {
            String page = "target/failures/" + UUID.randomUUID() + ".html";
            try {
                Files.createDirectories(Path.of("target/failures"));
                Files.writeString(Path.of(page), driver.getPageSource());
            } catch (IOException unwritten) {
                page = "(not saved: " + unwritten + ")";
            }
            throw new AssertionError("Waited in vain for " + condition + " at " + driver.getCurrentUrl() + "; the page is in " + page, e);
        }
    }

    /** Where the browser is and what its page says, for a failure's message. */
    private static String shown(ChromeDriver driver) {
        return driver.getCurrentUrl() + ": " + driver.findElement(By.tagName("body")).getText();
    }

    /** Clicks a form's button and waits for the page the post answers with (not the one it left). */
    /** The material ids of the public program page's Spanish list, in order. */
    private List<String> programPageOrder(String program) {
        String page = new JsonApi(portalBase).get("program?code=" + program + "&lang=es").body();
        return java.util.regex.Pattern.compile("material\\?id=([0-9a-f-]{36})").matcher(page).results().map(m -> m.group(1)).distinct().toList();
    }

    private static void addCandidate(ChromeDriver driver, String title) {
        String before = driver.findElement(By.cssSelector("#curation\\:curated")).getText();
        driver.findElement(By.cssSelector("input[aria-label='Add " + title + " to the list']")).click();
        until(driver, d -> !d.findElement(By.cssSelector("#curation\\:curated")).getText().equals(before));
    }

    private static List<String> curatedTitles(org.openqa.selenium.WebDriver driver) {
        List<String> titles = driver.findElements(By.cssSelector("#curation\\:curated .curated-title")).stream().map(WebElement::getText).toList();
        // while the table is replaced there may be none: read again
        return titles.isEmpty() ? List.of("") : titles;
    }

    /** Drags a row of the curated table onto another's place, in small steps, as a hand would. */
    private static void dragRow(ChromeDriver driver, int from, int to) {
        // the previous answer may still replace the table while the rows are read: the drag starts
        // over then (Chromium resolves the first element before it moves the mouse)
        for (int attempt = 1; ; attempt++) {
            until(driver, d -> Boolean.TRUE.equals(driver.executeScript("return PrimeFaces.ajax.Queue.isEmpty()")));
            try {
                List<WebElement> rows = driver.findElements(By.cssSelector("#curation\\:curated tbody tr"));
                WebElement source = rows.get(from).findElement(By.cssSelector("td.curated-place"));
                WebElement target = rows.get(to).findElement(By.cssSelector("td.curated-place"));
                int dy = target.getLocation().getY() - source.getLocation().getY();
                var drag = new org.openqa.selenium.interactions.Actions(driver).clickAndHold(source);
                for (int step = 1; step <= 10; step++) {
                    drag = drag.moveByOffset(0, (dy + Integer.signum(dy) * 12) / 10);
                }
                drag.release().perform();
                return;
            } catch (org.openqa.selenium.StaleElementReferenceException replaced) {
                if (attempt == 5) {
                    throw replaced;
                }
            }
        }
    }

    /** Clicks an element an Ajax answer may be replacing just then: found again and clicked once it holds still. */
    private static void clickOnceStill(ChromeDriver driver, By element) {
        until(driver, d -> {
            d.findElement(element).click();
            return true;
        });
    }

    private static void submitAndAwaitThePage(ChromeDriver driver, String buttonId) {
        driver.executeScript("document.documentElement.dataset.left = 'yes';");
        driver.findElement(By.id(buttonId)).click();
        until(driver, d -> Boolean.TRUE.equals(((ChromeDriver) d).executeScript(
                "return document.readyState === 'complete' && document.documentElement.dataset.left !== 'yes';")));
    }

    /** Sets a date or date-time field as the browser's own picker would. */
    private static void typeDateTime(ChromeDriver driver, String id, String value) {
        driver.executeScript("const f = document.getElementById(arguments[0]); f.value = arguments[1];"
                + " f.dispatchEvent(new Event('change', {bubbles: true}));", id, value);
    }

    private static void upload(ChromeDriver driver, String language, Path file) {
        WebElement input = driver.findElement(By.cssSelector("section.version-panel[lang='" + language + "'] input[type='file']"));
        input.sendKeys(file.toAbsolutePath().toString());
    }

    /** A one-page English PDF with the standard statements, as a partner's layout program would write it. */
    private static Path englishPdf() throws IOException {
        Path file = Files.createTempFile("fall-protection", ".pdf");
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream text = new PDPageContentStream(document, page)) {
                text.beginText();
                text.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
                text.setLeading(14);
                text.newLineAtOffset(50, 720);
                for (String line : new String[] {
                        "Fall protection on low-slope roofs.",
                        "Set warning lines at least six feet from the edge. Use guardrails where people work near the edge.",
                        "Wear a harness tied to an anchor when you work outside the warning lines.",
                        "Check your harness before each shift. Look for cuts, burns and worn straps.",
                        "Cover every skylight and hole. Mark the cover so no one lifts it by mistake.",
                        "Keep the roof clear of scrap and tools. A trip near the edge can be a fall.",
                        "Do not work on a wet or icy roof. Wait until it is dry and safe.",
                        "Use a ladder that reaches three feet above the roof edge, and tie it off.",
                        "Ask your supervisor for training if you have not used this gear before.",
                        "This material does not necessarily reflect the official views of the agency.",
                        "Employers are responsible for providing a safe and healthful workplace, and workers have rights."}) {
                    text.showText(line);
                    text.newLine();
                }
                text.endText();
            }
            document.getDocumentInformation().setTitle("Fall protection on low-slope roofs");
            document.save(file.toFile());
        }
        return file;
    }

    /** A Spanish Word document (Office Open XML) written part by part, as Word stores one. */
    private static Path spanishDocx() throws IOException {
        String paragraphs = String.join("", java.util.stream.Stream.of(
                "Protección contra caídas en techos de baja pendiente.",
                "Coloque líneas de advertencia a por lo menos seis pies del borde y use barandas donde se trabaja cerca del borde.",
                "Use un arnés amarrado a un anclaje cuando trabaje fuera de las líneas de advertencia.",
                "Los trabajadores tienen derecho a un lugar de trabajo seguro.")
                .map(p -> "<w:p><w:r><w:t xml:space=\"preserve\">" + p + "</w:t></w:r></w:p>").toList());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            entry(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                    + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
                    + "</Types>");
            entry(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                    + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>"
                    + "</Relationships>");
            entry(zip, "word/document.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                    + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
                    + paragraphs + "</w:body></w:document>");
        }
        Path file = Files.createTempFile("proteccion-caidas", ".docx");
        Files.write(file, bytes.toByteArray());
        return file;
    }

    private static void entry(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    // --- staff reports (issue 14) ---

    /** A curator's account, signed in to the content service too. */
    private Partner curator() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String name = "curator-" + run;
        String password = UUID.randomUUID().toString();
        ContentFixtures.require(admin.post("api/accounts", Json.createObjectBuilder().add("username", name)
                .add("password", password).add("displayName", "Cora " + run).add("role", "CURATOR").build()), 201);
        return new Partner(name, password, null, null, contentService.signedIn(name, password));
    }

    private void signInAsStaff(ChromeDriver driver, Partner curator, String language) {
        driver.get(portalBase + "account/sign-in?lang=" + language);
        driver.findElement(By.id("sign-in:username")).sendKeys(curator.username());
        driver.findElement(By.id("sign-in:password")).sendKeys(curator.password());
        driver.findElement(By.id("sign-in:submit")).click();
        until(driver, ExpectedConditions.urlContains("/staff/"));
    }

    /** An export link's download, with the browser's session. */
    private static HttpResponse<byte[]> download(ChromeDriver driver, String href) throws Exception {
        String cookies = String.join("; ", driver.manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue()).toList());
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href)).header("Cookie", cookies).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void aCuratorOpensEachReportAndExportsTheAnnualOneAsCsvAndPdfWithTheFiguresOfWhatPartnersDid() throws Exception {
        Partner partner = partner("Heat Illness Reports Alliance");
        Partner curator = curator();
        String run = UUID.randomUUID().toString().substring(0, 8);
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneOffset.UTC);
        int fiscalYear = today.getMonthValue() >= 10 ? today.getYear() + 1 : today.getYear();
        String englishOnly = ContentFixtures.publish(curator.api(), ContentFixtures.require(partner.api().post("api/materials",
                Json.createObjectBuilder().add("allianceId", partner.allianceId()).add("type", "FACT_SHEET")
                        .add("versions", Json.createArrayBuilder().add(Json.createObjectBuilder().add("language", "en")
                                .add("title", "Water, rest, shade " + run))).build()), 201).getString("id"));
        ContentFixtures.publishedMaterial(curator.api(), partner.allianceId(), "Heat stress " + run, "Signs", "Estrés por calor " + run, "Señales");
        for (int people : new int[] {40, 60}) {
            ContentFixtures.require(partner.api().post("api/outreach-activities", Json.createObjectBuilder().add("allianceId", partner.allianceId())
                    .add("kind", "DISSEMINATION").add("date", today.toString()).add("language", "es").add("peopleReached", people)
                    .add("description", "Heat cards at the worksite").build()), 201);
        }
        ContentFixtures.require(partner.api().post("api/outreach-activities", Json.createObjectBuilder().add("allianceId", partner.allianceId())
                .add("kind", "SPEECH_OR_EXHIBIT").add("date", today.toString()).add("language", "en").add("peopleReached", 25)
                .add("description", "Talk at the growers' meeting").build()), 201);

        try (Chromium browser = Chromium.desktop(1280, 900)) {
            ChromeDriver driver = browser.driver();
            signInAsStaff(driver, curator, "en");
            driver.findElement(By.linkText("Translation gaps")).click();
            until(driver, ExpectedConditions.urlContains("/staff/reports/translation-gaps"));
            assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Translation gaps");
            assertThat(driver.findElement(By.id("table-gaps-no-spanish")).getText()).contains("Water, rest, shade " + run)
                    .doesNotContain("Heat stress " + run);
            HttpResponse<byte[]> gapsCsv = download(driver, driver.findElement(By.id("export-csv")).getAttribute("href"));
            assertThat(gapsCsv.statusCode()).isEqualTo(200);
            assertThat(new String(gapsCsv.body(), StandardCharsets.UTF_8)).contains("Water, rest, shade " + run);

            driver.findElement(By.linkText("Annual activity")).click();
            until(driver, ExpectedConditions.urlContains("/staff/reports/annual-activity"));
            assertThat(driver.findElement(By.id("report-period")).getText()).startsWith("Fiscal year " + fiscalYear + ":");
            WebElement row = driver.findElement(By.xpath("//table[@id='table-annual-alliances']//tr[th[normalize-space()='"
                    + partner.allianceName() + "']]"));
            assertThat(row.findElements(By.tagName("td")).stream().map(WebElement::getText).toList())
                    .as("agency, level, published, updated, trainings, events, four kinds' activities and people, activities, people")
                    .containsExactly("OSHA", "National", "2", "0", "0", "0", "2", "100", "1", "25", "0", "0", "0", "0", "3", "125");
            HttpResponse<byte[]> csv = download(driver, driver.findElement(By.id("export-csv")).getAttribute("href"));
            assertThat(csv.statusCode()).isEqualTo(200);
            assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
            assertThat(new String(csv.body(), StandardCharsets.UTF_8)).contains(
                    partner.allianceName() + ",OSHA,National,2,0,0,0,2,100,1,25,0,0,0,0,3,125\r\n");
            HttpResponse<byte[]> pdf = download(driver, driver.findElement(By.id("export-pdf")).getAttribute("href"));
            assertThat(pdf.statusCode()).isEqualTo(200);
            assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
            try (PDDocument read = org.apache.pdfbox.Loader.loadPDF(pdf.body())) {
                String text = new org.apache.pdfbox.text.PDFTextStripper().getText(read).replace("\r", "");
                assertThat(text).contains("Alliance annual activity report", "Fiscal year " + fiscalYear + ": " + (fiscalYear - 1) + "-10-01 to "
                        + fiscalYear + "-09-30");
                String own = text.substring(text.indexOf(partner.allianceName() + " (OSHA, National)"));
                assertThat(own).contains("Materials published: 2", "Dissemination of materials: activities: 2",
                        "Dissemination of materials: people reached: 100", "Speech or exhibit: people reached: 25", "People reached: 125");
            }
            assertThat(download(driver, portalBase + "staff/reports/export?report=annual-activity&format=pdf&fy=1800").statusCode())
                    .isEqualTo(400);

            driver.get(portalBase + "staff/reports/annual-activity?fy=" + (fiscalYear - 1) + "&lang=es");
            assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Informe anual de actividades de las alianzas");
            assertThat(driver.findElement(By.xpath("//table[@id='table-annual-alliances']//tr[th[normalize-space()='"
                    + partner.allianceName() + "']]/td[last()]")).getText()).as("nothing in the year before").isEqualTo("0");

            driver.get(portalBase + "staff/reports/dashboard?lang=en&from=" + today + "&to=" + today);
            assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Program dashboard");
            // the chart is drawn (PrimeFaces' script ran under the page's CSP nonce) and its numbers are a table too
            until(driver, d -> Boolean.TRUE.equals(((ChromeDriver) d).executeScript(
                    "var c = document.getElementById('months-chart_canvas'); return !!c && c.style.boxSizing === 'border-box';")));
            assertThat(driver.findElement(By.cssSelector("canvas[role='img']")).getAttribute("aria-label")).contains("table below");
            WebElement month = driver.findElement(By.xpath("//table[@id='table-dashboard-months']//tr[th='" + today.toString().substring(0, 7) + "']/td[1]"));
            assertThat(Integer.parseInt(month.getText())).isGreaterThanOrEqualTo(2);
            assertThat(driver.findElement(By.id("table-dashboard-turnaround")).getText()).contains("Median, in days");
            assertThat(download(driver, driver.findElement(By.id("export-csv")).getAttribute("href")).statusCode()).isEqualTo(200);

            // what Spanish readers searched for and did not find, from the public search to the content-gap report
            // no material has these words, not even the run's own token (reversed, it is no near spelling of it),
            // so no recovery finds anything either
            String missing = "Glaciar Ártico " + new StringBuilder(run).reverse();
            driver.get(portalBase + "results?q=" + java.net.URLEncoder.encode(missing, StandardCharsets.UTF_8) + "&lang=es");
            assertThat(driver.findElements(By.cssSelector("main li.result"))).isEmpty();
            org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> {
                driver.get(portalBase + "results?q=" + java.net.URLEncoder.encode("estrés por calor " + run, StandardCharsets.UTF_8) + "&lang=es");
                return !driver.findElements(By.cssSelector("main li.result")).isEmpty();
            });
            // the reader opens the result: the search counts it, from the results page the browser came from
            driver.findElement(By.cssSelector("main li.result h3 a")).click();
            until(driver, ExpectedConditions.urlContains("/material?id="));
            String normalized = "glaciar artico " + new StringBuilder(run).reverse();
            By openedCount = By.xpath("//table[@id='table-search-top']//tr[th[normalize-space()='estres por calor " + run + "']]/td[3]");
            org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).until(() -> {
                driver.get(portalBase + "staff/reports/content-gaps?lang=en&readers=es&from=" + today + "&to=" + today);
                return driver.findElements(By.id("table-search-zero")).stream().anyMatch(t -> t.getText().contains(normalized))
                        && driver.findElements(openedCount).stream().anyMatch(c -> c.getText().equals("1"));
            });
            assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Content gaps from search");
            assertThat(driver.findElement(By.id("table-search-top")).getText()).contains("estres por calor " + run);
            assertThat(driver.findElement(By.id("table-search-zero")).getText()).doesNotContain("estres por calor " + run);
            WebElement spanishTotals = driver.findElement(By.xpath("//table[@id='table-search-totals']//tr[th='Spanish']"));
            assertThat(Integer.parseInt(spanishTotals.findElements(By.tagName("td")).get(1).getText())).as("zero-result searches")
                    .isGreaterThanOrEqualTo(1);
            HttpResponse<byte[]> gapCsv = download(driver, driver.findElement(By.id("export-csv")).getAttribute("href"));
            assertThat(gapCsv.statusCode()).isEqualTo(200);
            assertThat(new String(gapCsv.body(), StandardCharsets.UTF_8)).contains("Searched and found nothing", normalized + ",1,1\r\n");
            driver.findElement(By.linkText(normalized)).click();
            until(driver, ExpectedConditions.urlContains("/results?q="));
            assertThat(driver.getCurrentUrl()).contains("lang=es");
            assertThat(driver.findElement(By.id("q_input")).getAttribute("value")).isEqualTo(normalized);
            // a malformed period is the page's message, not an error page
            driver.get(portalBase + "staff/reports/content-gaps?lang=en&from=" + today + "&to=" + today.minusDays(3));
            assertThat(driver.findElement(By.id("messages")).getText()).contains("is after");
            driver.get(portalBase + "staff/reports/dashboard?lang=en&from=" + today + "&to=" + today);
            assertThat(driver.findElement(By.xpath("//table[@id='table-dashboard-searches']//tr[th='Found nothing']/td")).getText())
                    .matches("[1-9][0-9]*");
        }
        assertThat(englishOnly).isNotBlank();
    }

    // ---- Staff registry (issue 14): organizations and accounts kept in the portal ----

    /** A staff account the admin creates through the API; returns its random password. */
    private String staffAccount(String username, String role) {
        String password = UUID.randomUUID().toString();
        ContentFixtures.require(admin.post("api/accounts", Json.createObjectBuilder().add("username", username)
                .add("password", password).add("displayName", username).add("role", role).build()), 201);
        return password;
    }

    private void signInStaff(ChromeDriver driver, String username, String password) {
        driver.get(portalBase + "account/sign-in?lang=en");
        driver.findElement(By.id("sign-in:username")).sendKeys(username);
        driver.findElement(By.id("sign-in:password")).sendKeys(password);
        driver.findElement(By.id("sign-in:submit")).click();
        until(driver, ExpectedConditions.urlContains("/staff/"));
    }

    @Test
    void aCuratorKeepsOrganizationsAnAdminCreatesAndDeactivatesAPartnerAccountAndACuratorCannotOpenAccounts() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String curatorName = "curator-" + run;
        String curatorPassword = staffAccount(curatorName, "CURATOR");
        String adminName = "admin-" + run;
        String adminPassword = staffAccount(adminName, "ADMIN");
        String organizationName = "Ironworkers Local " + run;
        JsonApi curatorApi = contentService.signedIn(curatorName, curatorPassword);
        try (Chromium browser = Chromium.desktop(1280, 900)) {
            ChromeDriver driver = browser.driver();
            signInStaff(driver, curatorName, curatorPassword);
            assertThat(driver.findElements(By.linkText("Accounts"))).as("accounts are for admins").isEmpty();
            driver.findElement(By.linkText("Organizations")).click();
            until(driver, ExpectedConditions.urlContains("/staff/organizations"));
            submitAndAwaitThePage(driver, "organization:save");
            assertThat(driver.findElement(By.id("organization:messages")).getText()).contains("Fill in this field.");
            driver.findElement(By.id("organization:name")).sendKeys(organizationName);
            new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("organization:type"))).selectByValue("UNION");
            driver.findElement(By.id("organization:website")).sendKeys("https://ironworkers.example.org");
            submitAndAwaitThePage(driver, "organization:save");
            assertThat(driver.findElement(By.id("organization:messages")).getText()).isEqualTo("The organization is recorded.");
            var recorded = curatorApi.get("api/organizations?name=" + run).json().getJsonArray("items").getJsonObject(0);
            assertThat(recorded.getString("name")).isEqualTo(organizationName);
            assertThat(recorded.getString("type")).isEqualTo("UNION");

            // a change made meanwhile is not overwritten: the page says so and shows what is saved
            driver.get(portalBase + "staff/organizations?lang=en");
            driver.findElement(By.linkText(organizationName)).click();
            until(driver, ExpectedConditions.urlContains("id=" + recorded.getString("id")));
            ContentFixtures.require(curatorApi.put("api/organizations/" + recorded.getString("id"), Json.createObjectBuilder()
                    .add("name", organizationName + " Meanwhile").add("type", "UNION").build()), 200);
            driver.findElement(By.id("organization:name")).clear();
            driver.findElement(By.id("organization:name")).sendKeys(organizationName + " Mine");
            submitAndAwaitThePage(driver, "organization:save");
            assertThat(driver.findElement(By.id("organization:messages")).getText()).startsWith("Someone else changed this meanwhile.");
            assertThat(driver.findElement(By.id("organization:name")).getAttribute("value")).isEqualTo(organizationName + " Meanwhile");
            submitAndAwaitThePage(driver, "organization:save");
            assertThat(driver.findElement(By.id("organization:messages")).getText()).isEqualTo("The change is saved.");

            driver.get(portalBase + "staff/accounts?lang=en");
            assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Not for this account");
        }
        String organizationId = recorded(curatorApi, run);
        // a partner may act for several organizations (a consortium's members, say)
        String secondId = ContentFixtures.organization(admin, "Ironworkers Apprentices " + run, "UNION");
        String secondName = curatorApi.get("api/organizations/" + secondId).json().getString("name");
        String partnerName = "partner-" + run;
        try (Chromium browser = Chromium.desktop(1280, 900)) {
            ChromeDriver driver = browser.driver();
            signInStaff(driver, adminName, adminPassword);
            driver.findElement(By.linkText("Accounts")).click();
            until(driver, ExpectedConditions.urlContains("/staff/accounts"));
            driver.findElement(By.id("account:username")).sendKeys(partnerName);
            driver.findElement(By.id("account:display-name")).sendKeys("Pat " + run);
            new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("account:role"))).selectByValue("PARTNER");
            var organizations = new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("account:organization")));
            assertThat(organizations.isMultiple()).isTrue();
            organizations.selectByVisibleText(organizationName + " Meanwhile");
            organizations.selectByVisibleText(secondName);
            submitAndAwaitThePage(driver, "account:save");
            assertThat(driver.findElement(By.id("account:messages")).getText()).isEqualTo("The account " + partnerName + " is created.");
            String initial = driver.findElement(By.id("password-value")).getText();
            JsonApi partnerApi = contentService.signedIn(partnerName, initial);
            assertThat(partnerApi.get("api/auth/caller").body()).contains(organizationId).contains(secondId);
            WebElement row = driver.findElement(By.id("account-" + partnerName));
            assertThat(row.getText()).contains("Partner").contains(organizationName + " Meanwhile").contains(secondName).contains("Active");

            driver.navigate().refresh();
            assertThat(driver.findElements(By.id("password-value"))).as("the initial password is shown once").isEmpty();
            driver.executeScript("document.documentElement.dataset.left = 'yes';");
            driver.findElement(By.id("account-" + partnerName)).findElement(By.cssSelector("input.deactivate")).click();
            until(driver, d -> Boolean.TRUE.equals(((ChromeDriver) d).executeScript(
                    "return document.readyState === 'complete' && document.documentElement.dataset.left !== 'yes';")));
            assertThat(driver.findElement(By.id("account:messages")).getText())
                    .isEqualTo("The account " + partnerName + " is deactivated: it can no longer sign in.");
            assertThat(driver.findElement(By.id("account-" + partnerName)).getText()).contains("Deactivated");
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> contentService.signedIn(partnerName, initial))
                    .as("a deactivated account signs in no more").isInstanceOf(IllegalStateException.class);
        }
        // the registry's pages, both languages, both widths
        for (int width : new int[] {1280, 390}) {
            try (Chromium browser = width == 390 ? Chromium.phone(390, 844) : Chromium.desktop(1280, 900)) {
                ChromeDriver driver = browser.driver();
                driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
                signInStaff(driver, adminName, adminPassword);
                for (String language : new String[] {"en", "es"}) {
                    driver.get(portalBase + "staff/organizations?lang=" + language);
                    check(browser, "staff-organizations", language, width);
                    driver.get(portalBase + "staff/organizations?id=" + organizationId + "&lang=" + language);
                    check(browser, "staff-organization", language, width);
                    driver.get(portalBase + "staff/accounts?lang=" + language);
                    check(browser, "staff-accounts", language, width);
                }
            }
        }
    }

    /**
     * A curator records an alliance in the page: participants chosen by name, the people it names
     * and a goal; the domain's refusals come back in plain words, a row added after typing keeps
     * what was typed, a change made meanwhile is not overwritten; then renews it, is refused the
     * Ambassador step, and records an emphasis program. Every registry page passes axe.
     */
    @Test
    void aCuratorRecordsAndRenewsAnAllianceInThePageAndKeepsAnEmphasisProgram() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String curatorName = "registrar-" + run;
        String curatorPassword = staffAccount(curatorName, "CURATOR");
        JsonApi curatorApi = contentService.signedIn(curatorName, curatorPassword);
        // the fixtures make each name unique: the page is given the names as recorded
        String business = curatorApi.get("api/organizations/" + ContentFixtures.organization(admin, "Acme Roofing " + run, "BUSINESS"))
                .json().getString("name");
        String union = curatorApi.get("api/organizations/" + ContentFixtures.organization(admin, "Roofers Union " + run, "UNION"))
                .json().getString("name");
        String allianceName = "Roof Safety Alliance " + run;
        String allianceId;
        try (Chromium browser = Chromium.desktop(1280, 900)) {
            ChromeDriver driver = browser.driver();
            signInStaff(driver, curatorName, curatorPassword);
            driver.findElement(By.linkText("Alliances")).click();
            until(driver, ExpectedConditions.urlContains("/staff/alliances"));
            driver.findElement(By.id("new-alliance")).click();
            until(driver, ExpectedConditions.presenceOfElementLocated(By.id("alliance:name")));
            driver.findElement(By.id("alliance:name")).sendKeys(allianceName);
            typeDateTime(driver, "alliance:signed", "2023-01-15");
            addParticipant(driver, business);
            driver.findElement(By.id("alliance:signatories:0:name")).sendKeys("Dana Ruiz");
            driver.findElement(By.id("alliance:signatories:0:affiliation")).sendKeys(business);
            driver.findElement(By.id("alliance:coordinator:name")).sendKeys("Sam Okafor");
            driver.findElement(By.id("alliance:coordinator:email")).sendKeys("okafor@example.gov");
            driver.findElement(By.id("alliance:goals:0:description")).sendKeys("Publish a fall protection toolbox talk in Spanish.");
            // a row added after typing keeps what was typed in the rest of the form
            driver.findElement(By.id("alliance:add-team-member")).click();
            until(driver, ExpectedConditions.presenceOfElementLocated(By.id("alliance:team:0:name")));
            assertThat(driver.findElement(By.id("alliance:signatories:0:name")).getAttribute("value")).isEqualTo("Dana Ruiz");
            driver.findElement(By.id("alliance:team:0:name")).sendKeys("Lee Park");

            submitAndAwaitThePage(driver, "alliance:save");
            assertThat(driver.findElement(By.id("messages")).getText()).as("the domain's refusal in its plain words")
                    .contains("must also include worker representatives");
            assertThat(driver.findElement(By.id("alliance:team:0:name")).getAttribute("value")).as("a refusal keeps the form").isEqualTo("Lee Park");
            addParticipant(driver, union);
            submitAndAwaitThePage(driver, "alliance:save");
            assertThat(driver.findElement(By.id("messages")).getText()).isEqualTo("The alliance is recorded.");
            assertThat(driver.getCurrentUrl()).contains("id=");
            allianceId = driver.getCurrentUrl().replaceFirst(".*[?&]id=([^&]+).*", "$1");
            JsonObject saved = curatorApi.get("api/alliances/" + allianceId).json();
            assertThat(saved.getString("name")).isEqualTo(allianceName);
            assertThat(saved.getJsonArray("participants").stream().map(o -> o.asJsonObject().getString("name")).toList())
                    .containsExactly(business, union);
            assertThat(saved.getJsonArray("signatories").getJsonObject(0).getString("name")).isEqualTo("Dana Ruiz");
            assertThat(saved.getJsonArray("implementationTeam").getJsonObject(0).getString("name")).isEqualTo("Lee Park");
            assertThat(saved.getJsonObject("coordinator").getBoolean("agencyRepresentative")).isTrue();
            assertThat(saved.getJsonArray("goals").getJsonObject(0).getString("category")).isEqualTo("OUTREACH_AND_COMMUNICATION");
            assertThat(saved.getJsonArray("terms")).hasSize(1);

            // terms: a renewal is recorded; the Ambassador step is refused before a renewal is completed
            new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("term:years"))).selectByValue("2");
            submitAndAwaitThePage(driver, "term:renew");
            assertThat(driver.findElement(By.id("messages")).getText()).isEqualTo("The renewal is recorded.");
            assertThat(driver.findElements(By.cssSelector("#terms tbody tr"))).hasSize(2);
            assertThat(driver.findElement(By.id("terms")).getText()).contains("Renewal");
            submitAndAwaitThePage(driver, "term:promote");
            assertThat(driver.findElement(By.id("messages")).getText())
                    .isEqualTo("An alliance becomes an Ambassador after completing its initial term and one renewal.");

            // a change made meanwhile is not overwritten
            JsonObject current = curatorApi.get("api/alliances/" + allianceId).json();
            ContentFixtures.require(curatorApi.put("api/alliances/" + allianceId, Json.createObjectBuilder()
                    .add("name", allianceName + " Meanwhile").add("agency", "OSHA").add("level", "NATIONAL")
                    .add("participantIds", Json.createArrayBuilder(current.getJsonArray("participants").stream()
                            .map(o -> o.asJsonObject().getString("id")).toList())).build()), 200);
            driver.findElement(By.id("alliance:name")).clear();
            driver.findElement(By.id("alliance:name")).sendKeys(allianceName + " Mine");
            submitAndAwaitThePage(driver, "alliance:save");
            assertThat(driver.findElement(By.id("messages")).getText()).startsWith("Someone else changed this meanwhile.");
            assertThat(driver.findElement(By.id("alliance:name")).getAttribute("value")).isEqualTo(allianceName + " Meanwhile");
            driver.get(portalBase + "staff/alliances?agency=OSHA&status=ACTIVE&lang=en");
            assertThat(driver.findElement(By.linkText(allianceName + " Meanwhile")).getAttribute("href")).contains("id=" + allianceId);

            // an emphasis program, recorded and then renamed
            String code = "LEP-ROOF-" + run.toUpperCase(java.util.Locale.ROOT);
            driver.findElement(By.linkText("Emphasis programs")).click();
            until(driver, ExpectedConditions.urlContains("/staff/programs"));
            driver.findElement(By.id("program:code")).sendKeys(code);
            new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("program:scope"))).selectByValue("LOCAL");
            driver.findElement(By.id("program:name-en")).sendKeys("Roofing falls " + run);
            driver.findElement(By.id("program:name-es")).sendKeys("Caídas en techos " + run);
            typeDateTime(driver, "program:starts", "2026-01-01");
            submitAndAwaitThePage(driver, "program:save");
            assertThat(driver.findElement(By.id("program:messages")).getText()).isEqualTo("The emphasis program is recorded.");
            JsonObject program = curatorApi.get("api/emphasis-programs/" + code).json();
            assertThat(program.getString("scope")).isEqualTo("LOCAL");
            assertThat(program.getString("nameSpanish")).isEqualTo("Caídas en techos " + run);
            assertThat(program.getString("startsOn")).isEqualTo("2026-01-01");
            driver.findElement(By.id("program:name-en")).clear();
            driver.findElement(By.id("program:name-en")).sendKeys("Falls from roofs " + run);
            submitAndAwaitThePage(driver, "program:save");
            assertThat(driver.findElement(By.id("program:messages")).getText()).isEqualTo("The change is saved.");
            assertThat(curatorApi.get("api/emphasis-programs/" + code).json().getString("nameEnglish")).isEqualTo("Falls from roofs " + run);
            assertThat(driver.findElement(By.id("programs")).getText()).contains(code).contains("Falls from roofs " + run);
            driver.get(portalBase + "staff/programs?code=" + code + "&lang=es");
            assertThat(driver.findElement(By.id("program:code")).getAttribute("disabled")).as("a program's code is its address").isNotNull();
        }
        for (int width : new int[] {1280, 390}) {
            try (Chromium browser = width == 390 ? Chromium.phone(390, 844) : Chromium.desktop(1280, 900)) {
                ChromeDriver driver = browser.driver();
                driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
                signInStaff(driver, curatorName, curatorPassword);
                for (String language : new String[] {"en", "es"}) {
                    driver.get(portalBase + "staff/alliances?lang=" + language);
                    check(browser, "staff-alliances", language, width);
                    driver.get(portalBase + "staff/alliance?lang=" + language);
                    check(browser, "staff-alliance-new", language, width);
                    driver.get(portalBase + "staff/alliance?id=" + allianceId + "&lang=" + language);
                    check(browser, "staff-alliance", language, width);
                    driver.get(portalBase + "staff/programs?lang=" + language);
                    check(browser, "staff-programs", language, width);
                }
            }
        }
    }

    /** Chooses an organization from the participant field's suggestions and adds it. */
    private static void addParticipant(ChromeDriver driver, String organization) {
        WebElement field = driver.findElement(By.id("alliance:participant_input"));
        field.clear();
        field.sendKeys(organization.substring(0, organization.length() - 2));
        until(driver, ExpectedConditions.visibilityOfElementLocated(By.xpath(
                "//li[contains(@class,'ui-autocomplete-item') and normalize-space(.)='" + organization + "']"))).click();
        driver.findElement(By.id("alliance:add-participant")).click();
        until(driver, d -> d.findElement(By.id("alliance:participants")).getText().contains(organization)
                && d.findElement(By.id("alliance:participant_input")).getAttribute("value").isEmpty());
    }

    private static String recorded(JsonApi api, String run) {
        return api.get("api/organizations?name=" + run).json().getJsonArray("items").getJsonObject(0).getString("id");
    }
}
