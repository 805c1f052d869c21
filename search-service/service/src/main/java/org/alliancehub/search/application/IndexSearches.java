package org.alliancehub.search.application;

import java.util.List;

import org.alliancehub.contracts.search.ActivityResults;
import org.alliancehub.contracts.search.SearchResults;
import org.alliancehub.contracts.search.Suggestions;

/** Queries over the live index, through the alias (as Hibernate Search's {@code SearchSession}). */
public interface IndexSearches {

    /** Searches; {@code crossLanguageAlternatives} are glossary translations searched as a weaker alternative. */
    default SearchResults search(SearchQuery query, List<String> crossLanguageAlternatives) {
        return search(query, crossLanguageAlternatives, null, SearchQuery.Words.MOST);
    }

    /**
     * Searches, a hit matching as many of the words as {@code words} requires; {@code respelled}
     * (may be null) is the query with the glossary's spelling of a term typed with typos, searched
     * as an alternative just below the words as typed.
     */
    SearchResults search(SearchQuery query, List<String> crossLanguageAlternatives, String respelled, SearchQuery.Words words);

    /** Searches published trainings and events. */
    ActivityResults searchActivities(ActivityQuery query, List<String> crossLanguageAlternatives);

    /** Titles whose words start with the prefix's words, the reader's language first. */
    List<Suggestions.Suggestion> titlesStartingWith(String prefix, String preferredLanguage, int size);

    /** The versions of a material (empty if it is not indexed). */
    List<SearchResults.Hit> versionsOf(String materialId, String preferredLanguage);

    /**
     * Other materials most like the given material's versions in {@code languages} (more-like-this
     * over title, summary and text).
     */
    List<SearchResults.Hit> like(String materialId, List<String> languages, String preferredLanguage, int size);
}
