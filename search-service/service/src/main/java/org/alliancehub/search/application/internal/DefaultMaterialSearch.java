package org.alliancehub.search.application.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.alliancehub.contracts.metrics.ServiceMetrics;

import org.alliancehub.search.application.ActivityQuery;
import org.alliancehub.contracts.search.ActivityResults;
import org.alliancehub.search.application.Folding;
import org.alliancehub.search.application.FollowUpBudget;
import org.alliancehub.search.application.IndexSearches;
import org.alliancehub.search.application.MaterialSearch;
import org.alliancehub.search.application.SearchAnalytics;
import org.alliancehub.search.application.SearchEvent;
import org.alliancehub.search.application.SearchQuery;
import org.alliancehub.contracts.search.RelatedMaterials;
import org.alliancehub.contracts.search.SearchResults;
import org.alliancehub.contracts.search.Suggestions;
import org.alliancehub.search.application.glossary.Glossary;
import org.alliancehub.search.application.glossary.GlossarySource;
import org.eclipse.microprofile.faulttolerance.Bulkhead;

/**
 * At most {@value #CONCURRENT} searches of each use case run at once and the rest are refused at
 * once (a MicroProfile Fault Tolerance bulkhead, tunable without a build, e.g.
 * {@code Bulkhead/value}): a frozen engine then holds a few request threads for one engine read
 * timeout each instead of every thread, and the other applications of the same Payara keep theirs.
 * Each engine request is bounded by the client's read timeout, and follow-up requests by the
 * {@link FollowUpBudget}.
 */
@ApplicationScoped
@Bulkhead(DefaultMaterialSearch.CONCURRENT)
public class DefaultMaterialSearch implements MaterialSearch {

    static final int CONCURRENT = 10;

    /** Searches by outcome: found (as typed), recovered (by the suggestion or any of the words), empty. */
    static final String SEARCHES = ServiceMetrics.named("searches");

    /** A long query matching many terms would otherwise become a very wide alternative. */
    static final int MAX_ALTERNATIVES = 12;

    @Inject
    IndexSearches index;

    @Inject
    GlossarySource glossary;

    @Inject
    SearchAnalytics analytics;

    /**
     * Searches the words as typed; when they find nothing, in this order: the spelling suggestion
     * (the index's, else the glossary's) when it finds something, unless the words are a sentence
     * ({@link SearchQuery#isSentence}); then any of the words instead of most. The answer says which
     * ({@link SearchResults#recovery()}); the reader's page says so too.
     */
    @Override
    public SearchResults search(SearchQuery query) {
        FollowUpBudget budget = FollowUpBudget.startingNow();
        // the terms are looked up once: respelling and translating read the same ones
        List<Glossary.Match> terms = glossary.current().find(query.text());
        String respelled = respelled(query.text(), terms);
        List<String> alternatives = Glossary.alternativesFor(query.text(), terms, MAX_ALTERNATIVES);
        SearchResults results = withGlossaryCorrection(respelled, index.search(query, alternatives, respelled, SearchQuery.Words.MOST));
        if (results.total() == 0 && !query.text().isEmpty() && !query.verbatim() && budget.allowsFollowUp()) {
            results = recovered(query, results, alternatives, budget);
        }
        // a recovered search found nothing with the words as typed: the staff's content gaps count it as
        // such, whatever the recovery then showed the reader
        SearchEvent event = SearchEvent.of(query, results.recovery() == null ? results.total() : 0, java.time.Instant.now());
        ServiceMetrics.registry().counter(SEARCHES, "outcome", outcome(results)).increment();
        if (event != null) {
            analytics.record(event);
        }
        return results;
    }

    static String outcome(SearchResults results) {
        if (results.recovery() != null) {
            return "recovered";
        }
        return results.total() > 0 ? "found" : "empty";
    }

    private SearchResults recovered(SearchQuery query, SearchResults nothing, List<String> alternatives, FollowUpBudget budget) {
        String suggestion = nothing.didYouMean();
        // a sentence's suggestion respells words the collection lacks into others it has ("ladera"):
        // any of its words serve its reader better
        if (suggestion != null && !SearchQuery.isSentence(query.text())) {
            SearchResults corrected = index.search(query.withText(suggestion), crossLanguageAlternatives(suggestion), null,
                    SearchQuery.Words.MOST);
            if (corrected.total() > 0) {
                return corrected.recovered(query.text(), new SearchResults.Recovery(SearchResults.Recovery.SPELLING, suggestion));
            }
        }
        if (!budget.allowsFollowUp()) {
            return nothing;
        }
        SearchResults someWords = index.search(query, alternatives, null, SearchQuery.Words.ANY);
        if (someWords.total() > 0) {
            return someWords.recovered(query.text(), new SearchResults.Recovery(SearchResults.Recovery.SOME_WORDS, query.text()));
        }
        return nothing;
    }

    /** The words with the glossary's spelling of a term typed with typos; null when none needed it. */
    static String respelled(String text, List<Glossary.Match> terms) {
        return text.isEmpty() ? null : Glossary.corrected(text, terms).filter(c -> !Folding.fold(c).equals(Folding.fold(text))).orElse(null);
    }

    /**
     * The answer, with the glossary's respelling as its "did you mean" when the index offered
     * none: the glossary knows words that no indexed title spells right yet.
     */
    static SearchResults withGlossaryCorrection(String respelled, SearchResults results) {
        if (results.didYouMean() != null || respelled == null) {
            return results;
        }
        return results.withDidYouMean(respelled);
    }

    @Override
    public ActivityResults searchActivities(ActivityQuery query) {
        return index.searchActivities(query, crossLanguageAlternatives(query.text()));
    }

    List<String> crossLanguageAlternatives(String text) {
        return glossary.current().alternativesFor(text, MAX_ALTERNATIVES);
    }

    @Override
    public Suggestions suggest(String prefix, String preferredLanguage, int size) {
        List<Suggestions.Suggestion> suggestions = new ArrayList<>(index.titlesStartingWith(prefix, preferredLanguage, size));
        Set<String> seen = new LinkedHashSet<>();
        suggestions.forEach(s -> seen.add(Folding.fold(s.text())));
        for (Glossary.Term term : glossary.current().startingWith(prefix, null, size * 2)) {
            if (suggestions.size() >= size) {
                break;
            }
            if (seen.add(Folding.fold(term.text()))) {
                suggestions.add(new Suggestions.Suggestion(term.text(), Suggestions.Suggestion.TERM, term.language(), null));
            }
        }
        return Suggestions.of(prefix, suggestions);
    }

    @Override
    public Optional<RelatedMaterials> related(String materialId, String preferredLanguage, int size) {
        List<SearchResults.Hit> versions = index.versionsOf(materialId, preferredLanguage);
        if (versions.isEmpty()) {
            return Optional.empty();
        }
        List<String> languages = versions.stream().map(SearchResults.Hit::language).toList();
        return Optional.of(RelatedMaterials.of(materialId, versions, index.like(materialId, languages, preferredLanguage, size)));
    }
}
