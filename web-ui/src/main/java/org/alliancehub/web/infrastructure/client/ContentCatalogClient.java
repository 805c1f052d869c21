package org.alliancehub.web.infrastructure.client;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.Supplier;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.rest.client.RestClientBuilder;

/**
 * What the portal lists besides materials, read from the content service at
 * {@code alliancehub.content.url}: alliances, emphasis programs, events and trainings, as small
 * records. The JSON is read here and nowhere else: when the content views become contract records,
 * only {@link ContentCatalogApi}'s answer types and the {@code from…} readers below change.
 * Transport failures and error answers become {@link CatalogUnavailable}; an unknown alliance or
 * program is an empty answer.
 */
@ApplicationScoped
public class ContentCatalogClient {

    /** The largest page the content service serves; listings are read in pages of this size. */
    static final int PAGE_SIZE = 100;
    /** No listing of the content service goes deeper (its paging rule). */
    static final int MAX_ITEMS = 10_000;

    /** An alliance, as far as the portal's site map and feeds need it. */
    public record Alliance(String id, String name) {
    }

    /** An emphasis program and its names in the portal's two languages. */
    public record Program(String code, String nameEnglish, String nameSpanish) {

        public String name(String language) {
            return "es".equals(language) && nameSpanish != null && !nameSpanish.isBlank() ? nameSpanish : nameEnglish;
        }
    }

    /** A published event or training. */
    public record Activity(String id, String title) {
    }

    /** The content service did not answer, or answered with an error. */
    public static class CatalogUnavailable extends RuntimeException {
        public CatalogUnavailable(String message, Throwable cause) {
            super(message, cause);
        }
    }

    @Inject
    @ConfigProperty(name = "alliancehub.content.url")
    String contentUrl;

    private ContentCatalogApi api;

    @PostConstruct
    void connect() {
        api = RestClientBuilder.newBuilder()
                .baseUri(URI.create(contentUrl))
                .connectTimeout(2, TimeUnit.SECONDS)
                .readTimeout(5, TimeUnit.SECONDS)
                .build(ContentCatalogApi.class);
    }

    public List<Alliance> alliances() {
        return all("alliances", page -> api.alliances(page, PAGE_SIZE), ContentCatalogClient::alliance);
    }

    public List<Program> programs() {
        return all("emphasis programs", page -> api.programs(page, PAGE_SIZE), ContentCatalogClient::program);
    }

    public List<Activity> events() {
        return all("events", page -> api.events(page, PAGE_SIZE), ContentCatalogClient::activity);
    }

    public List<Activity> trainings() {
        return all("trainings", page -> api.trainings(page, PAGE_SIZE), ContentCatalogClient::activity);
    }

    /** The alliance with this id; empty when there is none. */
    public Optional<Alliance> alliance(String id) {
        return one("alliance " + id, () -> api.alliance(id)).map(ContentCatalogClient::alliance);
    }

    /** The emphasis program with this code; empty when there is none. */
    public Optional<Program> program(String code) {
        return one("emphasis program " + code, () -> api.program(code)).map(ContentCatalogClient::program);
    }

    private static Alliance alliance(JsonObject json) {
        return new Alliance(json.getString("id"), json.getString("name", ""));
    }

    private static Program program(JsonObject json) {
        return new Program(json.getString("code"), json.getString("nameEnglish", ""), json.getString("nameSpanish", ""));
    }

    private static Activity activity(JsonObject json) {
        return new Activity(json.getString("id"), json.getString("title", ""));
    }

    private static <T> List<T> all(String what, IntFunction<JsonObject> pageReader, Function<JsonObject, T> reader) {
        List<T> items = new ArrayList<>();
        for (int page = 1; (long) (page - 1) * PAGE_SIZE < MAX_ITEMS; page++) {
            int number = page;
            JsonObject answer = call(what, () -> pageReader.apply(number));
            var pageItems = answer.getJsonArray("items");
            for (JsonValue item : pageItems) {
                items.add(reader.apply(item.asJsonObject()));
            }
            if (pageItems.size() < PAGE_SIZE || items.size() >= answer.getJsonNumber("total").longValue()) {
                break;
            }
        }
        return List.copyOf(items);
    }

    private static Optional<JsonObject> one(String what, Supplier<JsonObject> reader) {
        try {
            return Optional.of(reader.get());
        } catch (WebApplicationException e) {
            if (e.getResponse().getStatus() == 404) {
                return Optional.empty();
            }
            throw new CatalogUnavailable("The content service answered " + e.getResponse().getStatus() + " for " + what, e);
        } catch (ProcessingException e) {
            throw new CatalogUnavailable("The content service did not answer for " + what + ": " + e.getMessage(), e);
        }
    }

    private static JsonObject call(String what, Supplier<JsonObject> reader) {
        return one(what, reader).orElseThrow(() -> new CatalogUnavailable("The content service has no listing of " + what, null));
    }
}
