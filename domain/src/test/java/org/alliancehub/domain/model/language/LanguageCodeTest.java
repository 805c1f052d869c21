package org.alliancehub.domain.model.language;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.alliancehub.domain.model.DomainRuleViolation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LanguageCodeTest {

    @ParameterizedTest
    @CsvSource({"en,en", "ES,es", "pt_br,pt-BR", "zh-Hant,zh-Hant", " ht ,ht"})
    void canonicalizesTags(String given, String canonical) {
        assertThat(LanguageCode.of(given).tag()).isEqualTo(canonical);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "e$", "english-language-of-england", "123"})
    void refusesWhatIsNotALanguageTag(String given) {
        assertThatThrownBy(() -> LanguageCode.of(given)).isInstanceOf(DomainRuleViolation.class);
    }

    @ParameterizedTest
    @CsvSource({"pt-BR,pt", "es,es"})
    void knowsItsPrimaryLanguage(String tag, String primary) {
        assertThat(LanguageCode.of(tag).primaryLanguage()).isEqualTo(primary);
    }
}
