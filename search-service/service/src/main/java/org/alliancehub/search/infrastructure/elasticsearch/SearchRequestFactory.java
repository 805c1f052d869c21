package org.alliancehub.search.infrastructure.elasticsearch;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.alliancehub.search.application.Folding;
import org.alliancehub.search.application.SearchQuery;

import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.SuggestMode;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.query_dsl.BoolQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.FunctionBoostMode;
import co.elastic.clients.elasticsearch._types.query_dsl.FunctionScoreMode;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.TextQueryType;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.search.HighlighterEncoder;
import co.elastic.clients.elasticsearch.core.search.HighlighterType;

/**
 * Turns a search into one Elasticsearch request: a multi-match over the folded and the
 * language-analyzed fields (the user's text is never parsed as query syntax), the glossary's
 * translations as a weaker alternative, the reader's language as a ranking factor, exact
 * filters on folded keys, highlights and facet counts; and, when hits are few, a request of its own
 * for spelling suggestions.
 */
public final class SearchRequestFactory {

    /** Folded fields find accent-free spellings; .en/.es and local.* add stemming; titles weigh most. */
    static final List<String> TEXT_FIELDS = List.of(
            "title^4", "title.en^3", "title.es^3", "local.*.title^3",
            "summary^1.5", "summary.en", "summary.es", "local.*.summary",
            "text", "text.en^0.8", "text.es^0.8", "local.*.text^0.8",
            "topics.text^2", "industries.text", "programNames", "allianceName", "participants");

    /**
     * Where a glossary translation is looked for: the folded and the English and Spanish fields. A
     * translation is an English or Spanish term, never an alliance's or a participant's name, and
     * each field more costs every search that has one.
     */
    static final List<String> TRANSLATION_FIELDS = List.of(
            "title^4", "title.en^3", "title.es^3", "summary^1.5", "summary.en", "summary.es",
            "text", "text.en^0.8", "text.es^0.8", "topics.text^2", "industries.text");

    /** Facet name to the field it counts. */
    static final Map<String, String> FACETS = facets();
    static final String ALLIANCE_NAME = "name";
    static final String PUBLISHED = "published";
    /** Distinct materials matched, the total when hits are collapsed to one per material. */
    static final String MATERIALS = "materials";
    /** Titles and summaries together: the vocabulary "did you mean" corrects towards. */
    static final String SPELLING = "spelling";

    static final int FACET_SIZE = 15;
    /** Fewer hits than this as typed and typos are forgiven ({@link #forgives}) and the answer carries a spelling suggestion ({@link #asksSpelling}). */
    static final int FEW_HITS = 10;
    /** Every language present is listed, not just the first few. */
    static final int LANGUAGE_FACET_SIZE = 50;
    /** All of one or two words, three in four of more. */
    static final String MOST_WORDS = "2<75%";
    /** Versions in the reader's language score this many times higher. */
    static final float PREFERRED_LANGUAGE_WEIGHT = 2.0f;
    /** Matches through a glossary translation weigh less than matches of the words typed. */
    static final float CROSS_LANGUAGE_BOOST = 0.7f;
    /**
     * Words one or two edits away (Elasticsearch's AUTO: none up to 2 letters, one up to 5, two
     * beyond; a swap of two letters is one) match too, in the folded and the stemmed title, summary
     * and text and in the topics (a stemmed field forgives "scafolding" for "scaffolds"), far below
     * the words as typed: a misspelling finds what the right word finds, and never
     * outranks it.
     */
    static final List<String> FORGIVING_FIELDS = List.of("title^4", "title.en^3", "title.es^3", "summary^1.5", "summary.en",
            "summary.es", "topics.text^2", "text", "text.en^0.8", "text.es^0.8");
    static final float FORGIVING_BOOST = 0.2f;
    /** A glossary term's right spelling is surer than an edit distance, and still below the words as typed. */
    static final float RESPELLED_BOOST = 0.8f;
    /** Shorter words are mostly "de", "the", "con": left to the exact query. */
    static final int FORGIVING_MIN_LENGTH = 4;


