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

/**
 * The bilingual safety glossary: English and Spanish terms of the domain, each with its
 * equivalents in the other language. It finds the terms a query contains (longest phrase first,
 * accent- and case-blind, a plural finding its singular) and answers their translations, which
 * search adds as an alternative query. Immutable; a reload builds a new one.
 */
public final class Glossary {

    public static final String ENGLISH = "en";
    public static final String SPANISH = "es";
    private static final Pattern WORD_SPLIT = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final String ALTERNATIVES = "\\s+\\|\\s+";

    /** A glossary term in one language and its equivalents in the other. */
    public record Term(String language, String text, List<String> translations) {
    }

    /** A term found in a query: the words it covered and what they translate to. */
    public record Match(String matched, Term term) {
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
    private final int pairs;

    private Glossary(Map<String, Term> byPhrase, int pairs) {
        this.byPhrase = byPhrase;
        this.pairs = pairs;
        this.byFirstWord = new HashMap<>();
        this.sorted = new TreeMap<>();
        for (Map.Entry<String, Term> entry : byPhrase.entrySet()) {
            String[] words = entry.getKey().split(" ");
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
     * "andamios", "lesiones").
     */
    public List<Match> find(String query) {
        List<String> words = words(query == null ? "" : query);
        List<Match> matches = new ArrayList<>();
        int i = 0;
        while (i < words.size()) {
            String[] longest = null;
            for (String first : singularCandidates(words.get(i))) {
                for (String[] phrase : byFirstWord.getOrDefault(first, List.of())) {
                    if ((longest == null || phrase.length > longest.length) && matchesAt(words, i, phrase)) {
                        longest = phrase;
                    }
                }
            }
            if (longest == null) {
                i++;
                continue;
            }
            matches.add(new Match(String.join(" ", words.subList(i, i + longest.length)), byPhrase.get(String.join(" ", longest))));
            i += longest.length;
        }
        return List.copyOf(matches);
    }

    /**
     * The translations of the terms in {@code query}, distinct, at most {@code max}, leaving out
     * those spelled as the query already has them (a word alike in both languages adds nothing).
     */
    public List<String> alternativesFor(String query, int max) {
        java.util.Set<String> alternatives = new LinkedHashSet<>();
        String folded = Folding.fold(query == null ? "" : query);
        for (Match match : find(query)) {
            for (String translation : match.term().translations()) {
                if (alternatives.size() < max && !folded.contains(Folding.fold(translation))) {
                    alternatives.add(translation);
                }
            }
        }
        return List.copyOf(alternatives);
    }

    private static boolean matchesAt(List<String> words, int start, String[] phrase) {
        if (start + phrase.length > words.size()) {
            return false;
        }
        for (int k = 0; k < phrase.length; k++) {
            if (!singularCandidates(words.get(start + k)).contains(phrase[k])) {
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

    /** Terms of {@code language} (or both when null) whose folded text starts with the folded prefix. */
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
            for (Term term : entry.getValue()) {
                if (language == null || term.language().equals(language)) {
                    found.add(term);
                }
            }
        }
        return found.size() > limit ? found.subList(0, limit) : found;
    }
}
