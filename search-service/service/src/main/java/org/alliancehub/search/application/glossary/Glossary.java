package org.alliancehub.search.application.glossary;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.alliancehub.search.application.Folding;
import org.alliancehub.search.application.SearchQuery;

/**
 * The bilingual safety glossary: English and Spanish terms of the domain, each with its
 * equivalents in the other language. It finds the terms a query contains (longest phrase first,
 * accent- and case-blind, a plural finding its singular, and where no term is spelled out, one a
 * typo or two away: see {@link Typos}) and answers their translations, which search adds as an
 * alternative query. Immutable; a reload builds a new one.
 */
public final class Glossary {

    public static final String ENGLISH = "en";
    public static final String SPANISH = "es";
    private static final Pattern WORD_SPLIT = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final String ALTERNATIVES = "\\s+\\|\\s+";

    /** A glossary term in one language and its equivalents in the other. */
    public record Term(String language, String text, List<String> translations) {
    }

    /**
     * A term found in a query: the words it covered (folded) and what they translate to;
     * {@code edits} is 0 when they spell the term, else the typos forgiven.
     */
    public record Match(String matched, Term term, int edits) {

        public boolean forgiven() {
            return edits > 0;
        }
    }

    /** The file could not be read as a glossary; {@code line} says where. */
    public static class InvalidGlossary extends RuntimeException {
        public InvalidGlossary(int line, String message) {
            super("Glossary line " + line + ": " + message);
        }
    }

    /** Folded phrase (words joined by one space) to its term, for each language. */
    private final Map<String, Term> byPhrase;
    /** Folded first word to the folded phrases starting with it, longest first. */
    private final Map<String, List<String[]>> byFirstWord;
    /** Folded term text to term, sorted, for prefix suggestions. */
    private final TreeMap<String, List<Term>> sorted;
    /**
     * Every folded phrase as words, by the length of its first word, for the lookup that forgives
     * typos: a word is only compared with phrases whose first word is about as long.
     */
    private final Map<Integer, List<String[]>> byFirstWordLength;
    private final int pairs;

    private Glossary(Map<String, Term> byPhrase, int pairs) {
        this.byPhrase = byPhrase;
        this.pairs = pairs;
        this.byFirstWord = new HashMap<>();
        this.sorted = new TreeMap<>();
        this.byFirstWordLength = new HashMap<>();
        for (Map.Entry<String, Term> entry : byPhrase.entrySet()) {
            String[] words = entry.getKey().split(" ");
            byFirstWordLength.computeIfAbsent(words[0].length(), n -> new ArrayList<>()).add(words);
            byFirstWord.computeIfAbsent(words[0], w -> new ArrayList<>()).add(words);
            sorted.computeIfAbsent(entry.getKey(), k -> new ArrayList<>()).add(entry.getValue());
        }
        byFirstWord.values().forEach(list -> list.sort(Comparator.comparingInt((String[] w) -> w.length).reversed()));
    }

    public static Glossary empty() {
        return new Glossary(Map.of(), 0);
    }

    /**
     * Reads {@code english<TAB>spanish} lines; either side may list equivalents separated by
     * {@code " | "}; {@code #} starts a comment line.
     */
    public static Glossary parse(Reader source) throws IOException {
        Map<String, Set<String>> english = new HashMap<>();
        Map<String, Set<String>> spanish = new HashMap<>();
        Map<String, String> englishText = new HashMap<>();
        Map<String, String> spanishText = new HashMap<>();
        int pairs = 0;
        BufferedReader reader = new BufferedReader(source);
        String line;
        int number = 0;
        while ((line = reader.readLine()) != null) {
            number++;
            String content = line.strip();
            if (content.isEmpty() || content.startsWith("#")) {
                continue;
            }
            String[] sides = line.split("\t", -1);
            if (sides.length != 2 || sides[0].isBlank() || sides[1].isBlank()) {
                throw new InvalidGlossary(number, "expected 'english<TAB>spanish'");
            }
            List<String> en = alternatives(sides[0]);
            List<String> es = alternatives(sides[1]);
            for (String term : en) {
                String key = phraseKey(term);
                english.computeIfAbsent(key, k -> new LinkedHashSet<>()).addAll(es);
                englishText.putIfAbsent(key, term);
            }
            for (String term : es) {
                String key = phraseKey(term);
                spanish.computeIfAbsent(key, k -> new LinkedHashSet<>()).addAll(en);
                spanishText.putIfAbsent(key, term);
            }
            pairs++;
        }
        Map<String, Term> byPhrase = new HashMap<>();
        english.forEach((key, translations) -> byPhrase.put(ENGLISH + ":" + key,
                new Term(ENGLISH, englishText.get(key), List.copyOf(translations))));
        spanish.forEach((key, translations) -> byPhrase.put(SPANISH + ":" + key,
                new Term(SPANISH, spanishText.get(key), List.copyOf(translations))));
        return new Glossary(indexByPhrase(byPhrase), pairs);
    }