    private static Map<String, String> facets() {
        Map<String, String> facets = new LinkedHashMap<>();
        facets.put("language", "language");
        facets.put("type", "type");
        facets.put("agency", "agency");
        facets.put("topic", "topics");
        facets.put("industry", "industries");
        facets.put("audience", "audiences");
        facets.put("program", "programs");
        facets.put("alliance", "allianceId");
        return facets;
    }

    /** The words as typed, most of them required, no glossary respelling. */
    public SearchRequest build(SearchQuery query, List<String> crossLanguageAlternatives) {
        return build(query, crossLanguageAlternatives, null, SearchQuery.Words.MOST);
    }

    /**
     * The first request of a search, as the API sends it; public for the search benchmark, which
     * sends this very request to Elasticsearch directly. {@code respelled}: see
     * {@link org.alliancehub.search.application.IndexSearches#search(SearchQuery, List, String, SearchQuery.Words)}.
     */
    public SearchRequest build(SearchQuery query, List<String> crossLanguageAlternatives, String respelled, SearchQuery.Words words) {
        return build(query, crossLanguageAlternatives, respelled, words, List.of());
    }

    /**
     * {@code misspelled}: words as typed that also match one or two edits away (see {@link #forgiving}):
     * those the index lacks, asked only when the words as typed find few ({@link #forgives}); none
     * for the words as typed alone.
     */
    public SearchRequest build(SearchQuery query, List<String> crossLanguageAlternatives, String respelled, SearchQuery.Words words,
                               List<String> misspelled) {
        String required = words == SearchQuery.Words.ANY ? "1" : MOST_WORDS;
        Query filtered = Query.of(q -> q.bool(b -> {
            b.must(textQuery(query.text(), crossLanguageAlternatives, misspelled, required, respelled));
            b.filter(term("kind", IndexedVersionDocument.KIND));
            addFilters(b, query.filters());
            return b;
        }));
        Query ranked = preferring(filtered, query.preferredLanguage());
        // marks what was typed (and its translations); marking every word one or two edits away in
        // the whole extracted text costs a second per search, and a forgiven hit shows its summary
        Query marked = textQuery(query.text(), crossLanguageAlternatives, List.of(), required, respelled);
        return SearchRequest.of(s -> {
            s.index(IndexLayout.ALIAS)
                    .from(query.from())
                    .size(query.size())
                    .trackTotalHits(t -> t.enabled(true))
                    .query(ranked)
                    .highlight(h -> {
                        titleAndSummary(h, query.preferredLanguage()).highlightQuery(marked);
                        highlightedFields("text", query.preferredLanguage())
                                .forEach(field -> h.fields(field, f -> f.fragmentSize(180).numberOfFragments(1)));
                        return h;
                    });
            // the extracted text is searched and highlighted, never sent back whole
            s.source(src -> src.filter(f -> f.excludes("text", "local", "topicKeys", "industryKeys", "audienceKeys", "programKeys")));
            aggregations().forEach(s::aggregations);
            if (query.preferredLanguage() != null) {
                // one hit per material: the reader's language when the material has it, else its best version
                s.collapse(c -> c.field("materialId"));
                s.aggregations(MATERIALS, a -> a.cardinality(c -> c.field("materialId")));
            }
            if (query.sort() == SearchQuery.Sort.CURATED && query.filters().program() != null) {
                s.sort(curatedRank(query.filters().program(), query.preferredLanguage()));
            }
            if (query.sort() == SearchQuery.Sort.NEWEST || query.sort() == SearchQuery.Sort.CURATED) {
                s.sort(o -> o.field(f -> f.field("publishedAt").order(SortOrder.Desc).missing("_last")));
                // a material's versions share its publication time: the score (the reader's language weighs
                // more) picks the version collapse keeps, not the title's alphabet
                s.sort(o -> o.score(sc -> sc.order(SortOrder.Desc)));
                s.sort(o -> o.field(f -> f.field("titleSort").order(SortOrder.Asc)));
            } else if (query.sort() == SearchQuery.Sort.TITLE) {
                s.sort(o -> o.field(f -> f.field("titleSort").order(SortOrder.Asc)));
            }
            return s;
        });
    }

