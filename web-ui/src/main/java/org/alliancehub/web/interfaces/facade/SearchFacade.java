package org.alliancehub.web.interfaces.facade;

/** What the portal's pages may ask of search; answers are DTOs made for the pages. */
public interface SearchFacade {

    /** Results, or {@link SearchUnavailable} when the search service cannot answer now. */
    SearchPageDto search(String query, String language, int page);

    class SearchUnavailable extends RuntimeException {
        public SearchUnavailable(Throwable cause) {
            super(cause);
        }
    }
}
