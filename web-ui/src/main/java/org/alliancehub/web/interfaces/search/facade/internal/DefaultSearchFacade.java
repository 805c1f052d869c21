package org.alliancehub.web.interfaces.search.facade.internal;

import java.util.List;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;

import org.alliancehub.contracts.search.RelatedMaterials;
import org.alliancehub.contracts.search.SearchContract;
import org.alliancehub.contracts.search.SearchResults;
import org.alliancehub.web.infrastructure.client.SearchServiceClient;
import org.alliancehub.web.interfaces.search.facade.SearchFacade;
import org.alliancehub.web.interfaces.search.facade.SearchPageDto;

/** Calls the search service and assembles page DTOs from its answer (the contracts module's records). */
@ApplicationScoped
public class DefaultSearchFacade implements SearchFacade {

    private static final Logger LOG = Logger.getLogger(DefaultSearchFacade.class.getName());
    static final int PAGE_SIZE = 10;
    static final int RELATED_SIZE = 5;

    @Inject
    SearchServiceClient client;

    @Override
    public SearchPageDto search(String query, String language, int page) {
        SearchResults results;
        try {
            results = client.api().search(query, language, page, PAGE_SIZE);
        } catch (WebApplicationException | ProcessingException e) {
            throw new SearchUnavailable(e);
        }
        return assemble(query, results);
    }

    /**
     * The page for an answer. An answer under another major version of the contract is not guessed
     * at: the reader sees that search is unavailable, the log says why.
     */
    static SearchPageDto assemble(String query, SearchResults results) {
        if (!SearchContract.understands(results.contract())) {
            String message = "The search service answers under contract " + results.contract() + "; this portal reads "
                    + SearchContract.VERSION + ": upgrade the portal";
            LOG.warning(message);
            throw new SearchUnavailable(new IllegalStateException(message));
        }
        List<SearchPageDto.HitDto> hits = hits(results.hits());
        List<SearchPageDto.FacetDto> languages = results.facets() == null ? List.of()
                : orEmpty(results.facets().get("language")).stream()
                        .map(facet -> new SearchPageDto.FacetDto(facet.value(), facet.count()))
                        .toList();
        return new SearchPageDto(results.query() == null ? query : results.query(), results.total(), results.page(), results.size(),
                hits, languages, results.didYouMean());
    }

    @Override
    public List<SearchPageDto.HitDto> related(String materialId, String language) {
        try {
            RelatedMaterials related = client.api().related(materialId, language, RELATED_SIZE);
            if (!SearchContract.understands(related.contract())) {
                LOG.warning("The search service answers related materials under contract " + related.contract()
                        + "; this portal reads " + SearchContract.VERSION + ": upgrade the portal");
                return List.of();
            }
            return hits(related.related());
        } catch (WebApplicationException | ProcessingException e) {
            LOG.fine(() -> "No related materials for " + materialId + ": " + e);
            return List.of();
        }
    }

    private static List<SearchPageDto.HitDto> hits(List<SearchResults.Hit> hits) {
        return orEmpty(hits).stream()
                .map(hit -> new SearchPageDto.HitDto(hit.materialId(), hit.language(), hit.title(), SafeHighlight.of(hit.titleHighlight()),
                        SafeHighlight.of(hit.snippet()), hit.type(), hit.allianceName(), hit.agency(), hit.publicationNumber(),
                        hit.otherLanguage()))
                .toList();
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
