package org.alliancehub.web.interfaces.search.facade;

/** What the portal's pages may ask of search; answers are DTOs made for the pages. */
public interface SearchFacade {

    /** Results, or {@link SearchUnavailable} when the search service cannot answer now. */
    SearchPageDto search(String query, String language, int page);

    /**
     * Other materials about the same things, one version each, the reader's language first; empty
     * when search cannot answer now or does not know the material (the page is whole without them).
     */
    java.util.List<SearchPageDto.HitDto> related(String materialId, String language);

    class SearchUnavailable extends RuntimeException {
        public SearchUnavailable(Throwable cause) {
            super(cause);
        }
    }
}
