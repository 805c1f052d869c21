package org.alliancehub.web.interfaces.search.facade;

import java.util.List;

import org.alliancehub.web.interfaces.web.PagedList;

/**
 * One page of search results as the portal shows it. Records, read in the page with method calls
 * ({@code #{searchPage.results.total()}}): Jakarta Expression Language 5 does not read record
 * components as properties. Every {@code …Query} is the query string of a link to {@code /results}.
 *
 * @param facets    the facets with values to offer, in {@link SearchCriteria#FILTERS} order
 * @param selected  the filters in force, each removable
 * @param broader   when nothing matched: other searches likely to find something
 * @param browse    when nothing matched: topics and types to browse, from the whole collection
 * @param showingResultsFor the corrected words whose hits are shown, when the words typed found nothing
 * @param someWords the hits match only some of the words typed, which together found nothing
 * @param asTypedQuery with either: the words as typed, searched even though they find nothing
 */
public record SearchPageDto(SearchCriteria criteria, long total, int page, long pages, List<HitDto> hits,
                            List<FacetDto> facets, List<SelectedFilterDto> selected, List<SortDto> sorts,
                            List<PageLinkDto> pager, String didYouMean, String didYouMeanQuery,
                            List<LinkDto> broader, List<LinkDto> browse, String showingResultsFor, boolean someWords,
                            String asTypedQuery) implements PagedList {

    @Override
    public String queryAtPage(int other) {
        return criteria.atPage(other).queryString();
    }

    /**
     * A hit. {@code titleHtml} and {@code snippetHtml} are safe HTML (escaped text with {@code <mark>}
     * only); every other field is plain text that the page escapes.
     *
     * @param otherLanguage not in the reader's language: the material has no version in it
     * @param download      the direct download of the shown version's file, or null when it has none
     */
    public record HitDto(String materialId, String language, String title, String titleHtml, String snippetHtml,
                         String type, String typeLabel, String allianceId, String allianceName, String agency,
                         String publicationNumber, String publicationDate, boolean otherLanguage, String onlyInLabel,
                         DownloadDto download, boolean featured) {
    }

    /** A file to download: its address, format (PDF…) and size as the reader reads it ("1.2 MB"). */
    public record DownloadDto(String href, String format, String size, String label) {
    }

    /** A facet: its name (the filter's parameter), heading, and values with counts. */
    public record FacetDto(String name, String heading, List<FacetValueDto> values) {
    }

    /** A facet value; {@code query} selects it, or removes it when it is the selected one. */
    public record FacetValueDto(String value, String label, long count, boolean selected, String query) {
    }

    /** A filter in force: what it is, and the search without it. */
    public record SelectedFilterDto(String heading, String label, String removeQuery, String removeLabel) {
    }

    public record SortDto(String label, String query, boolean current) {
    }

    /** A numbered page link; {@code gap} stands for the pages left out ("…"). */
    public record PageLinkDto(long number, String query, boolean current, boolean gap, String label) {
    }

    /** A link with its text, to {@code /results} with {@code query} as its query string. */
    public record LinkDto(String label, String query) {
    }
}
