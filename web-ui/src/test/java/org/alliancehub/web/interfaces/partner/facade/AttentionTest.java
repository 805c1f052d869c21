package org.alliancehub.web.interfaces.partner.facade;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.alliancehub.web.interfaces.web.PortalMessages;
import org.junit.jupiter.api.Test;

class AttentionTest {

    @Test
    void languagesAreNamedInTheReadersLanguageInsideTheSentence() {
        assertThat(Attention.of("disclaimer.missing", "es").describe(PortalMessages.of(Locale.ENGLISH)))
                .isEqualTo("The Spanish file lacks the agency disclaimer");
        assertThat(Attention.of("language.other", "es", "en").describe(PortalMessages.of(Locale.forLanguageTag("es"))))
                .isEqualTo("El archivo en español parece estar en inglés");
    }

    @Test
    void aReviewersCommentIsPassedOnAsWritten() {
        assertThat(Attention.of("returned", "Add the statement {0} and <b>bold</b>").describe(PortalMessages.of(Locale.ENGLISH)))
                .contains("Add the statement {0} and <b>bold</b>");
    }
}
