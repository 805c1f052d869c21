package org.alliancehub.search.application;

import java.util.Optional;

import org.alliancehub.contracts.search.ActivityResults;
import org.alliancehub.contracts.search.RelatedMaterials;
import org.alliancehub.contracts.search.SearchResults;
import org.alliancehub.contracts.search.Suggestions;

/** What the public asks of search. */
public interface MaterialSearch {

    SearchResults search(SearchQuery query);

    /** Trainings and events, the same way: glossary, folding, the reader's language first. */
    ActivityResults searchActivities(ActivityQuery query);

    /** Completions of what the reader is typing: material titles and glossary terms. */
    Suggestions suggest(String prefix, String preferredLanguage, int size);

    /** The other language versions of a material and materials like it; empty when it is not public. */
    Optional<RelatedMaterials> related(String materialId, String preferredLanguage, int size);
}
