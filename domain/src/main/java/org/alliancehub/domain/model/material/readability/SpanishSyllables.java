package org.alliancehub.domain.model.material.readability;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Syllables of a Spanish word as Spanish spelling divides them: one per vowel nucleus. Adjacent
 * vowels share a nucleus (a diphthong or triphthong) unless they are in hiatus:
 * <ul>
 * <li>strong vowels are a, e, o; weak ones i, u, ü. Strong + weak, weak + strong and two different
 * weak vowels are one nucleus ("aire", "huevo", "ciudad", "guion");</li>
 * <li>two strong vowels are two ("leer", "poeta"), and so is a weak vowel written with an accent,
 * í or ú, beside any vowel ("caída", "país", "reúne");</li>
 * <li>y is a vowel only at the end of a word ("hoy", "muy", "Uruguay", the word "y"); elsewhere a
 * consonant ("mayo");</li>
 * <li>h between vowels does not join them into one nucleus in writing ("prohibido", "búho").</li>
 * </ul>
 * The u of "que", "qui", "gue", "gui" is silent, and joining it to the next vowel gives the same
 * count. Hyphenated words count each part; every word has at least one syllable.
 */
public final class SpanishSyllables {

    private SpanishSyllables() {
    }

    public static int count(String word) {
        int total = 0;
        for (String part : word.split("-")) {
            total += nuclei(Normalizer.normalize(part.toLowerCase(Locale.ROOT), Normalizer.Form.NFC));
        }
        return Math.max(1, total);
    }

    private static int nuclei(String w) {
        int n = w.length();
        int nuclei = 0;
        int i = 0;
        while (i < n) {
            if (!isVowel(w, i)) {
                i++;
                continue;
            }
            nuclei++;
            int j = i + 1;
            while (j < n && isVowel(w, j)) {
                if (hiatus(w.charAt(j - 1), w.charAt(j))) {
                    nuclei++;
                }
                j++;
            }
            i = j;
        }
        return nuclei;
    }

    private static boolean isVowel(String w, int i) {
        char c = w.charAt(i);
        return "aeiouáéíóúü".indexOf(c) >= 0 || c == 'y' && i == w.length() - 1;
    }

    /** Two vowels side by side that belong to two syllables. */
    private static boolean hiatus(char first, char second) {
        return opensOwnSyllable(first) && opensOwnSyllable(second) || first == second && "iu".indexOf(first) >= 0;
    }

    /** A strong vowel, or a weak one whose written accent makes it the stressed vowel of its own syllable. */
    private static boolean opensOwnSyllable(char c) {
        return "aeoáéóíú".indexOf(c) >= 0;
    }
}
