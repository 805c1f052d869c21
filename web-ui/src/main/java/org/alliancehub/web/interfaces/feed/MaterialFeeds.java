package org.alliancehub.web.interfaces.feed;

import java.text.MessageFormat;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.function.Supplier;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;

import org.alliancehub.contracts.content.PublicMaterial;
import org.alliancehub.contracts.feed.MaterialDocument;
import org.alliancehub.contracts.search.SearchResults;
import org.alliancehub.web.infrastructure.client.ContentCatalogClient;
import org.alliancehub.web.infrastructure.client.ServiceUnavailable;
import org.alliancehub.web.infrastructure.client.ContentServiceClient;
import org.alliancehub.web.infrastructure.client.SearchServiceClient;
import org.alliancehub.web.interfaces.site.PortalAddresses;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.alliancehub.contracts.tracing.TracedLogger;

/**
 * The material feeds: the {@value #ENTRIES} newest materials matching a {@link FeedRequest}, from
 * the search service ({@code sort=newest}), each with its publication and last-change times from
 * the content service (a hit that the content service no longer publishes is left out). A feed is
 * kept for {@code alliancehub.portal.feed-cache-seconds} (default 60): feed readers poll, and one
 * feed costs the services a search and a reading per entry.
 */
@ApplicationScoped
public class MaterialFeeds {

    private static final Logger LOG = TracedLogger.of(MaterialFeeds.class);
    static final int ENTRIES = 20;
    private static final String MESSAGES = "org.alliancehub.web.messages";

    /** A filter names something that does not exist (an unknown program code or alliance id). */
    public static class UnknownFilter extends RuntimeException {
        UnknownFilter(String message) {
            super(message);
        }
    }