    /** Re-keys "en:phrase" entries by phrase alone; a phrase in both languages keeps both terms merged. */
    private static Map<String, Term> indexByPhrase(Map<String, Term> tagged) {
        Map<String, Term> result = new HashMap<>();
        for (Map.Entry<String, Term> entry : tagged.entrySet()) {
            String phrase = entry.getKey().substring(3);
            Term term = entry.getValue();
            Term existing = result.get(phrase);
            if (existing == null) {
                result.put(phrase, term);
            } else {
                // the same spelling in both languages ("material", "radio"): translations of both sides
                Set<String> merged = new LinkedHashSet<>(existing.translations());
                merged.addAll(term.translations());
                result.put(phrase, new Term(existing.language(), existing.text(), List.copyOf(merged)));
            }
        }
        return result;
    }

    private static List<String> alternatives(String side) {
        List<String> terms = new ArrayList<>();
        for (String term : side.strip().split(ALTERNATIVES)) {
            if (!term.isBlank()) {
                terms.add(term.strip());
            }
        }
        return terms;
    }

    static String phraseKey(String text) {
        return String.join(" ", words(text));
    }

    private static List<String> words(String text) {
        String folded = Folding.fold(text);
        return Arrays.stream(WORD_SPLIT.split(folded)).filter(w -> !w.isEmpty()).toList();
    }

    /** Number of pair lines read. */
    public int pairs() {
        return pairs;
    }

    /** Number of distinct terms in both languages. */
    public int terms() {
        return byPhrase.size();
    }

    /**
     * The glossary terms in {@code query}, scanning left to right and taking the longest phrase
     * at each word; a query word may be the plural of the glossary's word ("ladders",
     * "andamios", "lesiones"). A longer term within each word's allowed typos is taken instead, the
     * fewest typos first ("proteccion auditva").
     */
    public List<Match> find(String query) {
        List<String> words = words(query == null ? "" : query);
        List<List<String>> candidates = words.stream().map(Glossary::singularCandidates).toList();
        // in a sentence, a word a typo away from a term is more often another word ("llamar" is not
        // "llama", "ladera" not "madera"): typos are forgiven in a few words only
        boolean forgiving = !SearchQuery.isSentence(query);
        List<Match> matches = new ArrayList<>();
        int i = 0;
        while (i < words.size()) {
            String[] longest = null;
            for (String first : candidates.get(i)) {
                for (String[] phrase : byFirstWord.getOrDefault(first, List.of())) {
                    if ((longest == null || phrase.length > longest.length) && matchesAt(candidates, i, phrase)) {
                        longest = phrase;
                    }
                }
            }
            // a longer term through typos beats a shorter one spelled out: "arnes de seguirdad" is
            // "arnés de seguridad", not "arnés" and two words more
            String[] forgiven = null;
            int fewest = Integer.MAX_VALUE;
            // a word is only compared with phrases whose first word may be it or a singular of it within
            // the typos any word may hold: two edits at most, and a plural drops up to two letters
            int length = words.get(i).length();
            for (int firstLength = length - 4; forgiving && firstLength <= length + 2; firstLength++) {
                for (String[] phrase : byFirstWordLength.getOrDefault(firstLength, List.of())) {
                    if (phrase.length <= (forgiven == null ? (longest == null ? 0 : longest.length) : forgiven.length - 1)) {
                        continue;
                    }
                    int typos = typosAt(candidates, i, phrase);
                    if (typos > 0 && (forgiven == null || phrase.length > forgiven.length || typos < fewest)) {
                        forgiven = phrase;
                        fewest = typos;
                    }
                }
            }
            int edits = 0;
            if (forgiven != null) {
                longest = forgiven;
                edits = fewest;
            }
            if (longest == null) {
                i++;
                continue;
            }
            matches.add(new Match(String.join(" ", words.subList(i, i + longest.length)), byPhrase.get(String.join(" ", longest)), edits));
            i += longest.length;
        }
        return List.copyOf(matches);
    }

    /**
     * The typos between the query's words from {@code start} and {@code phrase}, each word within
     * what its length allows (a plural counting as its singular); -1 when a word is too far.
     */
    private static int typosAt(List<List<String>> candidates, int start, String[] phrase) {
        if (start + phrase.length > candidates.size()) {
            return -1;
        }
        int total = 0;
        for (int k = 0; k < phrase.length; k++) {
            int best = Integer.MAX_VALUE;
            for (String candidate : candidates.get(start + k)) {
                int max = Typos.allowed(Math.min(candidate.length(), phrase[k].length()));
                int edits = Typos.between(candidate, phrase[k], max);
                if (edits <= max) {
                    best = Math.min(best, edits);
                }
            }
            if (best == Integer.MAX_VALUE) {
                return -1;
            }
            total += best;
        }
        return total;
    }

    /**
     * The translations of the terms in {@code query}, distinct, at most {@code max}, leaving out
     * those spelled as the query already has them (a word alike in both languages adds nothing).
     * A term found through typos is translated too ("sanjas" searches "trench"); its own spelling
     * is {@link #corrected}'s.
     */
    public List<String> alternativesFor(String query, int max) {
        return alternativesFor(query, find(query), max);
    }

