package org.alliancehub.web.interfaces.search.facade.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SafeHighlightTest {

    @Test
    void keepsMarksAndEscapedText() {
        assertThat(SafeHighlight.of("<mark>Caídas</mark> &amp; resbalones"))
                .isEqualTo("<mark>Caídas</mark> &amp; resbalones");
    }

    @Test
    void escapesAnyOtherMarkup() {
        assertThat(SafeHighlight.of("<script>alert(1)</script><mark>x</mark><img src=x onerror=\"y\">"))
                .isEqualTo("&lt;script&gt;alert(1)&lt;/script&gt;<mark>x</mark>&lt;img src=x onerror=&quot;y&quot;&gt;");
    }

    @Test
    void nullBecomesEmpty() {
        assertThat(SafeHighlight.of(null)).isEmpty();
    }
}
