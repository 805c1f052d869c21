package org.alliancehub.web.interfaces.search.facade.internal;

import java.util.List;
import java.util.Locale;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;

import org.alliancehub.web.infrastructure.client.ServiceUnavailable;
import org.alliancehub.contracts.search.RelatedMaterials;
import org.alliancehub.contracts.search.SearchContract;
import org.alliancehub.contracts.search.SearchResults;
import org.alliancehub.web.infrastructure.client.ContentServiceClient;
import org.alliancehub.web.infrastructure.client.EmphasisProgramDirectory;
import org.alliancehub.web.infrastructure.client.LiteralParameter;
import org.alliancehub.web.infrastructure.client.SearchServiceClient;
import org.alliancehub.web.interfaces.search.facade.SearchCriteria;
import org.alliancehub.web.interfaces.search.facade.SearchFacade;
import org.alliancehub.web.interfaces.search.facade.SearchPageDto;
import org.alliancehub.web.interfaces.web.PortalMessages;
import org.alliancehub.contracts.tracing.TracedLogger;

/** Calls the search service and assembles page DTOs from its answer (the contracts module's records). */
@ApplicationScoped
public class DefaultSearchFacade implements SearchFacade {

    private static final Logger LOG = TracedLogger.of(DefaultSearchFacade.class);
    static final int PAGE_SIZE = 10;
    static final int RELATED_SIZE = 5;

    @Inject
    SearchServiceClient client;

    @Inject
    ContentServiceClient content;

    @Inject
    EmphasisProgramDirectory programs;

    @Override
    public void openedFrom(String referrer, String portalBase, String materialId) {
        SearchCriteria.fromResultsPage(referrer, portalBase).filter(c -> !c.query().isEmpty())
                .ifPresent(c -> client.resultOpened(c.query(), c.language(), c.filter("program"), materialId));
    }

    @Override
    public SearchPageDto search(SearchCriteria criteria, Locale locale) {
        return search(criteria, locale, PAGE_SIZE);
    }

    @Override
    public SearchPageDto search(SearchCriteria criteria, Locale locale, int size) {
        SearchResults results = understood(call(criteria, size));
        SearchResults collection = null;
        if (results.total() == 0) {
            // nothing matched: the whole collection's topics and types become browse links
            collection = understood(call(new SearchCriteria("", criteria.language(), java.util.Map.of(), null, 1), 1));
        }
        return assembler(locale).page(criteria, results, collection);
    }

    private SearchResults call(SearchCriteria c, int size) {
        try {
            return client.api().search(literal(blankToNull(c.query())), c.language(), literal(c.filter("language")),
                    literal(c.filter("type")), literal(c.filter("topic")), literal(c.filter("industry")), literal(c.filter("audience")),
                    literal(c.filter("program")), literal(c.filter("alliance")), literal(c.filter("agency")),
                    literal(c.filter("published")), literal(c.filter("from")), c.sort(), c.page(), size,
                    c.verbatim() ? Boolean.TRUE : null);
        } catch (WebApplicationException e) {
            if (e.getResponse().getStatus() == 400) {
                // a filter value the search service refuses (a mistyped bookmark): nothing matches it
                LOG.fine(() -> "Search refused " + c.queryString() + ": " + e.getMessage());
                return new SearchResults(SearchContract.VERSION, c.query(), 0, c.page(), size, List.of(), java.util.Map.of(), List.of(), null, null);
            }
            throw new ServiceUnavailable(e);
        } catch (ProcessingException e) {
            throw new ServiceUnavailable(e);
        }
    }

    private static String literal(String text) {
        return LiteralParameter.of(text);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    /**
     * An answer under another major version of the contract is not guessed at: the reader sees that
     * search is unavailable, the log says why.
     */
    static SearchResults understood(SearchResults results) {
        if (!SearchContract.understands(results.contract())) {
            String message = "The search service answers under contract " + results.contract() + "; this portal reads "
                    + SearchContract.VERSION + ": upgrade the portal";
            LOG.warning(message);
            throw new ServiceUnavailable(new IllegalStateException(message));
        }
        return results;
    }

    SearchPageAssembler assembler(Locale locale) {
        return new SearchPageAssembler(PortalMessages.of(locale), programs.names(locale.getLanguage()), content::downloadHref);
    }

    @Override
    public List<SearchPageDto.HitDto> related(String materialId, Locale locale) {
        try {
            RelatedMaterials related = client.api().related(materialId, locale.getLanguage(), RELATED_SIZE);
            if (!SearchContract.understands(related.contract())) {
                LOG.warning("The search service answers related materials under contract " + related.contract()
                        + "; this portal reads " + SearchContract.VERSION + ": upgrade the portal");
                return List.of();
            }
            return assembler(locale).hits(related.related());
        } catch (WebApplicationException | ProcessingException e) {
            LOG.fine(() -> "No related materials for " + materialId + ": " + e);
            return List.of();
        }
    }
}