    /** {@link #alternativesFor(String, int)} with the query's terms already {@link #find found}. */
    public static List<String> alternativesFor(String query, List<Match> terms, int max) {
        java.util.Set<String> alternatives = new LinkedHashSet<>();
        String folded = Folding.fold(query == null ? "" : query);
        for (Match match : terms) {
            for (String alternative : match.term().translations()) {
                if (alternatives.size() < max && !folded.contains(Folding.fold(alternative))) {
                    alternatives.add(alternative);
                }
            }
        }
        return List.copyOf(alternatives);
    }

    /**
     * The query with each term found through typos spelled as the glossary spells it, the other
     * words as typed; empty when no term needed forgiving. Search offers it as "did you mean".
     */
    public java.util.Optional<String> corrected(String query) {
        return corrected(query, find(query));
    }

    /** {@link #corrected(String)} with the query's terms already {@link #find found}. */
    public static java.util.Optional<String> corrected(String query, List<Match> terms) {
        List<Match> forgiven = terms.stream().filter(Match::forgiven).toList();
        if (forgiven.isEmpty()) {
            return java.util.Optional.empty();
        }
        List<String> folded = words(query);
        List<String> typed = Arrays.stream(WORD_SPLIT.split(query.strip())).filter(w -> !w.isEmpty()).toList();
        // folding keeps the words apart as typed; should it ever not, the folded words are shown
        List<String> shown = typed.size() == folded.size() ? typed : folded;
        List<String> out = new ArrayList<>();
        int i = 0;
        int next = 0;
        while (i < folded.size()) {
            Match match = next < forgiven.size() ? forgiven.get(next) : null;
            int length = match == null ? 0 : match.matched().split(" ").length;
            if (match != null && String.join(" ", folded.subList(i, Math.min(folded.size(), i + length))).equals(match.matched())) {
                out.add(match.term().text());
                i += length;
                next++;
            } else {
                out.add(shown.get(i));
                i++;
            }
        }
        return java.util.Optional.of(String.join(" ", out));
    }

    private static boolean matchesAt(List<List<String>> candidates, int start, String[] phrase) {
        if (start + phrase.length > candidates.size()) {
            return false;
        }
        for (int k = 0; k < phrase.length; k++) {
            if (!candidates.get(start + k).contains(phrase[k])) {
                return false;
            }
        }
        return true;
    }

    /** The word itself and the singulars it may be the plural of (English and Spanish -s, -es). */
    private static List<String> singularCandidates(String word) {
        List<String> candidates = new ArrayList<>(3);
        candidates.add(word);
        if (word.length() > 3 && word.endsWith("s")) {
            candidates.add(word.substring(0, word.length() - 1));
            if (word.length() > 4 && word.endsWith("es")) {
                candidates.add(word.substring(0, word.length() - 2));
            }
        }
        return candidates;
    }

    /**
     * Terms of {@code language} (or both when null) whose folded text starts with the folded
     * prefix; when those are fewer than {@code limit}, then terms that start within the prefix's
     * allowed typos of it ("andmio", "scafold"), the fewest typos first, as the search forgives them.
     */
    public List<Term> startingWith(String prefix, String language, int limit) {
        String key = phraseKey(prefix == null ? "" : prefix);
        List<Term> found = new ArrayList<>();
        if (key.isEmpty()) {
            return found;
        }
        for (Map.Entry<String, List<Term>> entry : sorted.tailMap(key, true).entrySet()) {
            if (!entry.getKey().startsWith(key) || found.size() >= limit) {
                break;
            }
            addOf(language, entry.getValue(), found);
        }
        int max = Typos.allowed(key.length());
        if (found.size() < limit && max > 0) {
            // a linear pass over some thousands of short keys: well under a millisecond per keystroke
            TreeMap<Integer, List<Term>> byTypos = new TreeMap<>();
            for (Map.Entry<String, List<Term>> entry : sorted.entrySet()) {
                int typos = prefixTypos(key, entry.getKey(), max);
                if (typos > 0 && typos <= max) {
                    addOf(language, entry.getValue(), byTypos.computeIfAbsent(typos, t -> new ArrayList<>()));
                }
            }
            byTypos.values().forEach(found::addAll);
        }
        return found.size() > limit ? found.subList(0, limit) : found;
    }

    private static void addOf(String language, List<Term> terms, List<Term> into) {
        for (Term term : terms) {
            if (language == null || term.language().equals(language)) {
                into.add(term);
            }
        }
    }

    /**
     * The fewest typos between a typed prefix and the start of {@code term}, the start one letter
     * shorter or longer than the prefix as well (a letter dropped or added); 0 when the term starts
     * with the prefix as typed.
     */
    private static int prefixTypos(String prefix, String term, int max) {
        if (term.startsWith(prefix)) {
            return 0;
        }
        int fewest = max + 1;
        for (int length = prefix.length() - 1; length <= prefix.length() + 1; length++) {
            if (length > 0 && length <= term.length()) {
                fewest = Math.min(fewest, Typos.between(prefix, term.substring(0, length), max));
            }
        }
        return fewest;
    }
}
