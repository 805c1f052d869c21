package org.alliancehub.domain.model.material.readability;

import java.util.Optional;

import org.alliancehub.domain.model.language.LanguageCode;

/**
 * The plain-language formulas, one per language we can count syllables in, each with the target
 * for materials written for workers.
 */
public enum ReadabilityFormula {

    /**
     * Flesch–Kincaid grade level, for English: {@code 0.39 × (words / sentences) + 11.8 × (syllables / words) − 15.59},
     * a U.S. school grade (J. P. Kincaid, R. P. Fishburne, R. L. Rogers, B. S. Chissom, "Derivation of new
     * readability formulas (Automated Readability Index, Fog Count and Flesch Reading Ease Formula) for Navy
     * enlisted personnel", Research Branch Report 8-75, Naval Technical Training Command, 1975). Lower is
     * plainer. Target: grade 8 or below, as plain-language guidance for worker-facing materials asks
     * (6th to 8th grade).
     */
    FLESCH_KINCAID_GRADE("en", 8.0) {
        @Override
        double score(TextCounts counts) {
            return 0.39 * counts.words() / counts.sentences() + 11.8 * counts.syllables() / counts.words() - 15.59;
        }

        @Override
        public boolean meetsTarget(double score) {
            return score <= target();
        }

        @Override
        int syllables(String word) {
            return EnglishSyllables.count(word);
        }
    },

    /**
     * Fernández Huerta reading ease, for Spanish: {@code 206.84 − 0.60 × P − 1.02 × F}, with P the syllables
     * per 100 words and F the words per sentence (J. Fernández Huerta, "Medidas sencillas de lecturabilidad",
     * Consigna 214, 1959, Flesch's reading ease adapted to Spanish). F is taken as the average sentence
     * length, the corrected reading commonly cited since G. Law pointed out (2011) that with F as
     * "sentences per 100 words" shorter sentences would lower the ease; it matches Flesch's formula, of
     * which this is the adaptation. Higher is plainer, roughly 0 to 100. Target: 70 or more, "bastante
     * fácil" (fairly easy) or easier.
     */
    FERNANDEZ_HUERTA("es", 70.0) {
        @Override
        double score(TextCounts counts) {
            double syllablesPer100Words = 100.0 * counts.syllables() / counts.words();
            double wordsPerSentence = (double) counts.words() / counts.sentences();
            return 206.84 - 0.60 * syllablesPer100Words - 1.02 * wordsPerSentence;
        }

        @Override
        public boolean meetsTarget(double score) {
            return score >= target();
        }

        @Override
        int syllables(String word) {
            return SpanishSyllables.count(word);
        }
    };

    private final String language;
    private final double target;

    ReadabilityFormula(String language, double target) {
        this.language = language;
        this.target = target;
    }

    /** The formula for texts in this language (by its primary subtag: es-MX is Spanish), if there is one. */
    public static Optional<ReadabilityFormula> forLanguage(LanguageCode language) {
        for (ReadabilityFormula formula : values()) {
            if (formula.language.equals(language.primaryLanguage())) {
                return Optional.of(formula);
            }
        }
        return Optional.empty();
    }

    /** The score a text's counts give; counts with at least one word and one sentence. */
    abstract double score(TextCounts counts);

    /** Whether a score reaches the target for worker materials. */
    public abstract boolean meetsTarget(double score);

    abstract int syllables(String word);

    public double target() {
        return target;
    }

    /** Counts a text the way this formula's language is counted. */
    public TextCounts count(String text) {
        return TextCounts.of(text, this::syllables);
    }
}
