package org.alliancehub.domain.model.material.readability;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.function.ToIntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words, sentences and syllables of a text, as readability formulas count them.
 * <ul>
 * <li>A word is a run of letters, with inner apostrophes and hyphens ("don't", "train-the-trainer");
 * dotted initials are one word ("U.S.", "e.g."). Numbers are not words here: how many syllables
 * "1926.501" has depends on how it is read aloud.</li>
 * <li>A sentence ends at . ! ? or …, at a blank line, or before a bullet at the start of a line:
 * extracted documents carry headings and lists without full stops. A full stop after a known
 * abbreviation ("Dr.", "etc.", "Sra.", "EE. UU.") or before a word in lower case ends nothing.</li>
 * </ul>
 */
public record TextCounts(int words, int sentences, int syllables) {

    private static final Pattern TOKEN = Pattern.compile(
            "(?<initials>\\p{L}(?:\\.\\p{L})+\\.?)"
            + "|(?<word>\\p{L}\\p{M}*(?:\\p{L}\\p{M}*)*(?:['’\\-]\\p{L}\\p{M}*(?:\\p{L}\\p{M}*)*)*)"
            + "|(?<number>\\d+(?:[.,:/]\\d+)*)"
            + "|(?<end>[.!?…]+)"
            + "|(?<break>\\n[ \\t\\x0B\\f\\r\\u00A0]*(?:\\n|[•◦▪▫‣●○■□–—*·\\-]))");

    private static final Set<String> ABBREVIATIONS = Set.of(
            "mr", "mrs", "ms", "dr", "st", "vs", "etc", "inc", "co", "corp", "jr", "sr", "no", "fig", "dept", "approx",
            "sra", "srta", "dra", "ud", "uds", "núm", "pág", "ee", "uu", "art", "tel");

    /** Counts {@code text}, each word's syllables by {@code syllablesOf}. */
    public static TextCounts of(String text, ToIntFunction<String> syllablesOf) {
        if (text == null || text.isBlank()) {
            return new TextCounts(0, 0, 0);
        }
        String normalized = Normalizer.normalize(text, Normalizer.Form.NFC);
        Matcher m = TOKEN.matcher(normalized);
        int words = 0;
        int sentences = 0;
        int syllables = 0;
        int wordsInSentence = 0;
        String lastWord = null;
        int lastWordEnd = -1;
        while (m.find()) {
            if (m.group("initials") != null) {
                words++;
                wordsInSentence++;
                syllables += m.group("initials").replace(".", "").length();
                lastWord = null;
            } else if (m.group("word") != null) {
                words++;
                wordsInSentence++;
                syllables += syllablesOf.applyAsInt(m.group("word"));
                lastWord = m.group("word");
                lastWordEnd = m.end();
            } else if (m.group("number") != null) {
                lastWord = null; // read, so that its decimal point ends no sentence, but not counted
            } else if (m.group("end") != null) {
                if (wordsInSentence > 0 && endsSentence(normalized, m, lastWord, lastWordEnd)) {
                    sentences++;
                    wordsInSentence = 0;
                }
            } else if (wordsInSentence > 0) {
                sentences++;
                wordsInSentence = 0;
            }
        }
        if (wordsInSentence > 0) {
            sentences++;
        }
        return new TextCounts(words, sentences, syllables);
    }

    private static boolean endsSentence(String text, Matcher end, String lastWord, int lastWordEnd) {
        if (!end.group().equals(".")) {
            return true;
        }
        if (lastWord != null && lastWordEnd == end.start() && ABBREVIATIONS.contains(lastWord.toLowerCase(Locale.ROOT))) {
            return false;
        }
        // a few characters suffice (a space, a quote); a long run of punctuation is no continuation
        for (int i = end.end(); i < Math.min(text.length(), end.end() + 8); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                return !Character.isLowerCase(c);
            }
            if (Character.isDigit(c)) {
                return true;
            }
        }
        return true;
    }
}