    /**
     * Whether a search is worth asking again with its typos forgiven: most of its words required,
     * a word long enough to forgive, not a sentence, and fewer hits as typed than a page holds.
     * Matching every word one or two edits away in every field cost each search several times a
     * plain query (see bench/README.md); a search that found plenty as typed has no typo to pay for.
     */
    public static boolean forgives(SearchQuery query, SearchQuery.Words words, long totalAsTyped) {
        return words == SearchQuery.Words.MOST && totalAsTyped < FEW_HITS && !forgivable(query.text()).isEmpty();
    }

    /**
     * Whether a search's answer is worth a spelling suggestion: on the first page, with words, and
     * fewer hits than a page holds. A search that found plenty needs none, and asking the suggester
     * on every search cost each one its share of the request.
     */
    public static boolean asksSpelling(SearchQuery query, long total) {
        return !query.text().isEmpty() && query.page() == 1 && total < FEW_HITS;
    }

    /** The spelling suggestion for the words, alone: no hits, no counts. */
    public SearchRequest spelling(String text) {
        return SearchRequest.of(s -> s.index(IndexLayout.ALIAS).size(0).trackTotalHits(t -> t.enabled(false))
                .suggest(sg -> sg.text(text)
                        .suggesters(SPELLING, fs -> fs.term(t -> t.field(SPELLING).suggestMode(SuggestMode.Missing).size(1)))));
    }

    /**
     * Whole titles and one fragment of the summary, escaped, with {@code <mark>} around matches.
     * On these short fields the plain highlighter marks the same words as the unified one and
     * costs less: highlighting was most of a search's time on 20,000 versions, and the plain one
     * took a fifth off the whole request (bench/README.md). The long extracted text keeps the
     * unified one, which finds its best passage.
     */
    static co.elastic.clients.elasticsearch.core.search.Highlight.Builder titleAndSummary(
            co.elastic.clients.elasticsearch.core.search.Highlight.Builder h, String readerLanguage) {
        h.encoder(HighlighterEncoder.Html).preTags("<mark>").postTags("</mark>");
        highlightedFields("title", readerLanguage)
                .forEach(field -> h.fields(field, f -> f.type(HighlighterType.Plain).numberOfFragments(0)));
        highlightedFields("summary", readerLanguage)
                .forEach(field -> h.fields(field, f -> f.type(HighlighterType.Plain).fragmentSize(180).numberOfFragments(1)));
        return h;
    }

    /**
     * The variants of a field worth highlighting for a reader: the folded one (which marks every
     * word as typed, in any language) and the reader's stemmed one; every variant when the reader's
     * language is unknown, and the local-language ones for a language without its own analyzer.
     * Highlighting re-analyzes each hit's text once per field, the most expensive part of a search
     * after the query itself, and a version in the other language is marked by its folded field.
     */
    static List<String> highlightedFields(String field, String readerLanguage) {
        if ("en".equals(readerLanguage) || "es".equals(readerLanguage)) {
            return List.of(field, field + "." + readerLanguage);
        }
        List<String> all = new ArrayList<>(List.of(field, field + ".es", field + ".en"));
        if ("text".equals(field)) {
            all.add("local.*.text");
        }
        return all;
    }

    /**
     * Titles starting with what the reader has typed so far: each word a prefix of a title word
     * ({@code title.autocomplete} holds the words' beginnings), and, below those, each word one or
     * two edits from one ("forklfit", "inspecicon"), as the search forgives typos.
     */
    static Query titlePrefix(String prefix) {
        Query asTyped = Query.of(q -> q.match(m -> m.field("title.autocomplete").query(prefix).operator(Operator.And).boost(2.0f)));
        if (forgivable(prefix).isEmpty()) {
            return asTyped;
        }
        Query forgiven = Query.of(q -> q.match(m -> m.field("title.autocomplete").query(prefix).operator(Operator.And)
                .fuzziness("AUTO").prefixLength(1).maxExpansions(20)));
        return Query.of(q -> q.bool(b -> b.should(asTyped, forgiven).minimumShouldMatch("1")));
    }

    /** Multiplies the score of versions in the reader's language; others still match. */
    static Query preferring(Query query, String preferredLanguage) {
        if (preferredLanguage == null) {
            return query;
        }
        return Query.of(q -> q.functionScore(fs -> fs.query(query)
                .functions(f -> f.filter(term("language", preferredLanguage)).weight((double) PREFERRED_LANGUAGE_WEIGHT))
                .scoreMode(FunctionScoreMode.Multiply)
                .boostMode(FunctionBoostMode.Multiply)));
    }

