package org.alliancehub.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What demo-content.json promises the portal's pages, checked without a server: programs with
 * materials of their own agency, upcoming events in several time zones, materials new this month,
 * trainings, and alliance terms.
 */
class DemoContentTest {

    private final JsonObject demo = DemoContent.demo();
    private final List<JsonObject> alliances = demo.getJsonArray("alliances").getValuesAs(JsonObject.class);

    DemoContentTest() throws IOException {
    }

    @Test
    void everyEmphasisProgramHasMaterialsFromAlliancesOfItsAgency() {
        Map<String, String> programAgency = demo.getJsonArray("emphasisPrograms").getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(p -> p.getString("code"), p -> p.getString("agency")));
        assertThat(programAgency).hasSize(3);
        assertThat(Set.copyOf(programAgency.values())).containsExactlyInAnyOrder("OSHA", "MSHA");

        Map<String, Integer> materialsPerProgram = new HashMap<>();
        for (JsonObject alliance : alliances) {
            for (String list : List.of("materials", "trainings", "events")) {
                for (JsonObject item : DemoContent.listed(alliance, list)) {
                    for (String code : strings(item, "emphasisPrograms")) {
                        assertThat(programAgency).as(code).containsEntry(code, alliance.getString("agency"));
                        if (list.equals("materials")) {
                            materialsPerProgram.merge(code, 1, Integer::sum);
                        }
                    }
                }
            }
        }
        assertThat(materialsPerProgram.keySet()).isEqualTo(programAgency.keySet());
        assertThat(materialsPerProgram.values()).allSatisfy(n -> assertThat(n).isGreaterThanOrEqualTo(2));
    }

    @Test
    void materialsComeInEnglishOnlySpanishOnlyAndBoth() {
        List<Set<String>> languages = materials().stream()
                .map(m -> m.getJsonArray("versions").getValuesAs(JsonObject.class).stream()
                        .map(v -> v.getString("language")).collect(Collectors.toSet()))
                .toList();
        assertThat(languages).contains(Set.of("en"), Set.of("es"));
        assertThat(languages).anySatisfy(l -> assertThat(l).contains("en", "es"));
    }

    /** The first of a month, the middle and the last day: "this month" holds whichever day the demo is loaded. */
    @ParameterizedTest
    @ValueSource(strings = {"2027-03-01", "2026-12-02", "2027-02-28", "2027-07-31"})
    void atLeastTwoMaterialsArePublishedInTheMonthTheDemoIsLoaded(String day) {
        LocalDate today = LocalDate.parse(day);
        DemoDates dates = new DemoDates(today);
        long thisMonth = materials().stream()
                .map(m -> dates.date(m.getString("publicationDate")))
                .filter(d -> YearMonth.from(d).equals(YearMonth.from(today)) && !d.isAfter(today))
                .count();
        assertThat(thisMonth).isGreaterThanOrEqualTo(2);
    }

    @Test
    void threeOrMoreEventsAreUpcomingInThreeTimeZonesOneOfThemAWebinar() {
        LocalDate today = LocalDate.of(2026, 12, 2);
        DemoDates dates = new DemoDates(today);
        List<JsonObject> events = items("events");
        assertThat(events).hasSizeGreaterThanOrEqualTo(3)
                .allSatisfy(e -> assertThat(dates.date(e.getString("day"))).isAfter(today));
        assertThat(events.stream().map(e -> e.getString("timeZone")).collect(Collectors.toSet()))
                .contains("America/New_York", "America/Chicago", "America/Los_Angeles");
        assertThat(events).anySatisfy(e -> {
            assertThat(e.getString("kind")).isEqualTo("WEBINAR");
            assertThat(e.getString("onlineLink")).startsWith("https://");
        });
        assertThat(events).allSatisfy(e -> assertThat(e.getString("registrationLink")).startsWith("https://"));
    }

    @Test
    void twoTrainingsInDifferentFormatsOneInSpanish() {
        List<JsonObject> trainings = items("trainings");
        assertThat(trainings).hasSize(2);
        assertThat(trainings.stream().map(t -> t.getString("format")).distinct()).hasSize(2);
        assertThat(trainings).anySatisfy(t -> assertThat(strings(t, "languages")).containsExactly("es"));
    }

    @Test
    void alliancesOfBothAgenciesWithGoalsOneRenewedOneAmbassador() {
        assertThat(alliances).anySatisfy(a -> assertThat(a.getString("agency")).isEqualTo("MSHA"));
        assertThat(alliances).allSatisfy(a -> assertThat(a.getJsonArray("goals")).isNotEmpty());
        List<String> actions = alliances.stream()
                .flatMap(a -> DemoContent.listed(a, "terms").stream())
                .map(t -> t.getString("action")).toList();
        assertThat(actions).contains("renew", "promote-to-ambassador");
        assertThat(alliances).anySatisfy(a -> assertThat(a.getString("workerInvolvement", "")).isNotBlank());
    }

    @Test
    void everyExternalLinkIsHttps() {
        List<String> links = new ArrayList<>();
        for (JsonObject alliance : alliances) {
            alliance.getJsonArray("participants").getValuesAs(JsonObject.class)
                    .forEach(p -> links.add(p.getString("website", "https://")));
            for (String list : List.of("trainings", "events")) {
                for (JsonObject item : DemoContent.listed(alliance, list)) {
                    for (String field : List.of("link", "onlineLink", "registrationLink")) {
                        links.add(item.getString(field, "https://"));
                    }
                }
            }
        }
        assertThat(links).allSatisfy(l -> assertThat(l).startsWith("https://"));
    }

    private List<JsonObject> materials() {
        return items("materials");
    }

    private List<JsonObject> items(String list) {
        return alliances.stream().flatMap(a -> DemoContent.listed(a, list).stream()).toList();
    }

    private static List<String> strings(JsonObject item, String field) {
        return item.getOrDefault(field, JsonValue.EMPTY_JSON_ARRAY).asJsonArray().getValuesAs(JsonString.class).stream()
                .map(JsonString::getString).toList();
    }
}
