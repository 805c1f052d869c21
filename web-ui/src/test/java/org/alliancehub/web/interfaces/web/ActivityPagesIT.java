package org.alliancehub.web.interfaces.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.File;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.time.temporal.Temporal;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.UUID;
import java.util.logging.Logger;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.TzId;

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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The trainings and events pages, the calendar, the calendar files and the exit notice on the whole
 * stack: an alliance, its events (one in Chicago in winter, a webinar in summer, a three-day exhibit)
 * and a training are made and published through the content service, indexed by the search service
 * from the change feed, and read by the portal in real headless Chromium.
 */
@RealStack(elasticsearch = true, services = {RealStack.Service.CONTENT, RealStack.Service.SEARCH})
@ExtendWith({RealStackExtension.class, ArquillianExtension.class})
class ActivityPagesIT {

    private static final Logger LOG = Logger.getLogger(ActivityPagesIT.class.getName());

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

    /** What one test made: next year's December and July, so the events are upcoming whenever the test runs. */
    private record Made(String alliance, String organization, String program, String seminar, String webinar, String exhibit,
                        String training, String otherAllianceEvent, int year, String tag, String onlineLink) {

        String december() {
            return year + "-12";
        }
    }

    private Made make() {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        int year = Year.now().getValue() + 1;
        LocalDate seminarDay = LocalDate.of(year, 12, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.TUESDAY));
        LocalDate webinarDay = LocalDate.of(year, 7, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.TUESDAY));
        // links to the portal's own host, which the browser can reach in this closed network
        String onlineLink = portalBase + "results?lang=en&q=heat" + tag;
        String organization = ContentFixtures.organization(content, "Texas Trench Contractors", "TRADE_ASSOCIATION", portalBase + "alliances?lang=en");
        // an employers' group takes part with a union: worker representation
        String alliance = ContentFixtures.alliance(content, "Trench Safety Alliance " + tag, organization,
                ContentFixtures.organization(content, "Laborers Local 154", "UNION"));
        String other = ContentFixtures.alliance(content, "Other Alliance " + tag,
                ContentFixtures.organization(content, "Other Union", "UNION"));
        String program = "NEP-TR-" + tag.toUpperCase();
        ContentFixtures.require(content.post("api/emphasis-programs", Json.createObjectBuilder().add("code", program).add("agency", "OSHA")
                .add("scope", "NATIONAL").add("nameEnglish", "Trenching and excavation " + tag).add("nameSpanish", "Zanjas y excavaciones " + tag)
                .build()), 201);
        String seminar = ContentFixtures.publishedEvent(content, event(alliance, "SEMINAR", "Trench safety seminar " + tag,
                seminarDay + "T10:00", seminarDay + "T12:00", "Houston Convention Center, Hall B", null, portalBase + "?lang=en&register=" + tag,
                List.of("en", "es"), program));
        String webinar = ContentFixtures.publishedEvent(content, event(alliance, "WEBINAR", "Heat illness webinar " + tag,
                webinarDay + "T10:00", webinarDay + "T11:00", null, onlineLink, null, List.of("en"), null));
        String exhibit = ContentFixtures.publishedEvent(content, event(alliance, "EXHIBIT", "Excavation safety expo " + tag,
                seminarDay.plusDays(6) + "T09:00", seminarDay.plusDays(8) + "T17:00", "Dallas Market Hall", null, null, List.of("es"), null));
        String otherEvent = ContentFixtures.publishedEvent(content, event(other, "CONFERENCE", "Other alliance conference " + tag,
                seminarDay.plusDays(1) + "T09:00", seminarDay.plusDays(1) + "T17:00", "Austin", null, null, List.of("en"), null));
        String training = ContentFixtures.publishedTraining(content, Json.createObjectBuilder()
                .add("allianceId", alliance).add("title", "Competent person for excavations " + tag)
                .add("description", "Soil classification, protective systems and daily inspections.")
                .add("topics", Json.createArrayBuilder().add("trenching")).add("audiences", Json.createArrayBuilder().add("supervisors"))
                .add("languages", Json.createArrayBuilder().add("en")).add("format", "ONLINE").add("durationMinutes", 150)
                .add("provider", "Texas Trench Contractors").add("link", portalBase + "?lang=en&training=" + tag)
                .add("emphasisPrograms", Json.createArrayBuilder().add(program)).build());
        Made made = new Made(alliance, organization, program, seminar, webinar, exhibit, training, otherEvent, year, tag, onlineLink);
        await().atMost(Duration.ofSeconds(60)).until(() -> {
            String list = portal.get("events?lang=en&kind=all&when=any&alliance=" + alliance).body();
            return list.contains("Trench safety seminar " + tag) && list.contains("Heat illness webinar " + tag)
                    && list.contains("Excavation safety expo " + tag) && list.contains("Competent person for excavations " + tag);
        });
        await().atMost(Duration.ofSeconds(60)).until(() -> portal.get("calendar?lang=en&month=" + made.december()).body()
                .contains("Other alliance conference " + tag));
        return made;
    }

    private static JsonObject event(String alliance, String kind, String title, String start, String end, String place, String online,
                                    String registration, List<String> languages, String program) {
        var body = Json.createObjectBuilder().add("allianceId", alliance).add("kind", kind).add("title", title)
                .add("description", title + ": what to know.\nBring your questions.")
                .add("startsLocal", start).add("endsLocal", end).add("timeZone", "America/Chicago");
        if (place != null) {
            body.add("place", place);
        }
        if (online != null) {
            body.add("onlineLink", online);
        }
        if (registration != null) {
            body.add("registrationLink", registration);
        }
        var tags = Json.createArrayBuilder();
        languages.forEach(tags::add);
        body.add("languages", tags);
        if (program != null) {
            body.add("emphasisPrograms", Json.createArrayBuilder().add(program));
        }
        return body.build();
    }

    private static Calendar ics(HttpResponse<byte[]> response) throws Exception {
        return new CalendarBuilder().build(new StringReader(new String(response.body(), StandardCharsets.UTF_8)));
    }

    private static Instant start(VEvent event) {
        return Instant.from(event.<Temporal>getStartDate().orElseThrow().getDate());
    }

    private static String uid(VEvent event) {
        return event.getProperty("UID").orElseThrow().getValue();
    }

    @Test
    void fromTheCalendarToTheEventAndItsCalendarFileAtTheRightInstant() throws Exception {
        Made made = make();
        try (Chromium browser = Chromium.desktop(1280, 900)) {
            ChromeDriver driver = browser.driver();
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
            driver.get(portalBase + "calendar?lang=en&month=" + made.december() + "&alliance=" + made.alliance());
            WebElement table = driver.findElement(By.cssSelector("table.calendar-month"));
            assertThat(table.findElement(By.tagName("caption")).getAttribute("textContent")).isEqualTo("December " + made.year());
            assertThat(driver.findElement(By.id("calendar-month")).getText()).isEqualTo("December " + made.year());
            assertThat(table.findElements(By.cssSelector("thead th[scope='col']"))).hasSize(7);
            assertThat(table.findElement(By.cssSelector("thead th")).getAttribute("abbr")).isEqualTo("Sunday");
            assertThat(driver.findElement(By.cssSelector("p.result-count")).getText()).isEqualTo("2 events this month");
            assertThat(driver.getPageSource()).doesNotContain("Other alliance conference");
            // the exhibit is on each of its three days; its start only on the first
            assertThat(table.findElements(By.linkText("Excavation safety expo " + made.tag()))).hasSize(3);

            WebElement seminarLink = table.findElement(By.linkText("Trench safety seminar " + made.tag()));
            WebElement cell = seminarLink.findElement(By.xpath("ancestor::td"));
            assertThat(cell.findElement(By.tagName("time")).getAttribute("datetime"))
                    .isEqualTo(LocalDate.of(made.year(), 12, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.TUESDAY)).toString());
            assertThat(cell.getText()).contains("10:00 AM CST");
            seminarLink.click();
            wait.until(ExpectedConditions.urlContains("/event?id=" + made.seminar()));

            assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Trench safety seminar " + made.tag());
            assertThat(driver.findElement(By.cssSelector(".activity-facts time")).getText())
                    .matches("Tuesday, December \\d{1,2}, " + made.year() + ", 10:00 AM – 12:00 PM CST \\(America/Chicago\\)");
            assertThat(driver.findElement(By.linkText("Trench Safety Alliance " + made.tag())).getAttribute("href"))
                    .contains("/alliance?id=" + made.alliance());
            assertThat(driver.findElement(By.linkText("Trenching and excavation " + made.tag())).getAttribute("href"))
                    .contains("/program?code=" + made.program());
            assertThat(driver.findElement(By.linkText("Register")).getAttribute("href"))
                    .contains("/exit?event=" + made.seminar() + "&link=registration");
            String fileHref = driver.findElement(By.partialLinkText("Add to calendar")).getAttribute("href");
            assertThat(fileHref).contains("/event.ics?id=" + made.seminar());

            HttpResponse<byte[]> file = portal.download(fileHref.substring(portalBase.length()));
            assertThat(file.statusCode()).isEqualTo(200);
            assertThat(file.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                    assertThat(type.toLowerCase().replace(" ", "")).isEqualTo("text/calendar;charset=utf-8"));
            assertThat(file.headers().firstValue("Content-Disposition")).hasValueSatisfying(disposition ->
                    assertThat(disposition).startsWith("attachment; filename=\"trench-safety-seminar-").endsWith(".ics\""));
            VEvent seminar = ics(file).<VEvent>getComponents(Component.VEVENT).get(0);
            assertThat(uid(seminar)).isEqualTo(made.seminar() + "@alliancehub");
            assertThat(seminar.getStartDate().orElseThrow().<TzId>getParameter(Parameter.TZID).orElseThrow().getValue()).isEqualTo("America/Chicago");
            LocalDate day = LocalDate.of(made.year(), 12, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.TUESDAY));
            assertThat(start(seminar)).as("10:00 in Chicago in winter").isEqualTo(Instant.parse(day + "T16:00:00Z"));
            assertThat(seminar.getProperty("URL").orElseThrow().getValue()).isEqualTo(portalBase + "event?id=" + made.seminar() + "&lang=en");
            assertThat(seminar.getProperty("LOCATION").orElseThrow().getValue()).isEqualTo("Houston Convention Center, Hall B");
        }
    }

    @Test
    void theFilteredCalendarFileHasEachEventOnceAndSummerEventsOnDaylightTime() throws Exception {
        Made made = make();
        HttpResponse<byte[]> december = portal.download("calendar.ics?lang=es&month=" + made.december() + "&alliance=" + made.alliance());
        assertThat(december.statusCode()).isEqualTo(200);
        assertThat(december.headers().firstValue("Content-Disposition").orElseThrow()).contains("alliancehub-events-" + made.december() + ".ics");
        Calendar calendar = ics(december);
        List<String> uids = calendar.<VEvent>getComponents(Component.VEVENT).stream().map(ActivityPagesIT::uid).toList();
        assertThat(uids).as("each event once, the three-day exhibit too, the other alliance's not")
                .containsExactlyInAnyOrder(made.seminar() + "@alliancehub", made.exhibit() + "@alliancehub");
        assertThat(calendar.getComponents(Component.VTIMEZONE)).hasSize(1);

        HttpResponse<byte[]> july = portal.download("calendar.ics?month=" + made.year() + "-07&alliance=" + made.alliance());
        VEvent webinar = ics(july).<VEvent>getComponents(Component.VEVENT).get(0);
        assertThat(uid(webinar)).isEqualTo(made.webinar() + "@alliancehub");
        LocalDate day = LocalDate.of(made.year(), 7, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.TUESDAY));
        assertThat(start(webinar)).as("10:00 in Chicago in summer (CDT)").isEqualTo(Instant.parse(day + "T15:00:00Z"));
        assertThat(webinar.getProperty("LOCATION").orElseThrow().getValue()).isEqualTo("Online");

        // bad filters and unknown events answer plainly
        Reply badMonth = portal.get("calendar.ics?month=" + made.year() + "-13");
        assertThat(badMonth.status()).isEqualTo(400);
        assertThat(badMonth.contentType()).startsWith("text/plain");
        assertThat(badMonth.body()).contains("month is a year and month");
        assertThat(portal.get("calendar.ics?alliance=" + java.net.URLEncoder.encode("<x>", StandardCharsets.UTF_8)).status()).isEqualTo(400);
        Reply unknown = portal.get("event.ics?id=" + UUID.randomUUID());
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.contentType()).startsWith("text/plain");
        assertThat(portal.get("event.ics?id=" + made.training()).status()).as("a training is no event").isEqualTo(404);
    }

    @Test
    void listsShowEveryActivityMarkingThoseNotOfferedInTheReadersLanguage() {
        Made made = make();
        Reply spanish = portal.get("events?lang=es&alliance=" + made.alliance());
        assertThat(spanish.status()).isEqualTo(200);
        assertThat(spanish.body()).contains("Próximos eventos").contains("Trench safety seminar " + made.tag())
                .contains("Heat illness webinar " + made.tag()).contains("Solo en inglés")
                .containsPattern("role=\"status\">\\s*3 eventos\\s*<")
                .contains("Trench Safety Alliance " + made.tag())
                .doesNotContain("Competent person for excavations")
                .contains("calendar?lang=es&amp;alliance=" + made.alliance());
        Reply trainings = portal.get("trainings?lang=es&alliance=" + made.alliance());
        assertThat(trainings.body()).contains("Competent person for excavations " + made.tag()).contains("Solo en inglés").contains("En línea");
        assertThat(portal.get("events?lang=en&kind=all&alliance=" + made.alliance()).body()).contains("Competent person for excavations " + made.tag());
        assertThat(portal.get("events?lang=en&language=es&alliance=" + made.alliance()).body())
                .contains("Excavation safety expo " + made.tag()).doesNotContain("Heat illness webinar");

        Reply training = portal.get("training?id=" + made.training() + "&lang=es");
        assertThat(training.status()).isEqualTo(200);
        assertThat(training.body()).contains("2 horas 30 minutos").contains("Texas Trench Contractors").contains("supervisors")
                .contains("Zanjas y excavaciones " + made.tag()).contains("/exit?training=" + made.training());

        Reply missing = portal.get("event?id=" + UUID.randomUUID() + "&lang=es");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.body()).contains("No hay ningún evento publicado");
        assertThat(portal.get("training?id=%3Cscript%3E&lang=en").status()).isEqualTo(404);
        Reply badPage = portal.get("calendar?lang=es&month=" + made.year() + "-13");
        assertThat(badPage.status()).isEqualTo(400);
        assertThat(badPage.body()).contains("No se puede leer esta dirección").contains("(month)");
        ContentFixtures.require(content.post("api/events/" + made.exhibit() + "/withdraw", ""), 200);
        assertThat(portal.get("event?id=" + made.exhibit() + "&lang=en").status()).as("withdrawn").isEqualTo(404);
    }

    @Test
    void linksLeaveThroughTheExitNoticeOnlyToStoredLinks() throws Exception {
        Made made = make();
        try (Chromium browser = Chromium.phone(390, 844)) {
            ChromeDriver driver = browser.driver();
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
            driver.get(portalBase + "event?id=" + made.webinar() + "&lang=en");
            driver.findElement(By.linkText("Join online")).click();
            wait.until(ExpectedConditions.urlContains("/exit?event=" + made.webinar() + "&link=online"));
            assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Thank You for Visiting Our Website");
            assertThat(driver.findElement(By.cssSelector(".exit-notice")).getText())
                    .contains("You are exiting the Department of Labor's Web server.")
                    .contains("does not endorse, takes no responsibility for, and exercises no control over the linked organization");
            assertThat(driver.findElement(By.cssSelector(".exit-destination")).getText()).isEqualTo(made.onlineLink());
            assertThat(driver.findElement(By.id("exit-back")).getAttribute("href")).endsWith("/event?id=" + made.webinar() + "&lang=en");
            driver.findElement(By.id("exit-continue")).click();
            wait.until(ExpectedConditions.urlToBe(made.onlineLink()));
            assertThat(driver.getCurrentUrl()).isEqualTo(made.onlineLink());
        }

        Reply spanish = portal.get("exit?event=" + made.webinar() + "&link=online&lang=es");
        assertThat(spanish.status()).isEqualTo(200);
        assertThat(spanish.body()).contains("Gracias por visitar nuestro sitio web").contains("Usted está saliendo del servidor web del Departamento de Trabajo")
                .contains("noindex");
        assertThat(portal.get("exit?organization=" + made.organization() + "&lang=en").body()).contains(portalBase + "alliances?lang=en");
        assertThat(portal.get("exit?training=" + made.training()).body()).contains(portalBase + "?lang=en&amp;training=" + made.tag());
        assertThat(portal.get("exit?event=" + made.seminar() + "&link=registration").status()).isEqualTo(200);

        // references to nothing, and addresses in place of references, are 404 pages in the reader's language
        Reply unknown = portal.get("exit?event=" + UUID.randomUUID() + "&link=online&lang=es");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.body()).contains("Este enlace no existe");
        assertThat(portal.get("exit?event=" + made.webinar() + "&link=registration&lang=en").status()).as("it has none").isEqualTo(404);
        assertThat(portal.get("exit?url=https%3A%2F%2Fevil.example&lang=en").status()).isEqualTo(404);
        assertThat(portal.get("exit?event=https%3A%2F%2Fevil.example&link=online").status()).isEqualTo(404);
        assertThat(portal.get("exit?organization=" + UUID.randomUUID()).status()).isEqualTo(404);
        Reply english = portal.get("exit?training=" + UUID.randomUUID() + "&lang=en");
        assertThat(english.body()).contains("There is no such link").doesNotContain("Exception");
    }

    /**
     * Every page type in both languages, wide and on a phone: no serious or critical axe finding,
     * nothing wider than a phone's screen, and a screenshot of each (target/screenshots/page-lang-width.png).
     */
    @Test
    void everyPageIsAccessibleInBothLanguagesOnWideScreensAndPhones() throws Exception {
        Made made = make();
        List<String[]> pages = List.of(
                new String[] {"events", "events?alliance=" + made.alliance() + "&kind=all"},
                new String[] {"event", "event?id=" + made.seminar()},
                new String[] {"training", "training?id=" + made.training()},
                new String[] {"calendar-month", "calendar?month=" + made.december()},
                new String[] {"calendar-list", "calendar?view=list&month=" + made.december()},
                new String[] {"exit", "exit?event=" + made.webinar() + "&link=online"});
        for (int width : new int[] {1280, 390}) {
            try (Chromium browser = width > 400 ? Chromium.desktop(width, 900) : Chromium.phone(width, 844)) {
                ChromeDriver driver = browser.driver();
                driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
                for (String lang : new String[] {"en", "es"}) {
                    for (String[] page : pages) {
                        driver.get(portalBase + page[1] + "&lang=" + lang);
                        String name = page[0] + "-" + lang + "-" + width;
                        assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).as(name).isEqualTo(lang);
                        assertThat(driver.findElements(By.tagName("h1"))).as(name).hasSize(1);
                        assertThat(Axe.seriousViolations(driver)).as("axe on " + name).isEmpty();
                        Number overflow = (Number) driver.executeScript("return document.documentElement.scrollWidth - window.innerWidth;");
                        assertThat(overflow.intValue()).as(name + " fits its window").isLessThanOrEqualTo(0);
                        browser.screenshot(name);
                        Long bytes = (Long) driver.executeScript("return performance.getEntriesByType('navigation').concat("
                                + "performance.getEntriesByType('resource')).reduce((s, e) => s + (e.transferSize || 0), 0);");
                        LOG.info(() -> name + ": " + bytes + " bytes transferred");
                        assertThat(bytes).as(name + " within the 300 KB budget").isLessThan(300 * 1024L);
                    }
                }
                if (width == 390) {
                    // on a phone the month's grid gives way to its days as a list
                    driver.get(portalBase + "calendar?month=" + made.december() + "&lang=en&alliance=" + made.alliance());
                    assertThat(driver.findElement(By.cssSelector("table.calendar-month")).isDisplayed()).isFalse();
                    assertThat(driver.findElement(By.cssSelector(".calendar-narrow .calendar-days")).isDisplayed()).isTrue();
                    assertThat(driver.findElements(By.cssSelector(".calendar-narrow .calendar-days > li"))).hasSize(4);
                }
            }
        }
    }
}
