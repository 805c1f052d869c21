package org.alliancehub.web.interfaces.search.facade.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.alliancehub.contracts.search.SearchResults;
import org.alliancehub.web.interfaces.search.facade.SearchCriteria;
import org.alliancehub.web.interfaces.search.facade.SearchPageDto;
import org.alliancehub.web.interfaces.search.facade.SearchPageDto.FacetDto;
import org.alliancehub.web.interfaces.search.facade.SearchPageDto.FacetValueDto;
import org.alliancehub.web.interfaces.search.facade.SearchPageDto.HitDto;
import org.alliancehub.web.interfaces.search.facade.SearchPageDto.LinkDto;
import org.alliancehub.web.interfaces.search.facade.SearchPageDto.PageLinkDto;
import org.alliancehub.web.interfaces.search.facade.SearchPageDto.SelectedFilterDto;
import org.alliancehub.web.interfaces.search.facade.SearchPageDto.SortDto;
import org.alliancehub.web.interfaces.web.PortalMessages;

/**
 * Turns the search service's answer into the results page: facet values labelled in the reader's
 * language with the link that selects or removes each, the filters in force, sorts, numbered pages,
 * and, when nothing matched, the broader searches and browse links that keep the reader going.
 */
final class SearchPageAssembler {

    /** Pages shown either side of the current one before a gap. */
    static final int PAGER_WINDOW = 2;
    static final int BROWSE_TOPICS = 8;
    static final int BROADER_WORDS = 4;

    private final PortalMessages messages;
    private final Function<String, String> programName;
    private final java.util.function.BiFunction<String, String, String> downloadHref;

    /**
     * @param programName  an emphasis program's name in the reader's language, by code (the code when unknown)
     * @param downloadHref where the reader's browser downloads a version's file, by material id and language
     */
    SearchPageAssembler(PortalMessages messages, Function<String, String> programName,
                        java.util.function.BiFunction<String, String, String> downloadHref) {
        this.messages = messages;
        this.programName = programName;
        this.downloadHref = downloadHref;
    }

    SearchPageDto page(SearchCriteria criteria, SearchResults results, SearchResults collection) {
        long pages = results.size() == 0 ? 0 : (results.total() + results.size() - 1) / results.size();
        Map<String, List<SearchResults.FacetCount>> facets = results.facets() == null ? Map.of() : results.facets();
        SearchResults.Recovery recovery = results.recovery();
        boolean corrected = recovery != null && SearchResults.Recovery.SPELLING.equals(recovery.kind());
        boolean someWords = recovery != null && SearchResults.Recovery.SOME_WORDS.equals(recovery.kind());
        // the hits already are the suggestion's: offering it again would lead to the same page
        String didYouMean = corrected ? null : results.didYouMean();
        boolean none = results.total() == 0;
        return new SearchPageDto(criteria, results.total(), criteria.page(), pages, hits(results.hits()),
                facets(criteria, facets), selected(criteria, facets), sorts(criteria), pager(criteria, pages),
                didYouMean, didYouMean == null ? null : criteria.withQuery(didYouMean).queryString(),
                none ? broader(criteria) : List.of(), none && collection != null ? browse(criteria, collection) : List.of(),
                corrected ? recovery.searched() : null, someWords, recovery != null ? criteria.asTyped().queryString() : null);
    }

    List<HitDto> hits(List<SearchResults.Hit> hits) {
        if (hits == null) {
            return List.of();
        }
        return hits.stream().map(this::hit).toList();
    }

    private HitDto hit(SearchResults.Hit hit) {
        return new HitDto(hit.materialId(), hit.language(), hit.title(), SafeHighlight.of(hit.titleHighlight()),
                SafeHighlight.of(hit.snippet()), hit.type(), label("type", hit.type()), hit.allianceId(), hit.allianceName(),
                hit.agency(), hit.publicationNumber(), messages.date(hit.publicationDate()), hit.otherLanguage(),
                hit.otherLanguage() ? messages.onlyIn(hit.language()) : null, download(hit), hit.featured());
    }

    /** The direct download of the version the hit shows, labelled for screen readers with the material's title. */
    private SearchPageDto.DownloadDto download(SearchResults.Hit hit) {
        SearchResults.Download file = hit.download();
        if (file == null) {
            return null;
        }
        String name = file.fileName() == null ? "" : file.fileName();
        String format = name.lastIndexOf('.') > 0 ? name.substring(name.lastIndexOf('.') + 1).toUpperCase(Locale.ROOT)
                : String.valueOf(file.mediaType());
        String size = messages.fileSize(file.size());
        return new SearchPageDto.DownloadDto(downloadHref.apply(hit.materialId(), hit.language()), format, size,
                messages.format("hit.download.label", hit.title(), format, size));
    }

