package org.alliancehub.domain.model.material.readability;

import java.util.Optional;

import org.alliancehub.domain.model.language.LanguageCode;

/**
 * How plain a version's text is, by the formula of its declared language: the score (rounded to one
 * decimal, as shown), and the words and sentences it was computed from. A finding for partners and
 * staff, never a reason to refuse a file.
 */
public record Readability(ReadabilityFormula formula, double score, int words, int sentences) {

    /** Fewer words than this say too little for a formula to judge. */
    public static final int MINIMUM_WORDS = 100;

    public Readability {
        if (formula == null) {
            throw new IllegalArgumentException("A readability score names its formula.");
        }
    }

    /**
     * The readability of a text in this language; empty when no formula reads the language or the
     * text has fewer than {@link #MINIMUM_WORDS} words.
     */
    public static Optional<Readability> of(String text, LanguageCode language) {
        if (text == null || language == null) {
            return Optional.empty();
        }
        return ReadabilityFormula.forLanguage(language).flatMap(formula -> {
            TextCounts counts = formula.count(text);
            if (counts.words() < MINIMUM_WORDS) {
                return Optional.empty();
            }
            double rounded = Math.round(formula.score(counts) * 10) / 10.0;
            return Optional.of(new Readability(formula, rounded, counts.words(), counts.sentences()));
        });
    }

    public double target() {
        return formula.target();
    }

    /** Whether the (rounded) score reaches the target: what partners see is what is judged. */
    public boolean targetMet() {
        return formula.meetsTarget(score);
    }
}
