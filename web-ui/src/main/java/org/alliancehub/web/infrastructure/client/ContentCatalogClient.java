package org.alliancehub.web.infrastructure.client;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.IntFunction;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.alliancehub.contracts.content.AllianceView;
import org.alliancehub.contracts.content.ContentPage;
import org.alliancehub.contracts.content.EmphasisProgramView;

/**
 * Whole listings of the content service (alliances, emphasis programs, events, trainings) as the
 * site map and the feeds need them, read page by page through {@link ContentServiceClient} as its
 * contract records and reduced to small records. An unknown alliance or program is an empty answer;
 * a service that cannot answer is {@link ServiceUnavailable}.
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

    @Inject
    ContentServiceClient content;

    public List<Alliance> alliances() {
        return all("alliances", page -> content.api().alliances(null, null, null, page, PAGE_SIZE), ContentCatalogClient::alliance);
    }

    public List<Program> programs() {
        return all("emphasis programs", page -> content.api().programs(page, PAGE_SIZE), ContentCatalogClient::program);
    }

    public List<Activity> events() {
        return all("events", page -> content.api().events(page, PAGE_SIZE), e -> new Activity(e.id(), e.title()));
    }

    public List<Activity> trainings() {
        return all("trainings", page -> content.api().trainings(page, PAGE_SIZE), t -> new Activity(t.id(), t.title()));
    }

    /** The alliance with this id; empty when there is none. */
    public Optional<Alliance> alliance(String id) {
        return content.find("alliance " + id, api -> api.alliance(id)).map(ContentCatalogClient::alliance);
    }

    /** The emphasis program with this code; empty when there is none. */
    public Optional<Program> program(String code) {
        return content.find("emphasis program " + code, api -> api.program(code)).map(ContentCatalogClient::program);
    }

    private static Alliance alliance(AllianceView view) {
        ContentServiceClient.requireUnderstood(view.contract());
        return new Alliance(view.id(), view.name() == null ? "" : view.name());
    }

    private static Program program(EmphasisProgramView view) {
        ContentServiceClient.requireUnderstood(view.contract());
        return new Program(view.code(), view.nameEnglish(), view.nameSpanish());
    }

    private <V, T> List<T> all(String what, IntFunction<ContentPage<V>> pageReader, Function<V, T> reader) {
        List<T> items = new ArrayList<>();
        for (int page = 1; (long) (page - 1) * PAGE_SIZE < MAX_ITEMS; page++) {
            int number = page;
            ContentPage<V> answer = content.find(what, api -> pageReader.apply(number))
                    .orElseThrow(() -> new ServiceUnavailable("The content service has no listing of " + what, null));
            answer.items().forEach(item -> items.add(reader.apply(item)));
            if (answer.items().size() < PAGE_SIZE || items.size() >= answer.total()) {
                break;
            }
        }
        return List.copyOf(items);
    }
}
