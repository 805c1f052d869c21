package org.alliancehub.search.application;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Accent and case folding done in Java, the same way the index's {@code asciifolding} +
 * {@code lowercase} analysis treats Latin text: "Caídas" and "caidas" share one key. Used for
 * sort keys and filter keys, which are exact values and never pass through an analyzer.
 */
public final class Folding {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private Folding() {
    }

    /** The distinct folded keys of facet values (empty for none). */
    public static java.util.List<String> keys(java.util.List<String> values) {
        return values == null ? java.util.List.of() : values.stream().map(Folding::fold).distinct().toList();
    }

    public static String fold(String text) {
        if (text == null) {
            return null;
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        return MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT).strip();
    }
}
