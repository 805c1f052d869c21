package org.alliancehub.content.application.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;

import org.junit.jupiter.api.Test;

/** The names uploads are stored under. */
class DefaultIngestionServiceTest {

    @Test
    void accentedNamesAreKeptWhicheverWayTheAccentsAreWritten() {
        assertThat(DefaultIngestionService.safeName("guía de caídas.pdf")).isEqualTo("guía de caídas.pdf");
        // macOS writes "í" as "i" and a combining accent
        String decomposed = Normalizer.normalize("guía de caídas.pdf", Normalizer.Form.NFD);
        assertThat(decomposed).isNotEqualTo("guía de caídas.pdf");
        assertThat(DefaultIngestionService.safeName(decomposed)).isEqualTo("guía de caídas.pdf");
    }

    @Test
    void pathsAndOddCharactersAreDropped() {
        assertThat(DefaultIngestionService.safeName("C:\\Users\\ana\\plan \"final\".pdf")).isEqualTo("plan _final_.pdf");
        assertThat(DefaultIngestionService.safeName("../..")).isEqualTo("file");
    }
}