    static Query textQuery(String text, List<String> alternatives) {
        return textQuery(text, alternatives, List.of(), MOST_WORDS, null);
    }

    /**
     * {@code misspelled}: these of the words match one or two edits away too (see {@link #forgiving});
     * {@code required}: how many of the words a hit matches ({@link #MOST_WORDS}, or "1");
     * {@code respelled}: the words with a glossary term's right spelling, matched as the words
     * typed are, just below them (null: none).
     */
    static Query textQuery(String text, List<String> alternatives, List<String> misspelled, String required, String respelled) {
        if (text.isEmpty()) {
            return Query.of(q -> q.matchAll(all -> all));
        }
        Query typed = words(text, required, 1.0f);
        // searching any of the words comes after the spelling suggestion: the typos are already tried
        Query forgiving = !misspelled.isEmpty() && MOST_WORDS.equals(required) ? forgiving(text, misspelled) : null;
        Query spelledRight = respelled == null || respelled.isBlank() ? null : words(respelled, required, RESPELLED_BOOST);
        if (alternatives.isEmpty() && forgiving == null && spelledRight == null) {
            return typed;
        }
        List<Query> translated = new ArrayList<>();
        for (String alternative : alternatives) {
            translated.add(Query.of(q -> q.multiMatch(mm -> mm.query(alternative)
                    .fields(TRANSLATION_FIELDS)
                    .type(TextQueryType.CrossFields)
                    .operator(Operator.And)
                    .tieBreaker(0.3))));
        }
        // alternatives to the words typed, never requirements added to them
        return Query.of(q -> q.bool(b -> {
            b.should(typed);
            if (forgiving != null) {
                b.should(forgiving);
            }
            if (spelledRight != null) {
                b.should(spelledRight);
            }
            if (!translated.isEmpty()) {
                b.should(sh -> sh.bool(alt -> alt.should(translated).boost(CROSS_LANGUAGE_BOOST)));
            }
            return b.minimumShouldMatch("1");
        }));
    }

    /**
     * The words over title, summary and text: fields analyzed alike count as one field, so the
     * words may be spread over them; {@code required} of them must be there (most: all of one or
     * two), so a generic word alone ("safety", "seguridad") does not make a match.
     */
    private static Query words(String text, String required, float boost) {
        return Query.of(q -> q.multiMatch(mm -> mm.query(text)
                .fields(TEXT_FIELDS)
                .type(TextQueryType.CrossFields)
                .minimumShouldMatch(required)
                .tieBreaker(0.3)
                .boost(boost)));
    }

    /**
     * Each word of four letters or more, matched one or two edits away in any of the forgiving
     * fields (cross_fields cannot be fuzzy, so the words are matched one by one, each in its best
     * field), most of them required as for the words typed; null when no word is long enough, or the words are a sentence.
     */
    /** The words of four letters or more, none for a sentence: those a typo may be forgiven in. */
    static List<String> forgivable(String text) {
        // a sentence's words forgiven one by one find weak matches of its common words, which would
        // hide the recovery a sentence needs: any of its words, the rarest first (see SearchQuery.isSentence)
        if (SearchQuery.isSentence(text)) {
            return List.of();
        }
        return java.util.Arrays.stream(text.split("[\\s\\p{Punct}]+"))
                .filter(w -> w.codePointCount(0, w.length()) >= FORGIVING_MIN_LENGTH)
                .distinct().toList();
    }

    /**
     * Each word of four letters or more, the {@code misspelled} ones matched one or two edits away
     * and the others as typed, most of them required as for the words typed; null when none of
     * the misspelled words is long enough, or the words are a sentence.
     */
    static Query forgiving(String text, List<String> misspelled) {
        List<String> words = forgivable(text);
        java.util.function.Predicate<String> mistyped = w -> misspelled.stream().anyMatch(m -> m.equalsIgnoreCase(w));
        if (words.stream().noneMatch(mistyped)) {
            return null;
        }
        List<Query> perWord = words.stream().map(word -> Query.of(q -> q.multiMatch(mm -> {
            mm.query(word).fields(FORGIVING_FIELDS).type(TextQueryType.BestFields);
            if (mistyped.test(word)) {
                // the first letter is rarely the one mistyped, and keeping it keeps the expansion cheap
                mm.fuzziness("AUTO").prefixLength(1).maxExpansions(20);
            }
            return mm;
        }))).toList();
        return Query.of(q -> q.bool(b -> b.should(perWord).minimumShouldMatch(MOST_WORDS).boost(FORGIVING_BOOST)));
    }