    /** A service the feed is made from did not answer. */
    public static class Unavailable extends RuntimeException {
        Unavailable(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private record Key(FeedRequest request, String base) {
    }

    @Inject
    SearchServiceClient search;

    @Inject
    ContentServiceClient content;

    @Inject
    ContentCatalogClient catalog;

    @Inject
    @ConfigProperty(name = "alliancehub.portal.feed-cache-seconds", defaultValue = "60")
    long cacheSeconds;

    private Cache<Key, AtomFeeds.Document> cache;

    @PostConstruct
    void createCache() {
        cache = Caffeine.newBuilder().maximumSize(1_000).expireAfterWrite(Duration.ofSeconds(Math.max(0, cacheSeconds))).build();
    }

    /** The feed, serialized; a failure is not kept, the next request tries again. */
    public AtomFeeds.Document feed(FeedRequest request, PortalAddresses addresses) {
        return cache.get(new Key(request, addresses.base()), key -> make(request, addresses));
    }

    private AtomFeeds.Document make(FeedRequest request, PortalAddresses addresses) {
        Locale locale = Locale.forLanguageTag(request.lang());
        ResourceBundle messages = ResourceBundle.getBundle(MESSAGES, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        List<String> qualifiers = new ArrayList<>();
        if (request.language() != null) {
            qualifiers.add(format(messages, "feed.filter.language", Locale.forLanguageTag(request.language()).getDisplayName(locale)));
        }
        if (request.program() != null) {
            ContentCatalogClient.Program program = catalogRead(() -> catalog.program(request.program()))
                    .orElseThrow(() -> new UnknownFilter("No emphasis program has the code " + request.program() + "."));
            qualifiers.add(format(messages, "feed.filter.program", program.name(request.lang()) + " (" + program.code() + ")"));
        }
        if (request.alliance() != null) {
            ContentCatalogClient.Alliance alliance = catalogRead(() -> catalog.alliance(request.alliance()))
                    .orElseThrow(() -> new UnknownFilter("No alliance has the id " + request.alliance() + "."));
            qualifiers.add(format(messages, "feed.filter.alliance", alliance.name()));
        }
        String title = messages.getString("feed.materials.title") + (qualifiers.isEmpty() ? "" : " " + String.join(", ", qualifiers))
                + " – " + messages.getString("site.name");

        AtomFeeds.Header header = new AtomFeeds.Header(request.lang(), title, messages.getString("feed.materials.subtitle"),
                addresses.page("/feeds/materials.atom", request.lang(), new LinkedHashMap<>(request.parameters())),
                addresses.home(request.lang()),
                "feeds/materials" + query(request), messages.getString("site.name"));
        return AtomFeeds.serialize(AtomFeeds.feed(header, items(request), addresses));
    }

    private List<FeedItem> items(FeedRequest request) {
        SearchResults results;
        try {
            results = search.browsing().browse("newest", request.lang(), request.language(), request.program(), request.alliance(), 1, ENTRIES);
        } catch (WebApplicationException e) {
            throw new Unavailable("The search service answered " + e.getResponse().getStatus(), e);
        } catch (ProcessingException e) {
            throw new Unavailable("The search service did not answer: " + e.getMessage(), e);
        }
        List<FeedItem> items = new ArrayList<>();
        for (SearchResults.Hit hit : results.hits()) {
            PublicMaterial material = published(hit.materialId());
            if (material == null) {
                LOG.fine(() -> "Left out of a feed, no longer published: " + hit.materialId());
                continue;
            }
            Instant published = instant(material.publishedAt(), hit);
            Instant updated = material.updatedAt() == null ? published : max(material.updatedAt().toInstant(), published);
            MaterialDocument.Version shown = shownVersion(material, request, hit);
            items.add(new FeedItem(hit.materialId(), shown == null ? hit.language() : shown.language(),
                    shown == null ? hit.title() : shown.title(), shown == null ? hit.summary() : shown.summary(),
                    hit.allianceName(), hit.topics(), published, updated));
        }
        return items;
    }

    /**
     * The version an entry shows: the one in the filtered language, else the one in the reader's
     * language, else the version search found. Search's newest-first order does not choose the
     * reader's version of a material (equal times, then titles decide), so the choice is made here,
     * from the content service's versions.
     */
    static MaterialDocument.Version shownVersion(PublicMaterial material, FeedRequest request, SearchResults.Hit hit) {
        if (material.versions() == null) {
            return null;
        }
        for (String wanted : new String[] {request.language(), request.lang(), hit.language()}) {
            for (MaterialDocument.Version version : material.versions()) {
                if (wanted != null && wanted.equalsIgnoreCase(version.language())) {
                    return version;
                }
            }
        }
        return null;
    }

    /** The material as the content service publishes it now; null when it does not any more. */
    private PublicMaterial published(String materialId) {
        try {
            return content.api().material(materialId);
        } catch (WebApplicationException e) {
            if (e.getResponse().getStatus() == 404) {
                return null;
            }
            throw new Unavailable("The content service answered " + e.getResponse().getStatus() + " for material " + materialId, e);
        } catch (ProcessingException e) {
            throw new Unavailable("The content service did not answer: " + e.getMessage(), e);
        }
    }

    private static Instant instant(OffsetDateTime publishedAt, SearchResults.Hit hit) {
        if (publishedAt != null) {
            return publishedAt.toInstant();
        }
        // a published material has its time; the printed date is the next best thing
        return hit.publicationDate() == null ? Instant.EPOCH : hit.publicationDate().atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static <T> T catalogRead(Supplier<T> read) {
        try {
            return read.get();
        } catch (ServiceUnavailable e) {
            throw new Unavailable(e.getMessage(), e);
        }
    }

    private static String format(ResourceBundle messages, String key, String argument) {
        return MessageFormat.format(messages.getString(key), argument);
    }

    private static String query(FeedRequest request) {
        StringBuilder query = new StringBuilder("?lang=").append(request.lang());
        request.parameters().forEach((name, value) -> query.append('&').append(name).append('=').append(value));
        return query.toString();
    }
}
