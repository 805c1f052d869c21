package org.alliancehub.web.interfaces.feed;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MaterialFeedServletTest {

    @Test
    void aReaderThatHasTheFeedGetsNotModified() {
        String etag = "\"0123456789abcdef0123456789abcdef\"";
        assertThat(MaterialFeedServlet.matches(etag, etag)).isTrue();
        assertThat(MaterialFeedServlet.matches("\"other\", W/" + etag, etag)).as("a weakened tag still names it").isTrue();
        assertThat(MaterialFeedServlet.matches("*", etag)).isTrue();
        assertThat(MaterialFeedServlet.matches("\"other\"", etag)).isFalse();
        assertThat(MaterialFeedServlet.matches(null, etag)).isFalse();
    }
}
