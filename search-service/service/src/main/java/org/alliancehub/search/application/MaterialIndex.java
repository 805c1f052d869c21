package org.alliancehub.search.application;

import java.util.List;
import java.util.Optional;

import org.alliancehub.contracts.search.SearchResults;

/**
 * The search index of material versions and of trainings and events (one index, a {@code kind} per document). Searches go through an alias; writes name the concrete
 * index, so a new index can fill while the live one serves. Each concrete index keeps its own
 * feed cursor beside it.
 */
public interface MaterialIndex {

    /** The concrete index the alias points at, if there is one. */
    Optional<String> liveIndex();

    /** Whether the index was made with the mapping this code ships (otherwise it must be rebuilt). */
    boolean hasCurrentMapping(String index);

    boolean exists(String index);

    /** Creates a new, empty index with the current mapping and returns its name. */
    String createIndex();

    /** Points the alias at {@code index} in one atomic step, then deletes every other material index. */
    void makeLive(String index);

    /**
     * Applies changes in order to {@code index}: each material change replaces all of a
     * material's versions or removes them; each activity change replaces or removes one activity.
     * Returns the changes whose documents the engine refused for good (an invalid document); a
     * failure worth retrying (engine down, overloaded, a server error) is {@link Unavailable}, and
     * then nothing is known to be applied.
     */
    List<RefusedChange> apply(String index, List<MaterialChange> changes, List<ActivityChange> activities);

    /** The feed sequence number up to which {@code index} is complete (0 for a new index). */
    long cursor(String index);

    /** The refused changes recorded with {@code index}'s cursor, oldest first. */
    List<RefusedChange> refused(String index);

    /** Stores the cursor and the refused changes together, beside the index. */
    void saveCursor(String index, long seq, List<RefusedChange> refused);

    /** Searches; {@code crossLanguageAlternatives} are glossary translations searched as a weaker alternative. */
    SearchResults search(SearchQuery query, List<String> crossLanguageAlternatives);

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

    /** Whether the engine answers now. */
    boolean isAvailable();

    /** The index could not be reached or refused the request. */
    class Unavailable extends RuntimeException {
        public Unavailable(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
