package org.alliancehub.domain.model.material.readability;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextCountsTest {

    private static TextCounts english(String text) {
        return TextCounts.of(text, EnglishSyllables::count);
    }

    @Test
    void countsWordsSentencesAndSyllables() {
        assertThat(english("Keep three points of contact. Face the ladder!")).isEqualTo(new TextCounts(8, 2, 10));
    }

    @Test
    void initialsAndKnownAbbreviationsEndNoSentence() {
        TextCounts counts = english("The U.S. Department of Labor (e.g. OSHA) helps. Call Dr. Smith at 5 p.m. today.");
        assertThat(counts.words()).as("initials are one word, the number none").isEqualTo(14);
        assertThat(counts.sentences()).isEqualTo(2);
        assertThat(english("Wear gloves, boots, etc. and a hard hat.").sentences()).isEqualTo(1);
        assertThat(TextCounts.of("Lo dice la ley de EE. UU. sobre caídas. Cúmplala.", SpanishSyllables::count).sentences()).isEqualTo(2);
    }

    @Test
    void aFullStopBeforeAWordInLowerCaseEndsNoSentence() {
        assertThat(english("It weighs 5 lb. per foot of rail.").sentences()).isEqualTo(1);
    }

    @Test
    void headingsAndListItemsWithoutFullStopsAreSentences() {
        TextCounts counts = english("Before you climb\n\nCheck the ladder\n• Look for cracks\n  - Test the feet");
        assertThat(counts.words()).isEqualTo(12);
        assertThat(counts.sentences()).isEqualTo(4);
    }

    @Test
    void aLineBreakInsideASentenceEndsNothing() {
        assertThat(english("Keep three points\nof contact while climbing.")).isEqualTo(new TextCounts(7, 1, 9));
    }

    @Test
    void spanishQuestionsExclamationsAndEllipsesEndSentences() {
        TextCounts counts = TextCounts.of("¿Tiene su arnés? ¡Úselo siempre! Después, revise el anclaje… Nada más", SpanishSyllables::count);
        assertThat(counts.words()).isEqualTo(11);
        assertThat(counts.sentences()).isEqualTo(4);
    }

    @Test
    void anEmptyTextHasNothing() {
        assertThat(english("  \n ")).isEqualTo(new TextCounts(0, 0, 0));
        assertThat(english(null)).isEqualTo(new TextCounts(0, 0, 0));
        assertThat(english("29 CFR 1926.501(b)(1) applies.")).as("numbers are no words; their points end nothing")
                .isEqualTo(new TextCounts(3, 1, 4));
    }
}