    static Map<String, Aggregation> aggregations() {
        Map<String, Aggregation> aggregations = new LinkedHashMap<>();
        FACETS.forEach((name, field) -> {
            int size = "language".equals(name) ? LANGUAGE_FACET_SIZE : FACET_SIZE;
            if ("alliance".equals(name)) {
                aggregations.put(name, Aggregation.of(a -> a.terms(t -> t.field(field).size(size))
                        .aggregations(ALLIANCE_NAME, sub -> sub.terms(t -> t.field("allianceName.keyword").size(1)))));
            } else {
                aggregations.put(name, Aggregation.of(a -> a.terms(t -> t.field(field).size(size))));
            }
        });
        aggregations.put(PUBLISHED, Aggregation.of(a -> a.dateRange(r -> r.field("publicationDate")
                .ranges(x -> x.key(SearchQuery.Published.PAST_YEAR.name()).from(f -> f.expr("now-1y/d")))
                .ranges(x -> x.key(SearchQuery.Published.PAST_5_YEARS.name()).from(f -> f.expr("now-5y/d")))
                .ranges(x -> x.key(SearchQuery.Published.OLDER.name()).to(f -> f.expr("now-5y/d"))))));
        return aggregations;
    }

    static void addFilters(BoolQuery.Builder bool, SearchQuery.Filters filters) {
        addFilter(bool, "language", filters.language());
        addFilter(bool, "type", filters.type());
        addFilter(bool, "agency", filters.agency());
        addFilter(bool, "topicKeys", Folding.fold(filters.topic()));
        addFilter(bool, "industryKeys", Folding.fold(filters.industry()));
        addFilter(bool, "audienceKeys", Folding.fold(filters.audience()));
        addFilter(bool, "programKeys", Folding.fold(filters.program()));
        addFilter(bool, "allianceId", filters.alliance());
        if (filters.published() != null) {
            bool.filter(q -> q.range(r -> r.date(d -> {
                d.field("publicationDate");
                return switch (filters.published()) {
                    case PAST_YEAR -> d.gte("now-1y/d");
                    case PAST_5_YEARS -> d.gte("now-5y/d");
                    case OLDER -> d.lt("now-5y/d");
                };
            })));
        }
        if (filters.from() != null || filters.to() != null) {
            LocalDate from = filters.from();
            LocalDate to = filters.to();
            bool.filter(q -> q.range(r -> r.date(d -> {
                d.field("publicationDate");
                if (from != null) {
                    d.gte(from.toString());
                }
                if (to != null) {
                    d.lte(to.toString());
                }
                return d;
            })));
        }
    }

    private static void addFilter(BoolQuery.Builder bool, String field, String value) {
        if (value != null && !value.isBlank()) {
            bool.filter(term(field, value));
        }
    }

    /**
     * The program's curated ranks for readers of {@code language} (English when unknown) first,
     * in order; documents it does not curate come after, in the sorts that follow.
     */
    static co.elastic.clients.elasticsearch._types.SortOptions curatedRank(String program, String language) {
        String reader = language == null ? "en" : language;
        return co.elastic.clients.elasticsearch._types.SortOptions.of(o -> o.field(f -> f.field(CurationField.PATH + ".rank")
                .order(SortOrder.Asc).missing("_last")
                .nested(n -> n.path(CurationField.PATH).filter(q -> q.bool(b -> b
                        .filter(term(CurationField.PATH + ".program", Folding.fold(program)))
                        .filter(term(CurationField.PATH + ".language", reader)))))));
    }

    static Query term(String field, String value) {
        return Query.of(q -> q.term(t -> t.field(field).value(value)));
    }
}
