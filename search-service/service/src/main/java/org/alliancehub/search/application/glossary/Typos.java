package org.alliancehub.search.application.glossary;

/**
 * How far a typed word may be from a glossary word and still be taken for it: edits are letters
 * added, dropped or changed, and two neighbours swapped ("forklfit"), the way Elasticsearch's fuzzy
 * queries count them. The glossary is stricter than the index's {@code AUTO} (no edit below five
 * letters, one up to eight, two from nine), because a forgiven glossary word brings in a
 * translation: "hall" must not become "fall", nor "casa" "caja".
 */
final class Typos {

    private Typos() {
    }

    /** Edits a word of {@code length} letters may hold. */
    static int allowed(int length) {
        return length < 5 ? 0 : length < 9 ? 1 : 2;
    }

    /**
     * The edits between two words (optimal string alignment: a swap of neighbours is one edit),
     * or {@code max + 1} as soon as they are known to be more than {@code max} apart.
     */
    static int between(String a, String b, int max) {
        if (Math.abs(a.length() - b.length()) > max) {
            return max + 1;
        }
        // an edit adds or removes at most two of the letters a word uses (a change: one out, one in;
        // a swap: none), so words whose letters differ more are too far without the table below:
        // a query word is compared with most of the glossary
        if (Long.bitCount(letters(a) ^ letters(b)) > 2 * max) {
            return max + 1;
        }
        int[] twoBack = new int[b.length() + 1];
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            int rowBest = current[0];
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int d = Math.min(Math.min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d = Math.min(d, twoBack[j - 2] + 1);
                }
                current[j] = d;
                rowBest = Math.min(rowBest, d);
            }
            if (rowBest > max) {
                return max + 1;
            }
            int[] recycled = twoBack;
            twoBack = previous;
            previous = current;
            current = recycled;
        }
        return Math.min(previous[b.length()], max + 1);
    }

    /** The letters a word uses, one bit each (a-z, digits; anything else shares the upper bits). */
    static long letters(String word) {
        long set = 0;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            int bit = c >= 'a' && c <= 'z' ? c - 'a' : c >= '0' && c <= '9' ? 26 + c - '0' : 36 + c % 28;
            set |= 1L << bit;
        }
        return set;
    }
}