    private List<FacetDto> facets(SearchCriteria criteria, Map<String, List<SearchResults.FacetCount>> facets) {
        List<FacetDto> shown = new ArrayList<>();
        for (String name : SearchCriteria.FILTERS) {
            List<SearchResults.FacetCount> counts = facets.getOrDefault(name, List.of());
            String selected = criteria.filter(name);
            List<FacetValueDto> values = new ArrayList<>();
            for (SearchResults.FacetCount count : counts) {
                boolean isSelected = count.value().equalsIgnoreCase(selected == null ? "" : selected);
                values.add(new FacetValueDto(count.value(), valueLabel(name, count), count.count(), isSelected,
                        criteria.withFilter(name, isSelected ? null : count.value()).queryString()));
            }
            // one value that every hit has narrows nothing: offered only when it is the selected one
            if (values.size() > 1 || (values.size() == 1 && values.get(0).selected())) {
                shown.add(new FacetDto(name, messages.text("facet." + name), values));
            }
        }
        return shown;
    }

    private List<SelectedFilterDto> selected(SearchCriteria criteria, Map<String, List<SearchResults.FacetCount>> facets) {
        List<SelectedFilterDto> selected = new ArrayList<>();
        for (String name : SearchCriteria.FILTERS) {
            String value = criteria.filter(name);
            if (value == null) {
                continue;
            }
            String label = facets.getOrDefault(name, List.of()).stream()
                    .filter(count -> count.value().equalsIgnoreCase(value))
                    .findFirst().map(count -> valueLabel(name, count))
                    .orElseGet(() -> valueLabel(name, new SearchResults.FacetCount(value, null, 0)));
            String heading = messages.text("facet." + name);
            selected.add(new SelectedFilterDto(heading, label, criteria.withFilter(name, null).queryString(),
                    messages.format("filter.remove", heading, label)));
        }
        return selected;
    }

    String valueLabel(String facet, SearchResults.FacetCount count) {
        String value = count.value();
        return switch (facet) {
            case "language" -> messages.languageName(value);
            case "type", "published" -> label(facet, value);
            case "program" -> programName.apply(value);
            case "alliance" -> count.label() == null ? value : count.label();
            default -> value;
        };
    }

    /** A coded value's label ({@code type.FACT_SHEET}), the value itself when the bundle has none. */
    private String label(String prefix, String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        String key = prefix + "." + value;
        return messages.has(key) ? messages.text(key) : value;
    }

    private List<SortDto> sorts(SearchCriteria criteria) {
        String current = criteria.sort() != null ? criteria.sort() : criteria.query().isEmpty() ? "newest" : "relevance";
        List<SortDto> sorts = new ArrayList<>();
        for (String sort : List.of("relevance", "newest", "title")) {
            if ("relevance".equals(sort) && criteria.query().isEmpty()) {
                continue;
            }
            sorts.add(new SortDto(messages.text("sort." + sort), criteria.withSort(sort).queryString(), sort.equals(current)));
        }
        return sorts;
    }

    List<PageLinkDto> pager(SearchCriteria criteria, long pages) {
        List<PageLinkDto> links = new ArrayList<>();
        if (pages <= 1) {
            return links;
        }
        long current = criteria.page();
        long last = Math.min(pages, SearchCriteria.MAX_PAGE);
        boolean gap = false;
        for (long number = 1; number <= last; number++) {
            boolean near = Math.abs(number - current) <= PAGER_WINDOW;
            if (number == 1 || number == last || near) {
                links.add(new PageLinkDto(number, criteria.atPage((int) number).queryString(), number == current, false,
                        messages.format("search.page", number, last)));
                gap = false;
            } else if (!gap) {
                links.add(new PageLinkDto(0, null, false, true, "…"));
                gap = true;
            }
        }
        return links;
    }

    /** When nothing matched: the same words without the filters, then each word alone. */
    List<LinkDto> broader(SearchCriteria criteria) {
        List<LinkDto> broader = new ArrayList<>();
        if (criteria.hasFilters() && !criteria.query().isEmpty()) {
            broader.add(new LinkDto(messages.format("search.broader.no.filters", criteria.query()),
                    criteria.withoutFilters().queryString()));
        }
        Set<String> words = new LinkedHashSet<>();
        for (String word : criteria.query().split("\\s+")) {
            if (word.length() > 2) {
                words.add(word);
            }
        }
        if (words.size() > 1) {
            words.stream().limit(BROADER_WORDS).forEach(word ->
                    broader.add(new LinkDto(word, criteria.withoutFilters().withQuery(word).queryString())));
        }
        return broader;
    }

    /** When nothing matched: the collection's most used topics and its types, each a search of its own. */
    private List<LinkDto> browse(SearchCriteria criteria, SearchResults collection) {
        List<LinkDto> browse = new ArrayList<>();
        SearchCriteria everything = new SearchCriteria("", criteria.language(), Map.of(), null, 1);
        Map<String, List<SearchResults.FacetCount>> facets = collection.facets() == null ? Map.of() : collection.facets();
        facets.getOrDefault("topic", List.of()).stream().limit(BROWSE_TOPICS)
                .forEach(topic -> browse.add(new LinkDto(topic.value(), everything.withFilter("topic", topic.value()).queryString())));
        facets.getOrDefault("type", List.of())
                .forEach(type -> browse.add(new LinkDto(label("type", type.value()), everything.withFilter("type", type.value()).queryString())));
        return browse;
    }
}
