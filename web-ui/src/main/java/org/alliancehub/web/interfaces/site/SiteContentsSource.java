package org.alliancehub.web.interfaces.site;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;

import org.alliancehub.contracts.search.SearchResults;
import org.alliancehub.web.infrastructure.client.ContentCatalogClient;
import org.alliancehub.web.infrastructure.client.ServiceUnavailable;
import org.alliancehub.web.infrastructure.client.SearchServiceClient;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import org.alliancehub.contracts.tracing.TracedLogger;

/**
 * Reads what the site holds (materials from the search service, newest first, with the languages
 * of their versions; alliances, programs, events and trainings from the content service) and keeps
 * it for {@code alliancehub.portal.sitemap-cache-seconds} (default 600): a crawler asking for the
 * site map again and again costs the services one reading per period, not one per request.
 */
@ApplicationScoped
public class SiteContentsSource {

    private static final Logger LOG = TracedLogger.of(SiteContentsSource.class);
    /** The search service's largest page and deepest reach (its paging rule). */
    static final int PAGE_SIZE = 100;
    static final int MAX_MATERIALS = 10_000;

    /** The services did not answer; the site map cannot be made now. */
    public static class Unavailable extends RuntimeException {
        public Unavailable(String message, Throwable cause) {
            super(message, cause);
        }
    }

    @Inject
    SearchServiceClient search;

    @Inject
    ContentCatalogClient catalog;

    @Inject
    @ConfigProperty(name = "alliancehub.portal.sitemap-cache-seconds", defaultValue = "600")
    long cacheSeconds;

    private LoadingCache<String, SiteContents> cache;

    @PostConstruct
    void createCache() {
        cache = Caffeine.newBuilder().maximumSize(1).expireAfterWrite(Duration.ofSeconds(Math.max(0, cacheSeconds)))
                .build(key -> read());
    }

    public SiteContents current() {
        return cache.get("site");
    }

    private SiteContents read() {
        long started = System.nanoTime();
        List<SiteContents.MaterialVersions> materials = materials();
        try {
            SiteContents contents = new SiteContents(materials,
                    catalog.alliances().stream().map(ContentCatalogClient.Alliance::id).toList(),
                    catalog.programs().stream().map(ContentCatalogClient.Program::code).toList(),
                    catalog.events().stream().map(ContentCatalogClient.Activity::id).toList(),
                    catalog.trainings().stream().map(ContentCatalogClient.Activity::id).toList());
            LOG.fine(() -> "Site contents read in " + (System.nanoTime() - started) / 1_000_000 + " ms: "
                    + contents.materials().size() + " materials");
            return contents;
        } catch (ServiceUnavailable e) {
            throw new Unavailable(e.getMessage(), e);
        }
    }

    private List<SiteContents.MaterialVersions> materials() {
        // by id: pages read while the index changes can repeat a material
        Map<String, SiteContents.MaterialVersions> materials = new LinkedHashMap<>();
        try {
            for (int page = 1; (long) (page - 1) * PAGE_SIZE < MAX_MATERIALS; page++) {
                // with a reader's language each material comes once, naming all its languages
                SearchResults results = search.browsing().browse("newest", "en", null, null, null, page, PAGE_SIZE);
                for (SearchResults.Hit hit : results.hits()) {
                    List<String> languages = hit.availableLanguages() == null || hit.availableLanguages().isEmpty()
                            ? List.of(hit.language()) : hit.availableLanguages();
                    materials.putIfAbsent(hit.materialId(), new SiteContents.MaterialVersions(hit.materialId(), languages));
                }
                if (results.hits().size() < PAGE_SIZE || (long) page * PAGE_SIZE >= results.total()) {
                    break;
                }
            }
        } catch (WebApplicationException | ProcessingException e) {
            throw new Unavailable("The search service did not list the materials: " + e.getMessage(), e);
        }
        return List.copyOf(materials.values());
    }
}
