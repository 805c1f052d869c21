package org.alliancehub.web.interfaces.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;

import org.junit.jupiter.api.Test;

class PortalMessagesTest {

    private static Properties bundle(String suffix) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = PortalMessagesTest.class.getResourceAsStream("/org/alliancehub/web/messages" + suffix + ".properties")) {
            properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void everyLabelExistsInBothLanguages() throws IOException {
        Properties english = bundle("");
        Properties spanish = bundle("_es");
        assertThat(spanish.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
        assertThat(bundle("_en").stringPropertyNames()).containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
        for (String key : english.stringPropertyNames()) {
            assertThat(spanish.getProperty(key)).as(key).isNotBlank();
        }
    }

    @Test
    void noLabelShowsAMessageFormatEscapeToTheReader() throws IOException {
        for (Properties labels : new Properties[] {bundle(""), bundle("_es")}) {
            for (String key : labels.stringPropertyNames()) {
                String label = labels.getProperty(key);
                if (!label.contains("{0")) {
                    // labels without arguments are written as they are, so an escaped apostrophe would show twice
                    assertThat(label).as(key).doesNotContain("''");
                }
            }
        }
    }

    @Test
    void datesNumbersAndLanguageNamesFollowTheReader() {
        PortalMessages spanish = PortalMessages.of(Locale.forLanguageTag("es"));
        assertThat(spanish.fileSize(1_288_490)).isEqualTo("1,2 MB");
        assertThat(PortalMessages.of(Locale.ENGLISH).fileSize(1_288_490)).isEqualTo("1.2 MB");
        assertThat(spanish.fileSize(10)).isEqualTo("1 KB");
        assertThat(spanish.languageName("en")).isEqualTo("Inglés");
        assertThat(spanish.format("search.page", 2, 5)).isEqualTo("Página 2 de 5");
        assertThat(spanish.text("no.such.key")).isEqualTo("no.such.key");
    }
}
