package org.alliancehub.web.interfaces.search.facade;

import java.util.List;
import java.util.Locale;

/** What the portal's pages may ask of search; answers are DTOs made for the pages, labelled in the reader's language. */
public interface SearchFacade {

    /** Results, or {@link org.alliancehub.web.infrastructure.client.ServiceUnavailable} when the search service cannot answer now. */
    SearchPageDto search(SearchCriteria criteria, Locale locale);

    /** The same with another page size (a home page section shows a few). */
    SearchPageDto search(SearchCriteria criteria, Locale locale, int size);

    /**
     * Other materials about the same things, one version each, the reader's language first; empty
     * when search cannot answer now or does not know the material (the page is whole without them).
     */
    List<SearchPageDto.HitDto> related(String materialId, Locale locale);

    /**
     * A reader opened {@code materialId} from the results page whose address is {@code referrer}
     * (this portal's own {@code /results?q=…}; any other address is no search and is ignored):
     * counted by the search service's analytics, off the request.
     */
    void openedFrom(String referrer, String portalBase, String materialId);
}
