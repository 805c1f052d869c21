package org.alliancehub.contracts.search;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A page of material hits, each one language version, with facet counts over all matches. When the
 * reader's language is known, each material appears once, in the reader's language if it has it,
 * and {@code total} counts materials. {@code crossLanguageTerms} are the glossary translations
 * searched as an alternative; {@code didYouMean} a corrected query when some words are unknown.
 * {@code recovery} (since contract 1.3) is null when the hits are for the words as typed; when
 * those found nothing, it says what was searched instead.
 */
public record SearchResults(String contract, String query, long total, int page, int size, List<Hit> hits,
                           Map<String, List<FacetCount>> facets, List<String> crossLanguageTerms, String didYouMean,
                           Recovery recovery) {

    /**
     * JSON-B (Yasson) puts every object it writes in a hash set to detect cycles: a record's derived
     * hash walks all its components, so each level of an answer re-walked every hit and facet
     * below it, several per cent of a search's time in the service. Equal answers still hash
     * alike: these components are among those {@code equals} compares.
     */
    @Override
    public int hashCode() {
        return Objects.hash(query, total, page, size);
    }

    /**
     * What a search that found nothing as typed searched instead: {@code kind} {@value #SPELLING}
     * (the spelling suggestion, in {@code searched}; "showing results for") or {@value #SOME_WORDS}
     * (the words typed, any of them instead of most; {@code searched} is the query).
     */
    public record Recovery(String kind, String searched) {
        public static final String SPELLING = "spelling";
        public static final String SOME_WORDS = "some-words";
    }

    /** The same answer with a spelling suggestion. */
    public SearchResults withDidYouMean(String suggestion) {
        return new SearchResults(contract, query, total, page, size, hits, facets, crossLanguageTerms, suggestion, recovery);
    }

    /** These results as what was found for {@code typed}, which found nothing, through {@code recovery}. */
    public SearchResults recovered(String typed, Recovery how) {
        return new SearchResults(contract, typed, total, page, size, hits, facets, crossLanguageTerms, didYouMean, how);
    }

    /**
     * One hit. {@code titleHighlight} and {@code snippet} are HTML-escaped text with {@code <mark>}
     * around the matched words; every other field is plain text for the reader to escape.
     * {@code otherLanguage} is true when the hit is not in the reader's language. {@code featured}
     * (since contract 1.2) is true when the staff feature it in the emphasis program filtered on,
     * for the reader's language.
     */
    public record Hit(String materialId, String language, boolean otherLanguage, String title, String summary,
                      String titleHighlight, String snippet, String type, String allianceId, String allianceName,
                      String agency, List<String> topics, List<String> industries, List<String> audiences,
                      List<String> programs, String publicationNumber, LocalDate publicationDate,
                      List<String> availableLanguages, Download download, double score, boolean featured) {

        /** A shallow hash, for the reason given at {@link SearchResults#hashCode()}. */
        @Override
        public int hashCode() {
            return Objects.hash(materialId, language);
        }
    }

    /**
     * The hit's own file, for a direct download at {@code /content/api/materials/{id}/versions/{language}/file};
     * null when the version has none (an external link, or text only). Since contract 1.1.
     */
    public record Download(String fileName, String mediaType, long size, Integer pageCount) {
    }

    /** A facet value, its display label when that differs (an alliance's name for its id), and its count. */
    public record FacetCount(String value, String label, long count) {

        /** A shallow hash, for the reason given at {@link SearchResults#hashCode()}. */
        @Override
        public int hashCode() {
            return Objects.hash(value, count);
        }
    }
}
