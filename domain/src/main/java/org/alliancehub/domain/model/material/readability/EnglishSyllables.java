package org.alliancehub.domain.model.material.readability;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Syllables of an English word by rule, not by dictionary: the groups of vowels (a e i o u, and
 * y unless it begins the word or glides between two vowels, as in "player"), less the letters that
 * are written but not heard, plus the vowel pairs that are heard as two:
 * <ul>
 * <li>a final silent e ("make", "whole"), but not the e of a consonant + "le" ("table", "ladle");</li>
 * <li>the e of "-ed" unless after t or d ("trained", but "wanted"); the e of "-es" unless after
 * s, x, z, ch, sh, ce, ge or a consonant + l ("makes", but "boxes", "places", "tables");</li>
 * <li>the silent e kept before a suffix: "safety", "lately", "careful", "statement", "useless";</li>
 * <li>two syllables in "ia" ("media", "alliance") but one after c, t, s, g or x ("social", "partial");
 * in "io" ("radio") but one after those or l or n ("nation", "region", "union", "million");
 * in "ua"/"uo" not after q or g ("actual", but "quality");
 * in "-ing" after a vowel ("being"); in a final "ea" after another syllable ("area").</li>
 * </ul>
 * A few common words the rules miss are listed. Hyphenated words count each part; every word
 * has at least one syllable. A heuristic: good for averages over a text, which is all a
 * readability formula needs, not for any one word.
 */
public final class EnglishSyllables {

    private static final Map<String, Integer> EXCEPTIONS = Map.of(
            "people", 2, "business", 2, "element", 3, "elements", 3, "quiet", 2,
            "create", 2, "created", 3, "poem", 2, "argue", 2, "every", 2);

    /** A root ending in vowel + consonant, its silent e, and a suffix that keeps it silent. */
    private static final Pattern SILENT_E_BEFORE_SUFFIX =
            Pattern.compile(".*[aeiouy][^aeiouy]e(ly|ty|ful|fully|ment|ments|ness|less)");

    private EnglishSyllables() {
    }

    public static int count(String word) {
        int total = 0;
        for (String part : word.split("-")) {
            String letters = letters(part);
            if (!letters.isEmpty()) {
                total += ofLetters(letters);
            }
        }
        return Math.max(1, total);
    }

    /**
     * Lower case a to z only: accents dropped, apostrophes and other marks gone ("don't"). A final
     * é is heard ("café"), so it becomes a pair the silent-e rule leaves alone.
     */
    private static String letters(String word) {
        String lower = Normalizer.normalize(word.toLowerCase(Locale.ROOT), Normalizer.Form.NFC);
        if (lower.endsWith("é")) {
            lower = lower.substring(0, lower.length() - 1) + "ee";
        }
        String decomposed = Normalizer.normalize(lower, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (c >= 'a' && c <= 'z') {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static int ofLetters(String w) {
        Integer known = EXCEPTIONS.get(w);
        if (known != null) {
            return known;
        }
        int n = w.length();
        int syllables = 0;
        for (int i = 0; i < n; i++) {
            if (isVowel(w, i) && (i == 0 || !isVowel(w, i - 1))) {
                syllables++;
                syllables += heardAsTwo(w, i);
            }
        }
        if (syllables > 1 && silentFinalE(w)) {
            syllables--;
        }
        if (syllables > 1 && SILENT_E_BEFORE_SUFFIX.matcher(w).matches()) {
            syllables--;
        }
        if (n > 4 && w.endsWith("ing") && isVowel(w, n - 4)) {
            syllables++; // "being", "going": the vowel before -ing is its own syllable
        }
        if (syllables > 1 && n > 3 && w.endsWith("ea") && !isVowel(w, n - 3)) {
            syllables++; // "area", "idea"
        }
        if (syllables > 1 && w.endsWith("que")) {
            syllables--; // "technique", "unique"
        }
        return Math.max(1, syllables);
    }

    /** y is a vowel except at the start of the word and between two vowels ("yes", "player"). */
    static boolean isVowel(String w, int i) {
        char c = w.charAt(i);
        if (c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u') {
            return true;
        }
        if (c != 'y' || i == 0) {
            return false;
        }
        boolean vowelBefore = "aeiou".indexOf(w.charAt(i - 1)) >= 0;
        boolean vowelAfter = i + 1 < w.length() && "aeiou".indexOf(w.charAt(i + 1)) >= 0;
        return !(vowelBefore && vowelAfter);
    }

    /** 1 when the vowel group starting at {@code start} opens with a pair heard as two syllables. */
    private static int heardAsTwo(String w, int start) {
        if (start + 1 >= w.length()) {
            return 0;
        }
        char first = w.charAt(start);
        char second = w.charAt(start + 1);
        char before = start == 0 ? ' ' : w.charAt(start - 1);
        if (first == 'i' && second == 'a' && start > 0 && "ctsgx".indexOf(before) < 0) {
            return 1;
        }
        if (first == 'i' && second == 'o' && start > 0 && "ctsgxln".indexOf(before) < 0) {
            return 1;
        }
        if (first == 'u' && (second == 'a' || second == 'o') && start > 0 && before != 'q' && before != 'g') {
            return 1;
        }
        return 0;
    }

    private static boolean silentFinalE(String w) {
        int n = w.length();
        if (n < 3) {
            return false;
        }
        if (w.endsWith("e")) {
            if (isVowel(w, n - 2)) {
                return false; // "free", "value", "movie": the e belongs to a vowel group
            }
            return !consonantThenL(w, n - 2); // "table" keeps its e, "whole" does not
        }
        if (n > 3 && (w.endsWith("ed") || w.endsWith("es")) && !isVowel(w, n - 3)) {
            char before = w.charAt(n - 3);
            if (w.endsWith("ed")) {
                return before != 't' && before != 'd' && !consonantThenL(w, n - 3);
            }
            String ending = w.substring(n - 4, n - 2);
            return "sxz".indexOf(before) < 0 && !ending.equals("ch") && !ending.equals("sh")
                    && before != 'c' && before != 'g' && !consonantThenL(w, n - 3);
        }
        return false;
    }

    /** An l at {@code i} after a consonant other than l: the syllabic l of "table", "handled". */
    private static boolean consonantThenL(String w, int i) {
        return w.charAt(i) == 'l' && i > 0 && !isVowel(w, i - 1) && w.charAt(i - 1) != 'l';
    }
}
