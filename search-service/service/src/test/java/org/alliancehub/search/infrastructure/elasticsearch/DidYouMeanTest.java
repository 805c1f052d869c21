package org.alliancehub.search.infrastructure.elasticsearch;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DidYouMeanTest {

    @Test
    void theTypedWordsOwnAccentedOrPluralFormIsNoCorrection() {
        assertThat(SearchResultsTranslator.sameWord("caida", "caídas")).isTrue();
        assertThat(SearchResultsTranslator.sameWord("Andamio", "andamios")).isTrue();
        assertThat(SearchResultsTranslator.sameWord("ladder", "Ladders")).isTrue();
        assertThat(SearchResultsTranslator.sameWord("silice", "sílice")).isTrue();
    }

    @Test
    void aRealMisspellingStillGetsItsCorrection() {
        assertThat(SearchResultsTranslator.sameWord("scafold", "scaffold")).isFalse();
        assertThat(SearchResultsTranslator.sameWord("trenchng", "trenching")).isFalse();
        assertThat(SearchResultsTranslator.sameWord("silca", "silica")).isFalse();
    }
}
