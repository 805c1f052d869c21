package org.alliancehub.search.infrastructure.elasticsearch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.alliancehub.contracts.search.ActivityResults;
import org.alliancehub.contracts.search.SearchContract;
import org.alliancehub.search.application.ActivityQuery;
import org.alliancehub.search.application.IndexedActivity;
import org.junit.jupiter.api.Test;

import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.TotalHitsRelation;
import co.elastic.clients.json.JsonpUtils;
import co.elastic.clients.json.jsonb.JsonbJsonpMapper;

/** The Elasticsearch request for trainings and events: its filters, as the engine receives them, and the hits it makes. */
class ActivityRequestsTest {

    private static ActivityQuery query(IndexedActivity.Kind kind, String alliance, LocalDate from, LocalDate to, ActivityQuery.When when) {
        return new ActivityQuery("trench", "en", kind, null, null, null, alliance, from, to, when, null, 1, 20);
    }

    /** Every filter clause of the request, wherever the language preference nests them. */
    private static List<JsonObject> filters(ActivityQuery query) {
        String json = JsonpUtils.toJsonString(ActivityRequests.build(query, List.of()), new JsonbJsonpMapper());
        List<JsonObject> found = new ArrayList<>();
        collectFilters(Json.createReader(new StringReader(json)).readObject(), found);
        return found;
    }

    private static void collectFilters(JsonValue value, List<JsonObject> found) {
        if (value instanceof JsonObject object) {
            object.forEach((key, child) -> {
                if ("filter".equals(key) && child instanceof JsonArray clauses) {
                    clauses.forEach(c -> found.add(c.asJsonObject()));
                }
                collectFilters(child, found);
            });
        } else if (value instanceof JsonArray array) {
            array.forEach(child -> collectFilters(child, found));
        }
    }

    private static List<JsonObject> ranges(List<JsonObject> filters, String field) {
        return filters.stream().filter(f -> f.containsKey("range") && f.getJsonObject("range").containsKey(field))
                .map(f -> f.getJsonObject("range").getJsonObject(field)).toList();
    }

    private static List<String> terms(List<JsonObject> filters, String field) {
        return filters.stream().filter(f -> f.containsKey("term") && f.getJsonObject("term").containsKey(field))
                .map(f -> f.getJsonObject("term").getJsonObject(field).getString("value")).toList();
    }

    @Test
    void anAllianceIsAnExactFilterOnItsId() {
        assertThat(terms(filters(query(null, "a-1b2c", null, null, null)), "allianceId")).containsExactly("a-1b2c");
        assertThat(terms(filters(query(null, null, null, null, null)), "allianceId")).isEmpty();
    }

    @Test
    void daysKeepTheEventsOverlappingThemInUtcAndOnlyEvents() {
        List<JsonObject> filters = filters(query(null, null, LocalDate.of(2031, 6, 1), LocalDate.of(2031, 6, 30), null));
        assertThat(ranges(filters, "endsAt")).singleElement().satisfies(r -> {
            assertThat(r.getString("gte")).isEqualTo("2031-06-01");
            assertThat(r.getString("format")).isEqualTo("strict_date");
        });
        assertThat(ranges(filters, "startsAt")).singleElement().satisfies(r -> {
            assertThat(r.getString("lt")).as("before the day after 'to'").isEqualTo("2031-06-30||+1d");
            assertThat(r.getString("format")).isEqualTo("strict_date");
            assertThat(r.containsKey("lte")).isFalse();
        });
        assertThat(terms(filters, "kind")).as("trainings have no days").containsExactly("event");
        assertThat(filters.toString()).as("the period asked for, not only what is upcoming").doesNotContain("now");
    }

    @Test
    void eitherDayAloneBoundsOneSide() {
        List<JsonObject> onlyFrom = filters(query(null, null, LocalDate.of(2031, 6, 1), null, null));
        assertThat(ranges(onlyFrom, "endsAt")).hasSize(1);
        assertThat(ranges(onlyFrom, "startsAt")).isEmpty();
        List<JsonObject> onlyTo = filters(query(null, null, null, LocalDate.of(9999, 12, 31), null));
        assertThat(ranges(onlyTo, "startsAt")).singleElement().satisfies(r -> assertThat(r.getString("lt")).isEqualTo("9999-12-31||+1d"));
        assertThat(ranges(onlyTo, "endsAt")).isEmpty();
    }

    @Test
    void withoutDaysTheDefaultIsUpcomingEventsAndTrainingsAsBefore() {
        List<JsonObject> filters = filters(query(null, null, null, null, null));
        assertThat(filters.toString()).contains("\"gte\":\"now\"").contains("\"training\"").contains("\"event\"");
        assertThat(ranges(filters, "startsAt")).isEmpty();
        assertThat(terms(filters(query(IndexedActivity.Kind.TRAINING, null, LocalDate.of(2031, 6, 1), null, null)), "kind"))
                .as("a kind asked for is kept").containsExactly("training");
    }

    @Test
    void aHitCarriesTheWholeDescriptionAndTheProgramsItSupports() {
        ActivityDocument doc = ActivityDocument.of(new IndexedActivity("e-1", IndexedActivity.Kind.EVENT, "Trench stand-down",
                "Toolbox talks on cave-ins <and> protective systems.", List.of("trenching"), List.of(), List.of("en"),
                List.of("NEP-TRENCH"), "a-1", "Trench Safety Alliance", "OSHA", null, null, null, null, "STAND_DOWN",
                java.time.OffsetDateTime.parse("2031-06-10T14:00Z"), java.time.OffsetDateTime.parse("2031-06-10T18:00Z"),
                "America/Chicago", "Houston", null, null, List.of()));
        SearchResponse<ActivityDocument> response = SearchResponse.of(r -> r.took(1).timedOut(false)
                .shards(s -> s.total(1).successful(1).failed(0))
                .hits(h -> h.total(t -> t.value(1).relation(TotalHitsRelation.Eq))
                        .hits(x -> x.index(IndexLayout.ALIAS).id("event:e-1").score(1.0).source(doc)))
                .aggregations(Map.of()));
        ActivityResults results = ActivityRequests.translate(query(null, null, null, null, null), List.of(), response);
        assertThat(results.contract()).isEqualTo(SearchContract.VERSION);
        ActivityResults.Hit hit = results.hits().get(0);
        assertThat(hit.kind()).isEqualTo(ActivityResults.Hit.EVENT);
        assertThat(hit.description()).as("plain text, for the reader to escape").isEqualTo("Toolbox talks on cave-ins <and> protective systems.");
        assertThat(hit.snippet()).contains("&lt;and&gt;");
        assertThat(hit.programs()).containsExactly("NEP-TRENCH");
        assertThat(hit.startsAt()).isEqualTo(java.time.OffsetDateTime.parse("2031-06-10T14:00Z"));
    }
}
